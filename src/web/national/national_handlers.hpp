#pragma once
// The national level's pages and API (issue 14, item 3; docs/national.md):
// the national compilation of a year, the national action plan, the
// resources per county and year, learning examples. Each function returns
// the handler of one route of web/route_table.cpp, bound to `db` (which
// must outlive it). Handlers answer every failure themselves (error page or
// JSON error) and may throw only for bugs.
#include "web/route_table.hpp"

namespace jamt::web {

// GET /nationellt/{year}[?format=print|json|xlsx|pdf]: the national
// compilation (everyone; what each viewer may read).
Handler national_report_page(store::Database& db);
// GET /api/v1/reports/national/{year}: the compilation as report JSON.
Handler api_national_report(store::Database& db);

// GET /nationellt/handlingsplan: the plan for everyone; the edit form for
// the coordinator and admins.
Handler national_plan_page(store::Database& db);
// POST /nationellt/handlingsplan: saves the plan (coordinator, admins);
// errors beside the fields, nothing saved; 303 back to the page on success.
Handler national_plan_submit(store::Database& db);
// GET /api/v1/national/plan: the plan as JSON ({"plan": null} when none).
Handler api_national_plan(store::Database& db);
// PUT /api/v1/national/plan: replaces the plan (coordinator, admins).
Handler api_national_plan_save(store::Database& db);

// GET /nationellt/resurser/{year}: the year's resources per county with
// national totals for everyone; the form for the coordinator and admins.
Handler national_resources_page(store::Database& db);
// POST /nationellt/resurser/{year}: records one county's figures.
Handler national_resources_submit(store::Database& db);
// GET /api/v1/national/resources/{year}: the year's figures as JSON.
Handler api_national_resources(store::Database& db);

// GET /nationellt/exempel: the examples the viewer may see, by county and
// development area.
Handler national_examples_page(store::Database& db);
// POST /insatser/{id}/exempel: flags the activity as an example
// (development_area), or removes the flag (action=ta-bort); the county's
// strategists and admins. 303 back to the activity.
Handler activity_example_submit(store::Database& db);

}  // namespace jamt::web
