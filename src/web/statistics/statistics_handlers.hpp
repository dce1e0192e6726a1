#pragma once
// Statistics: pages, the upload page and the JSON API (docs/api.md).
// Each function returns the handler of one route of web/route_table.cpp,
// bound to `db` (which must outlive it). Handlers answer every failure
// themselves (error page or JSON error) and may throw only for bugs.
#include "web/route_table.hpp"

namespace jamt::web {

// GET /statistik/importera: the upload form (strategists and admins).
Handler import_form_page(store::Database& db);
// POST /statistik/importera: imports the uploaded file, or shows the form again.
Handler import_submit(store::Database& db);
// Before an upload to /statistik/importera is read: lets through only a
// signed-in user who may import; others get the login redirect or 403.
Admission import_admission(store::Database& db);
// GET /statistik/importer: the import batches the user may see, with a
// rollback button on those the user may roll back (login, or 403 for
// organisation contacts).
Handler import_batches_page(store::Database& db);
// POST /statistik/importer/{id}/angra: rolls the batch back (CSRF token
// required), then 303 to the list; 404 for a batch the user may not see or
// that does not exist, 403 for one seen but not the user's to roll back,
// 409 (the list with the reason) when it cannot be rolled back.
Handler import_batch_rollback(store::Database& db);
// GET /statistik: every measure.
Handler statistics_list_page(store::Database& db);
// GET /statistik/{id} and /statistik/{id}/data.csv: a measure as chart and table, or CSV.
Handler statistics_measure_page(store::Database& db);
// GET /api/v1/measures.
Handler api_measures(store::Database& db);
// GET /api/v1/measures/{id}/data?region=&from=&to=…
Handler api_measure_data(store::Database& db);
// GET /api/v1/measures/{id}/analysis: shares, ratio, 40/60, trend.
Handler api_measure_analysis(store::Database& db);

// GET /api/v1/statistics/batches: the import batches the user may see.
Handler api_statistics_batches(store::Database& db);
// DELETE /api/v1/statistics/batches/{id}: rolls the batch back (its values
// go, those it replaced come back); 204, or 403/404/409.
Handler api_statistics_batch_rollback(store::Database& db);

}  // namespace jamt::web
