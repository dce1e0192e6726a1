#pragma once
// Approved reports in the statistics (docs/reporting.md, "Into the
// statistics"). Approving a submission writes its numeric values as one
// import batch of observations: one measure per data element, coded
// "{form code}.{element code}", the sex from the cell (women, men, total;
// "unknown" has no place in the statistics and is left out), the element's
// category as a further dimension, the organisation as the dimension
// "organisation", counted both in its municipality and in its county (a
// county-wide body only in its county). Reopening rolls that batch back.
// Both run inside the approve/reopen transaction, so a report is in the
// statistics exactly while it is approved.
#include <cstdint>
#include <string>

#include "domain/result.hpp"
#include "store/reporting/form_repository.hpp"
#include "store/reporting/submission_repository.hpp"

namespace soci {
class session;
}

namespace jamt::service {

// The measure source written on measures made from reports.
inline constexpr const char* kReportingSource = "Jämt periodisk rapportering";

// The dimension that keeps the reporting organisation's id.
inline constexpr const char* kOrganisationDimension = "organisation";

// Writes the numeric values of `submission` (just approved; read with its
// own form version) as a complete batch by `actor`, creating measures on
// first use (owned by `form_county`, "" national), with an audit entry
// (entity "import_batch"). Nothing is written when no value is a number.
// Error "validation" (field "code") when "{form}.{element}" is not a valid
// measure code; the caller's transaction then rolls back the approval too.
Status publish_to_statistics(soci::session& s, const store::StoredSubmission& submission,
                             const store::ReportingOrganisation& organisation, const std::string& form_county,
                             const std::string& actor);

// Rolls back every visible batch of submission `submission_id` (it is being
// reopened), with an audit entry each; its values leave the statistics at
// the commit.
void withdraw_from_statistics(soci::session& s, std::int64_t submission_id, const std::string& actor);

}  // namespace jamt::service
