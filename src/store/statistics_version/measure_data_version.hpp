#pragma once
// The data version of a measure: a number that every write changing what
// readers see of the measure's figures raises, in the same transaction as
// the write. Cached answers are keyed by it (service/statistics/
// analysis_cache.hpp); because it lives in the database, every server on the
// same database sees a change the moment it is committed.
#include <cstdint>

namespace soci {
class session;
}

namespace jamt::store {

// The measure's data version; 0 when it was never raised. One indexed read.
std::int64_t measure_data_version(soci::session& s, std::int64_t measure_id);

// Raises the measure's data version by one (creating its row at 1).
void bump_measure_data_version(soci::session& s, std::int64_t measure_id);

// Raises the data version of every measure the import batch writes.
void bump_batch_data_versions(soci::session& s, std::int64_t batch_id);

}  // namespace jamt::store
