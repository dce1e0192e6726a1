#pragma once
// Indicators that compute themselves (issue 13, engineer IA): an indicator's
// page with its values by sex over the comparison years, chart, table and
// progress status; the form for typed-in values; the method page; the JSON
// API. Each function returns the handler of one route of web/route_table.cpp,
// bound to `db` (which must outlive it). Handlers answer every failure
// themselves (error page or JSON error) and may throw only for bugs.
#include "web/route_table.hpp"

namespace jamt::web {

// GET /indikatorer/{id}[?from=&to=]: the indicator's page (public for
// adopted and archived strategies; drafts for those who may read them).
Handler indicator_page(store::Database& db);
// POST /indikatorer/{id}/varden: one period's typed-in values (strategists
// of the county, admins); errors beside the fields, nothing saved.
Handler indicator_values_submit(store::Database& db);
// GET /indikatorer/metod: how the progress status is computed.
Handler indicator_method_page(store::Database& db);
// GET /api/v1/indicators/{id}: the indicator's definition and source.
Handler api_indicator(store::Database& db);
// GET /api/v1/indicators/{id}/values?from=&to=: rows by sex and progress.
Handler api_indicator_values(store::Database& db);

}  // namespace jamt::web
