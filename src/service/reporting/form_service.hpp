#pragma once
// Defining, changing and reading reporting forms (docs/reporting.md). A
// change that keeps the form's structure edits the current version; one
// that adds, removes or re-types an element or category makes a new version,
// and every submission keeps the version it was reported on. Each change
// is one transaction with its audit entry (entity "reporting_form").
#include <cstdint>
#include <optional>
#include <vector>

#include "domain/account.hpp"
#include "service/reporting/form_json.hpp"
#include "store/database.hpp"

namespace jamt::service {

// A form with its assignments, as one reads it.
struct FormView {
  store::StoredForm form{};
  std::vector<store::Assignment> assignments{};
};

// The forms `user` may read (authorize_form_read), by title. Error
// "unauthorized" for the public.
Result<std::vector<store::FormSummary>> list_reporting_forms(store::Database& db, const std::optional<User>& user);

// Form `id` with its current version. Error "not_found" ("no form with that
// id") also for a form the user may not read; "unauthorized" for the public.
Result<FormView> get_reporting_form(store::Database& db, std::int64_t id, const std::optional<User>& user);

// Defines a new form (version 1) of the county form_county_for(user,
// input.county_code), assigned as `input.assignments` say. Assignments of a
// county's form stay in that county: a type assignment without a county is
// given the form's, one organisation must lie in it. Errors: "validation"
// (field named), "conflict" for a code in use, "unauthorized", "forbidden".
Result<FormView> create_reporting_form(store::Database& db, const FormInput& input, const std::optional<User>& user);

// What a change did: the form as it is now, and whether it made a new version.
struct FormChange {
  FormView view{};
  bool new_version = false;
};

// Changes form `id` to `input` (authorize_form_change on the form's
// county). The code, periodicity and county stay: naming others is a
// "validation" error on that field. Assignments are replaced when given.
// Audit action "update" or "new_version". Errors as for create, and
// "not_found".
Result<FormChange> update_reporting_form(store::Database& db, std::int64_t id, const FormInput& input,
                                         const std::optional<User>& user);

}  // namespace jamt::service
