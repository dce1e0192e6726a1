#pragma once
// Strategy pages, national goals, the stylesheet and the basic JSON API.
// Each function returns the handler of one route of web/route_table.cpp,
// bound to `db` (which must outlive it). Handlers answer every failure
// themselves (error page or JSON error) and may throw only for bugs.
#include "web/route_table.hpp"

namespace jamt::web {

// GET /api/v1/regions[?level=]: the region catalogue.
Handler api_regions(store::Database& db);
// GET /api/v1/national-goals[?version=2006|2017].
Handler api_national_goals(store::Database& db);
// GET /api/v1/strategies: every strategy, without its goal tree.
Handler api_strategies(store::Database& db);
// GET /api/v1/strategies/{id}[?draft=1]: one strategy as documented JSON with
// the ids of the strategy, its nodes and indicators — the adopted version, or
// with ?draft=1 for those who may read drafts the draft (revision).
Handler api_strategy(store::Database& db);
// POST /api/v1/strategies: a new draft strategy (201).
Handler api_strategy_create(store::Database& db);
// PATCH /api/v1/strategies/{id}: the strategy's fields (its draft revision when adopted).
Handler api_strategy_update(store::Database& db);
// POST /api/v1/strategies/{id}/nodes: a new goal node (201).
Handler api_strategy_node_create(store::Database& db);
// PATCH /api/v1/strategies/{id}/nodes/{node_id}: change or move a node.
Handler api_strategy_node_update(store::Database& db);
// DELETE /api/v1/strategies/{id}/nodes/{node_id}: remove a node (204).
Handler api_strategy_node_delete(store::Database& db);
// POST /api/v1/strategies/{id}/adopt: adopt the draft (revision); the new version.
Handler api_strategy_adopt(store::Database& db);
// GET /api/v1/strategies/{id}/versions: [{version, adopted_on, decision}].
Handler api_strategy_versions(store::Database& db);
// GET /api/v1/strategies/{id}/versions/{n}: version n's document as adopted.
Handler api_strategy_version(store::Database& db);
// GET /api/v1/strategies/{id}/versions/{a}/diff/{b}: the changes from a to b.
Handler api_strategy_version_diff(store::Database& db);
// GET /static/{file}: a file compiled into the binary (404 when unknown).
Handler static_file(store::Database& db);
// GET /: the start page with every county's strategies.
Handler start_page(store::Database& db);
// GET /strategier/{id}: a strategy with its goals and measures.
Handler strategy_page(store::Database& db);
// GET /nationella-mal/{version}/{number}: one national subgoal.
Handler national_goal_page(store::Database& db);

}  // namespace jamt::web
