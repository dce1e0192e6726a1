#pragma once
// A strategist's view of a strategy's year (issue 12, item 6): per goal node
// the activities, commitments and contributing organisations of one year.
// Each function returns the handler of one route of web/route_table.cpp,
// bound to `db` (which must outlive it). Handlers answer every failure
// themselves (error page or JSON error) and may throw only for bugs.
#include "web/route_table.hpp"

namespace jamt::web {

// GET /strategier/{id}/ar/{year}: the year view as a page.
Handler strategy_year_page(store::Database& db);
// GET /api/v1/strategies/{id}/years/{year}: the same as JSON.
Handler api_strategy_year(store::Database& db);

}  // namespace jamt::web
