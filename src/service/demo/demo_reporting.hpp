#pragma once
// The demo content of periodic reporting (docs/reporting.md, "Demo"): a
// clearly fictitious Västmanland-style quarterly form "Våld i nära relationer
// – kvartalsstatistik" assigned to all twelve municipalities of Kalmar län,
// a yearly form for the region and the police, and submissions for the four
// quarters before the current one — most approved on time, some late (one
// of them waiting for the board), one returned with a comment, some
// missing, one draft.
#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

// The code of the demo's quarterly and yearly forms.
inline constexpr const char* kDemoQuarterlyForm = "VNR_KVARTAL";
inline constexpr const char* kDemoYearlyForm = "VNR_AR";

// When the demo quarterly form does not exist: adds the demo municipalities
// of Kalmar län that the registers' demo lacks and a demo police region,
// defines both forms as the demo strategist (strateg.kalmar@jamt.local) and
// enters the submissions through the submission service — as the demo
// contacts for their organisations (kontakt.kalmar@jamt.local,
// kontakt.vastervik@jamt.local), as the strategist for the others — with the
// database's clock moved to each step's day and put back afterwards, so the
// history, audit log and lateness read as if it happened then. Call it after
// load_demo_registers, before the server starts (it swaps the clock).
// Returns the number of submissions made (0 when the form existed).
Result<int> load_demo_reporting(store::Database& db);

}  // namespace jamt::service
