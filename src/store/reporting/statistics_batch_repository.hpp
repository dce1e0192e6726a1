#pragma once
// Where approved reports meet the statistics: the import batch written for
// each approval of a submission, the observations of such a batch, and the
// region an organisation's figures are counted in. Functions take a session
// inside the caller's transaction and throw SOCI's errors.
#include <cstdint>
#include <string>
#include <vector>

#include "domain/statistics/observation.hpp"

namespace soci {
class session;
}

namespace jamt::store {

// The municipality code of organisation `organisation_id` ("0880"), or ""
// when it has none (a county-wide body such as a region or the police) or
// does not exist.
std::string organisation_municipality(soci::session& s, std::int64_t organisation_id);

// Records that batch `batch_id` holds the values of submission `submission_id`.
void link_statistics_batch(soci::session& s, std::int64_t submission_id, std::int64_t batch_id);

// The batches of the submission that readers see now (complete and not
// rolled back), oldest first.
std::vector<std::int64_t> visible_statistics_batches(soci::session& s, std::int64_t submission_id);

// Whether batch `batch_id` holds the values of an approved report.
bool is_reporting_batch(soci::session& s, std::int64_t batch_id);

// Writes one observation of measure `measure_id` into batch `batch_id`
// (a few dozen per report, so plainly, inside the caller's transaction).
void insert_observation(soci::session& s, std::int64_t batch_id, std::int64_t measure_id,
                        const stats::Observation& observation);

}  // namespace jamt::store
