#pragma once
// The accessibility statement (tillgänglighetsredogörelse) required by lagen
// (2018:1937) om tillgänglighet till digital offentlig service, in the form
// DIGG prescribes (docs/accessibility.md). Returns the handler of one route of
// web/route_table.cpp, bound to `db` (which must outlive it).
#include "web/route_table.hpp"

namespace jamt::store {
class Database;
}

namespace jamt::web {

// GET /tillganglighet: public, for everyone alike; signed-in viewers see
// their usual header. Always 200.
Handler accessibility_statement_page(store::Database& db);

}  // namespace jamt::web
