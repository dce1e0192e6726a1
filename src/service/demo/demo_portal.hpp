#pragma once
// The demo content of Kalmar län's portal (docs/portal.md, docs/news.md): the
// board's contact and intro (with an English intro), and two published news
// items, one of them with English.
#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

// When Kalmar län has saved no contact yet: saves it and publishes the news
// items as the demo strategist (strateg.kalmar@jamt.local), dated 20 and 5
// days before the database's today. Returns the number of news items made
// (0 when the contact existed already).
Result<int> load_demo_portal(store::Database& db);

}  // namespace jamt::service
