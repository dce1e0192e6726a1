#pragma once
// Organisations' own plans tied to the county's strategy (issue 12, item 4):
// the plan page and API, and the board's view per action-plan target.
// Each function returns the handler of one route of web/route_table.cpp,
// bound to `db` (which must outlive it). Handlers answer every failure
// themselves (error page or JSON error) and may throw only for bugs.
#include "web/route_table.hpp"

namespace jamt::web {

// GET /organisationer/{id}/plan: the targets and goals the organisation's
// own plan contributes to, as a form for those who may change it.
Handler organisation_plan_page(store::Database& db);
// POST /organisationer/{id}/plan: saves the ticked targets and goals with
// their notes; after an error the form again with what was ticked and typed.
Handler organisation_plan_submit(store::Database& db);
// GET /api/v1/organisations/{id}/plan-links.
Handler api_organisation_plan_get(store::Database& db);
// PUT /api/v1/organisations/{id}/plan-links {"links": [{"target_code"|"node_id", "note"}]}.
Handler api_organisation_plan_put(store::Database& db);
// GET /strategier/{id}/handlingsplan/bidrag: per objective → target, who
// contributes and what they did.
Handler plan_contributions_page(store::Database& db);
// GET /api/v1/strategies/{id}/action-plan/contributions.
Handler api_plan_contributions(store::Database& db);

}  // namespace jamt::web
