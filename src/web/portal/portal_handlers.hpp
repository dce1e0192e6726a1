#pragma once
// The county portal (issue 15, item 1): the public page of one county and
// the downloads of its statistics. Each function returns the handler of one
// route of web/route_table.cpp, bound to `db` (which must outlive it).
// Handlers answer every failure themselves (error page) and may throw only
// for bugs.
#include "web/route_table.hpp"

namespace jamt::web {

// GET /lan/{code}[?q=]: the county's portal, public. 404 for a code that is
// not a county (the nation, 00, included).
Handler county_portal_page(store::Database& db);
// GET /lan/{code}/statistik.{csv,xlsx,json}: the latest value of each of the
// county's indicators by national sub-goal as CSV for Excel, a workbook or
// JSON-stat 2.0; public. 404 as for the page.
Handler county_portal_statistics_file(store::Database& db);

}  // namespace jamt::web
