#pragma once
// The home page by role (docs/anvandarguide.md, "Att göra"). Returns the handler of one
// route of web/route_table.cpp, bound to `db` (which must outlive it); it
// answers every failure itself and may throw only for bugs.
#include "web/route_table.hpp"

namespace jamt::web {

// GET /hem: a contact's reports to send in, this year's checklist, the next
// follow-up and changes of representative; a strategist's (admin's,
// coordinator's) submissions to approve, applications, overdue follow-ups,
// changes to confirm and this period's completeness. The public is sent to
// the login page.
Handler home_page(store::Database& db);

}  // namespace jamt::web
