#pragma once
// Reporting overviews in the database: the submissions of an organisation,
// of a form in one status, and when a form was made — what the "Att
// rapportera", history and completeness pages list. Functions take a
// session inside the caller's transaction and throw SOCI's errors.
#include <cstdint>
#include <string>
#include <vector>

#include "store/reporting/submission_repository.hpp"

namespace soci {
class session;
}

namespace jamt::store {

// Every submission of organisation `organisation_id`, of every form, by
// form id and period.
std::vector<StoredSubmission> submissions_of_organisation(soci::session& s, std::int64_t organisation_id);

// Every submission of form `form_id` (all periods, all organisations), by
// period and organisation — one query, for the national and the per-period
// completeness.
std::vector<StoredSubmission> submissions_of_form(soci::session& s, std::int64_t form_id);

// One version of a form, as its page lists them.
struct FormVersionInfo {
  int version = 1;
  std::string created_at{};  // UTC "YYYY-MM-DDTHH:MM:SSZ"
  std::string created_by{};  // e-mail
};

// Every version of form `form_id`, latest first.
std::vector<FormVersionInfo> form_versions(soci::session& s, std::int64_t form_id);

// The day the form was defined, "YYYY-MM-DD" (UTC), or "" for no such form.
std::string form_created_on(soci::session& s, std::int64_t form_id);

}  // namespace jamt::store
