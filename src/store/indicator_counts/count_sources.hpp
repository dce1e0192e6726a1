#pragma once
// Storage reads for indicator values computed from Jämt's own data (issue 13,
// item 1; docs/indicator-counts.md): the dates joinings' action-plan files
// were uploaded, the cells of a reporting form's data element in a county's
// submitted reports, and the rounds of a survey. Register records themselves
// are read with register_repository. Functions work on a leased session and
// throw soci errors.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace jamt::store {

// Joining id → the date ("YYYY-MM-DD") its action-plan file was uploaded,
// for the joinings of `county_code` that have a file.
std::map<std::int64_t, std::string> action_plan_file_dates(soci::session& s, const std::string& county_code);

// A reporting form's data element as its form's current version defines it.
struct ReportingElementInfo {
  std::int64_t form_id = 0;
  std::string form_county{};     // "" for a national form
  std::string value_type{};      // integer | decimal | yes_no | text
  std::string disaggregation{};  // "women,men,unknown,total" (those used, in order)
};

// Whether form `form_code` exists (nullopt when not) and, when it does,
// element `element_code` of its current version (`found` false when the
// version has no such element).
struct ReportingElementLookup {
  bool found = false;
  ReportingElementInfo element{};
};
std::optional<ReportingElementLookup> find_reporting_element(soci::session& s, const std::string& form_code,
                                                             const std::string& element_code);

// One numeric cell of a submitted or approved report: its submission,
// period ("2025Q2"), sex ("women", "men", "unknown", "total") and value,
// summed over the element's categories.
struct ReportingCellSum {
  std::int64_t submission_id = 0;
  std::string period{};
  std::string sex{};
  double value = 0;
};

// The cells of element `element_code` in every submitted or approved report
// of form `form_id` by an organisation of `county_code`, per submission and
// sex (categories summed); cells without a number are left out.
std::vector<ReportingCellSum> submitted_reporting_cells(soci::session& s, std::int64_t form_id,
                                                        const std::string& county_code,
                                                        const std::string& element_code);

// The ids of the surveys of `county_code` whose code is `survey_code` (its
// rounds), oldest first.
std::vector<std::int64_t> survey_round_ids(soci::session& s, const std::string& county_code,
                                           const std::string& survey_code);

}  // namespace jamt::store
