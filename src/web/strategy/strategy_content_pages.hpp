#pragma once
// The strategy editor's pages for the rest of the strategy's content (issue
// 12, item 1, part D; docs/strategy-editing.md): a node's problem areas with
// their suggested actions, the action plan with its objectives and targets,
// and a node's commitments. Each returns the handler of one route of
// web/route_table.cpp, bound to `db` (which must outlive it). As the pages
// of strategy_editor_pages.hpp: GET shows a form, POST changes the strategy
// through one service function and redirects (303), or shows the form again
// (400) with what was typed and each message beside its field; removing asks
// first. The public gets the login page, who may not change the strategy 403.
#include "web/route_table.hpp"

namespace jamt::web {

// GET|POST /strategier/{id}/mal/{node}/problemomraden: the list and a new one.
Handler strategy_problems_page(store::Database& db);
Handler strategy_problem_add(store::Database& db);
// GET|POST /strategier/{id}/mal/{node}/problemomraden/{n} (n = 1 for the first).
Handler strategy_problem_form(store::Database& db);
Handler strategy_problem_submit(store::Database& db);
// GET|POST /strategier/{id}/mal/{node}/problemomraden/{n}/ta-bort: confirm and remove.
Handler strategy_problem_remove_form(store::Database& db);
Handler strategy_problem_remove_submit(store::Database& db);

// GET|POST /strategier/{id}/handlingsplan: the plan's title, period and
// description (creating the plan when there is none) and its objectives.
Handler strategy_plan_form(store::Database& db);
Handler strategy_plan_submit(store::Database& db);
// GET|POST /strategier/{id}/handlingsplan/ta-bort: remove the whole plan.
Handler strategy_plan_remove_form(store::Database& db);
Handler strategy_plan_remove_submit(store::Database& db);
// GET|POST /strategier/{id}/handlingsplan/delmal/ny: a new objective with its targets.
Handler strategy_objective_new_form(store::Database& db);
Handler strategy_objective_new_submit(store::Database& db);
// GET|POST /strategier/{id}/handlingsplan/delmal/{n}: change objective n (1 = first).
Handler strategy_objective_form(store::Database& db);
Handler strategy_objective_submit(store::Database& db);
// GET|POST /strategier/{id}/handlingsplan/delmal/{n}/ta-bort: confirm and remove.
Handler strategy_objective_remove_form(store::Database& db);
Handler strategy_objective_remove_submit(store::Database& db);

// GET|POST /strategier/{id}/mal/{node}/ataganden: the node's commitments and a new one.
Handler strategy_commitments_page(store::Database& db);
Handler strategy_commitment_add(store::Database& db);
// GET|POST /strategier/{id}/mal/{node}/ataganden/{c}: change commitment c.
Handler strategy_commitment_form(store::Database& db);
Handler strategy_commitment_submit(store::Database& db);
// GET|POST /strategier/{id}/mal/{node}/ataganden/{c}/ta-bort: confirm and remove
// (its statuses per year and activity links go with it).
Handler strategy_commitment_remove_form(store::Database& db);
Handler strategy_commitment_remove_submit(store::Database& db);

}  // namespace jamt::web
