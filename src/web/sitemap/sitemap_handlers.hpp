#pragma once
// /sitemap.xml and /robots.txt (issue 15, item 1; docs/news.md, "Sitemap").
// Bound to `db` and `mail`, whose site_url is the site's public address
// (`jamt serve --public-url`); both must outlive the handlers.
#include <string>
#include <vector>

#include "web/route_table.hpp"

namespace jamt::web {

// GET /sitemap.xml: every public HTML page once, as an absolute URL without
// a `lang` parameter, each with hreflang alternates sv (the URL itself) and
// en (`?lang=en`); no downloads, feeds or pages that need a login.
Handler sitemap_xml(store::Database& db, const service::MailSetup& mail);

// GET /robots.txt: everything may be crawled; points to the sitemap.
Handler robots_txt(const service::MailSetup& mail);

// The paths /sitemap.xml lists, in its order ("/", "/lan", …).
std::vector<std::string> sitemap_paths(store::Database& db);

}  // namespace jamt::web
