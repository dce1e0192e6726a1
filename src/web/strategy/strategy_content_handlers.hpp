#pragma once
// The JSON API for editing a strategy's content piece by piece, archiving it
// and making a draft from an uploaded document (docs/api.md, "Strategies:
// editing the content"; issue 12, item 1). Each returns the handler of one
// route of web/route_table.cpp, bound to `db` (which must outlive it); every
// failure is answered as a JSON error naming the field. Changes to an
// adopted strategy go to its draft revision.
#include "web/route_table.hpp"

namespace jamt::web {

// POST /api/v1/strategies/{id}/nodes/{node}/position {direction|position}: the strategy.
Handler api_strategy_node_position(store::Database& db);
// POST /api/v1/strategies/{id}/nodes/{node}/indicators: the new indicator (201).
Handler api_strategy_indicator_create(store::Database& db);
// PUT /api/v1/strategies/{id}/nodes/{node}/indicators/{indicator}: the indicator.
Handler api_strategy_indicator_update(store::Database& db);
// DELETE /api/v1/strategies/{id}/nodes/{node}/indicators/{indicator}: 204.
Handler api_strategy_indicator_delete(store::Database& db);
// POST /api/v1/strategies/{id}/nodes/{node}/indicators/{indicator}/position: the node.
Handler api_strategy_indicator_position(store::Database& db);
// POST /api/v1/strategies/{id}/nodes/{node}/problem-areas: the node (201).
Handler api_strategy_problem_area_create(store::Database& db);
// PUT /api/v1/strategies/{id}/nodes/{node}/problem-areas/{n}: the node.
Handler api_strategy_problem_area_update(store::Database& db);
// DELETE /api/v1/strategies/{id}/nodes/{node}/problem-areas/{n}: 204.
Handler api_strategy_problem_area_delete(store::Database& db);
// PUT /api/v1/strategies/{id}/action-plan: the action plan.
Handler api_strategy_action_plan_put(store::Database& db);
// DELETE /api/v1/strategies/{id}/action-plan: 204.
Handler api_strategy_action_plan_delete(store::Database& db);
// POST /api/v1/strategies/{id}/action-plan/objectives: the action plan (201).
Handler api_strategy_objective_create(store::Database& db);
// PUT /api/v1/strategies/{id}/action-plan/objectives/{n}: the action plan.
Handler api_strategy_objective_update(store::Database& db);
// DELETE /api/v1/strategies/{id}/action-plan/objectives/{n}: 204.
Handler api_strategy_objective_delete(store::Database& db);
// POST /api/v1/strategies/{id}/archive: the archived strategy.
Handler api_strategy_archive(store::Database& db);
// POST /api/v1/strategies/import (a strategy document): the new draft (201).
Handler api_strategy_import_new(store::Database& db);
// POST /api/v1/strategies/{id}/import (a strategy document): the draft (revision).
Handler api_strategy_import_revision(store::Database& db);

}  // namespace jamt::web
