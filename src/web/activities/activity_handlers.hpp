#pragma once
// The activity register (insatser): pages, forms, exports, summary and JSON API.
// Each function returns the handler of one route of web/route_table.cpp,
// bound to `db` (which must outlive it). Handlers answer every failure
// themselves (error page or JSON error) and may throw only for bugs.
#include "web/route_table.hpp"

namespace jamt::web {

// GET /insatser: the filtered list.
Handler activity_list_page(store::Database& db);
// GET /insatser/{id}.
Handler activity_detail_page(store::Database& db);
// POST /insatser/{id}/ta-bort.
Handler activity_delete_submit(store::Database& db);
// GET /api/v1/activities?…filters.
Handler api_activity_list(store::Database& db);
// GET /api/v1/activities/summary?county=&year=.
Handler api_activity_summary(store::Database& db);
// POST /api/v1/activities → 201.
Handler api_activity_create(store::Database& db);
// GET /api/v1/activities/{id}.
Handler api_activity_get(store::Database& db);
// PATCH /api/v1/activities/{id}.
Handler api_activity_update(store::Database& db);
// DELETE /api/v1/activities/{id} → 204.
Handler api_activity_delete(store::Database& db);
// GET /insatser/export.csv: the filtered list for Excel.
Handler activity_export_csv(store::Database& db);
// GET /insatser/export.xlsx.
Handler activity_export_xlsx(store::Database& db);
// GET /insatser/sammanstallning: counts for a county and year.
Handler activity_summary_page(store::Database& db);
// GET /insatser/ny.
Handler activity_new_form(store::Database& db);
// POST /insatser/ny: saves, or shows the form again with its problems.
Handler activity_new_submit(store::Database& db);
// GET /insatser/{id}/andra.
Handler activity_edit_form(store::Database& db);
// POST /insatser/{id}/andra.
Handler activity_edit_submit(store::Database& db);

}  // namespace jamt::web
