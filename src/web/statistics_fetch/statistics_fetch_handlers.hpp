#pragma once
// Statistics fetched from SCB and Kolada (issue 13, item 4;
// docs/statistics-fetch.md): the sources' pages and API. Each function
// returns the handler of one route of web/route_table.cpp, bound to `db`
// (which must outlive it). Handlers answer every failure themselves.
#include "web/route_table.hpp"

namespace jamt::web {

// GET /statistik/kallor: the sources the user may see, and the form to add
// one (for those who may import statistics). Login; 403 for contacts.
Handler sources_page(store::Database& db);
// POST /statistik/kallor: adds a source (CSRF token required), then 303 to
// its page; 400 with the form again and the errors beside their fields.
Handler source_add_submit(store::Database& db);
// GET /statistik/kallor/{id}: the source, its last result and its fetches,
// with "Hämta nu" for those who may fetch it; 404 for one not visible.
Handler source_page(store::Database& db);
// POST /statistik/kallor/{id}/hamta: fetches the source now, then 303 to its
// page, which shows the result.
Handler source_fetch_submit(store::Database& db);

// GET /api/v1/statistics/sources: {count, items}.
Handler api_statistics_sources(store::Database& db);
// POST /api/v1/statistics/sources {address, selection?, measure_code?,
// schedule?}: 201 with the source; 400 naming the field.
Handler api_statistics_source_create(store::Database& db);
// POST /api/v1/statistics/sources/{id}/fetch: fetches now; 200 with the
// outcome, or 502 with it when the source could not be fetched.
Handler api_statistics_source_fetch(store::Database& db);

}  // namespace jamt::web
