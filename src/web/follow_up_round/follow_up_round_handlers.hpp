#pragma once
// The three-year follow-up of joined organisations (issue 14, item 2;
// docs/follow-up-round.md): the round of a county and year, and one
// organisation's follow-up, each a report document answered through
// respond_with_document (?format= print, json, xlsx, pdf). Each function
// returns the handler of one route of web/route_table.cpp, bound to `db`
// (which must outlive it).
#include "web/route_table.hpp"

namespace jamt::web {

// GET /uppfoljning/{county}/{year}: who is due and each organisation's
// section, with a link to each organisation's own page. The county's
// strategists, admins and coordinators; others 403, the public to login.
Handler follow_up_round_page(store::Database& db);

// GET /uppfoljning/{county}/{year}/organisationer/{id}: one organisation's
// follow-up, printable. Those who may read the organisation (its contacts
// included); 404 for an organisation of another county or one the user
// may not read, the public to login.
Handler organisation_follow_up_page(store::Database& db);

}  // namespace jamt::web
