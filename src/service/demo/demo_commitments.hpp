#pragma once
// The demo follow-up of strategy commitments (issue 12, item 3): the
// commitments of Kalmar län's demo strategy (2024–2027) get a status for
// 2024 and for 2025, as the demo strategist would have set them in December
// of each year.
#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

// When none of the Kalmar strategy's commitments has a status yet: sets the
// 2024 and 2025 statuses of each through set_commitment_status as the demo
// strategist (strateg.kalmar@jamt.local), with the database's clock moved to
// 15 December of the year and put back afterwards. Returns the number of
// statuses set (0 when there were some already or Kalmar has no strategy
// for 2024). Call it before the server starts (it swaps the clock).
Result<int> load_demo_commitments(store::Database& db);

}  // namespace jamt::service
