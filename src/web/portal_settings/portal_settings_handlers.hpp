#pragma once
// A county portal's contact and intro, and the national page listing the
// counties (issue 15, item 1; docs/news.md). Each function returns the
// handler of one route of web/route_table.cpp, bound to `db` (which must
// outlive it). Handlers answer every failure themselves.
#include "web/route_table.hpp"

namespace jamt::web {

// GET /lan/{code}/installningar: the form with the county's contact and
// intro (the defaults until saved); the county's strategists and admins
// (login for the public, 403 for everyone else, 404 for an unknown county).
Handler county_settings_form(store::Database& db);
// POST /lan/{code}/installningar: saves them; 303 back with ?sparad=1, or
// the form again (400) with each message beside its field.
Handler county_settings_submit(store::Database& db);
// GET /lan: the 21 counties with links to their portals, whether each has
// an adopted strategy and how many organisations have joined, and links to
// the national compilation and action plan (everyone).
Handler county_list_page(store::Database& db);

}  // namespace jamt::web
