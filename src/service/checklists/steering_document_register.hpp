#pragma once
// The register of steering documents and the board's assessment of them.
#include <optional>
#include <vector>

#include "domain/registers/steering_summary.hpp"
#include "service/registers/register_service.hpp"

namespace jamt::service {

// Steering documents belong to their organisation and its county (taken
// from the organisation). Organisation contacts register their own
// organisation's documents; the assessment fields are system fields. A
// change of the link clears an earlier assessment.
const RegisterRules& steering_document_rules();

// The board's assessment of document `id` (Action::decide: strategists of
// its county and admins). `input` holds relevant, level and comment (see
// registers::check_assessment); assessed_on becomes today. Audited with
// action "assess". Errors: as get_record for a missing record,
// "unauthorized", "forbidden", "validation" (every problem in `problems`
// when given).
Result<registers::Record> assess_steering_document(store::Database& db, std::int64_t id,
                                                   const registers::Record& input, const std::optional<User>& user,
                                                   std::vector<Error>* problems = nullptr);

// The counts for a county (all its organisations, one row each with
// documents, in name order) or for one organisation, optionally for one
// year.
struct SteeringSummaryRow {
  std::int64_t organisation_id = 0;
  std::string organisation_name;
  registers::SteeringCounts counts;
};
struct SteeringSummary {
  std::string county_code;                   // the county asked for, or the organisation's
  std::optional<std::int64_t> organisation;  // when asked for one organisation
  std::optional<int> year;
  std::vector<int> years;  // the years of all documents in scope, newest first
  registers::SteeringCounts total;
  std::vector<SteeringSummaryRow> organisations;
};

// The summary of `county_code` (users who may read the whole county:
// strategists of the county, coordinators, admins) or, when
// `organisation_id` is given, of that organisation (users who may read its
// records; `county_code` is then ignored). Errors: "validation" (field
// county or year), as get_record for a missing organisation,
// "unauthorized", "forbidden".
Result<SteeringSummary> steering_summary(store::Database& db, const std::string& county_code,
                                         std::optional<std::int64_t> organisation_id, std::optional<int> year,
                                         const std::optional<User>& user);

}  // namespace jamt::service
