#pragma once
// Strategy pages, national goals, the stylesheet and the basic JSON API.
// Each function returns the handler of one route of web/route_table.cpp,
// bound to `db` (which must outlive it). Handlers answer every failure
// themselves (error page or JSON error) and may throw only for bugs.
#include "web/route_table.hpp"

namespace jamt::web {

// GET /healthz: {"status": "ok"}, or 503 when the database does not answer.
Handler healthz(store::Database& db);
// GET /api/v1/regions[?level=]: the region catalogue.
Handler api_regions(store::Database& db);
// GET /api/v1/national-goals[?version=2006|2017].
Handler api_national_goals(store::Database& db);
// GET /api/v1/strategies: every strategy, without its goal tree.
Handler api_strategies(store::Database& db);
// GET /api/v1/strategies/{id}: one strategy as documented JSON.
Handler api_strategy(store::Database& db);
// GET /static/{file}: a file compiled into the binary (404 when unknown).
Handler static_file(store::Database& db);
// GET /: the start page with every county's strategies.
Handler start_page(store::Database& db);
// GET /strategier/{id}: a strategy with its goals and measures.
Handler strategy_page(store::Database& db);
// GET /nationella-mal/{version}/{number}: one national subgoal.
Handler national_goal_page(store::Database& db);

}  // namespace jamt::web
