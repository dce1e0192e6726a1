#pragma once
// Reporting forms in the database: a form row, its versions (each with its
// elements, categories and rules, kept for ever), and its assignments to
// organisations. Functions take a session inside the caller's transaction
// and throw SOCI's errors for the transaction to turn into Errors.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/reporting/form.hpp"

namespace soci {
class session;
}

namespace jamt::store {

// A form as stored: its current definition and where it stands.
struct StoredForm {
  std::int64_t id = 0;
  std::string county_code{};  // "" for a national form
  int version = 1;            // the current version's number
  std::int64_t version_id = 0;
  reporting::FormDefinition definition{};
};

// One line of the list of forms.
struct FormSummary {
  std::int64_t id = 0;
  std::string code{};
  std::string title{};
  std::string periodicity{};
  int version = 1;
  std::string county_code{};
};

// Which organisations report a form: one organisation, or every
// organisation of `organisation_type` (any type when empty) in
// `county_code` (any county when empty).
struct Assignment {
  std::optional<std::int64_t> organisation_id{};
  std::string organisation_type{};
  std::string county_code{};
};

// An organisation as reporting needs it.
struct ReportingOrganisation {
  std::int64_t id = 0;
  std::string name{};
  std::string type{};
  std::string county_code{};
};

// Inserts the form, its version 1 with `definition`'s elements and rules;
// returns the form's id. Throws on a duplicate code (unique violation).
std::int64_t insert_form(soci::session& s, const reporting::FormDefinition& definition, const std::string& county_code,
                         const std::string& actor);

// Adds version `version` of form `form_id` with `definition`'s elements and
// rules, makes it current and updates the form's row; returns its id.
std::int64_t insert_form_version(soci::session& s, std::int64_t form_id, int version,
                                 const reporting::FormDefinition& definition, const std::string& actor);

// Rewrites the current version in place for a change that keeps its
// structure: the form's title, description and days, element and category
// names, help texts and units, and the rules (replaced).
void update_form_labels(soci::session& s, const StoredForm& form, const reporting::FormDefinition& definition);

// The form with its current version, or nullopt.
std::optional<StoredForm> find_form(soci::session& s, std::int64_t id);

// The definition of version row `version_id` (the form's code, title and
// days as they are now), or nullopt.
std::optional<reporting::FormDefinition> form_version(soci::session& s, std::int64_t version_id);

// The version number of version row `version_id` (0 when missing).
int version_number(soci::session& s, std::int64_t version_id);

// Every form, by title.
std::vector<FormSummary> list_forms(soci::session& s);

// Replaces the form's assignments.
void replace_assignments(soci::session& s, std::int64_t form_id, const std::vector<Assignment>& assignments);
std::vector<Assignment> list_assignments(soci::session& s, std::int64_t form_id);

// The organisations a form is assigned to, in `county_code` ("" for all),
// by name.
std::vector<ReportingOrganisation> assigned_organisations(soci::session& s, std::int64_t form_id,
                                                          const std::string& county_code);

// Whether the form is assigned to organisation `organisation_id`.
bool is_assigned(soci::session& s, std::int64_t form_id, std::int64_t organisation_id);

// The organisation, or nullopt.
std::optional<ReportingOrganisation> find_reporting_organisation(soci::session& s, std::int64_t id);

}  // namespace jamt::store
