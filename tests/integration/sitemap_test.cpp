// /sitemap.xml and /robots.txt (issue 15, item 1) over HTTP on SQLite or
// PostgreSQL ($JAMT_TEST_DB), with the demo strategies and one published
// and one draft news item of Kalmar: the sitemap parses as a sitemaps.org
// urlset; every URL is absolute, listed once, without a `lang` parameter,
// with hreflang alternates for Swedish and English; nothing is a download,
// a feed or a page that needs a login — each answers 200 HTML to the public.
#include <gtest/gtest.h>

#include <set>

#include "service/news/news_service.hpp"
#include "register_fixture.hpp"
#include "xml_tree.hpp"

using namespace jamt;
using namespace jamt::testing;

namespace {

const std::string kSitemap = "http://www.sitemaps.org/schemas/sitemap/0.9 ";
const std::string kXhtml = "http://www.w3.org/1999/xhtml ";
const std::string kSite = "http://jamt.test";

}  // namespace

class SitemapTest : public RegisterFixture {};

TEST_F(SitemapTest, EveryPublicPageOnceWithLanguageAlternatesAndEachAnswersThePublic) {
  User kalmar;
  kalmar.email = "strateg@kalmar.example";
  kalmar.role = Role::strategist;
  kalmar.county_code = "08";
  auto news = service::create_news(*db, "08", {.title = "Nytt nätverk", .body = "Välkommen.", .title_en = "", .body_en = ""},
                                   true, kalmar);
  ASSERT_TRUE(news.ok());
  auto draft = service::create_news(*db, "08", {.title = "Utkast", .body = "Inte än.", .title_en = "", .body_en = ""},
                                    false, kalmar);
  ASSERT_TRUE(draft.ok());

  auto r = client->Get("/sitemap.xml");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/xml; charset=utf-8");
  std::string error;
  auto urlset = parse_xml(r->body, &error);
  ASSERT_TRUE(urlset) << error;
  EXPECT_EQ(urlset->name, kSitemap + "urlset");

  std::set<std::string> paths;
  for (const auto* url : urlset->all(kSitemap + "url")) {
    ASSERT_TRUE(url->first(kSitemap + "loc"));
    const std::string loc = url->first(kSitemap + "loc")->text;
    ASSERT_EQ(loc.rfind(kSite + "/", 0), 0u) << "absolute: " << loc;
    const std::string path = loc.substr(kSite.size());
    EXPECT_TRUE(paths.insert(path).second) << "listed twice: " << path;
    EXPECT_EQ(loc.find("lang="), std::string::npos) << loc;
    EXPECT_EQ(loc.find('?'), std::string::npos) << "no query (?format=, ?lang=): " << loc;
    for (const char* ending : {".csv", ".xlsx", ".json", ".atom", ".pdf", ".xml"})
      EXPECT_FALSE(loc.size() >= std::string(ending).size() && loc.ends_with(ending)) << "a download or feed: " << loc;
    std::map<std::string, std::string> alternates;
    for (const auto* link : url->all(kXhtml + "link")) {
      EXPECT_EQ(link->attr("rel"), "alternate");
      alternates[link->attr("hreflang")] = link->attr("href");
    }
    EXPECT_EQ(alternates["sv"], loc);
    EXPECT_EQ(alternates["en"], loc + "?lang=en");
  }

  // What must be there, and what must not.
  const std::string item = "/lan/08/nyheter/" + std::to_string(news->id);
  for (const std::string& must : {std::string("/"), std::string("/lan"), std::string("/lan/08"), std::string("/lan/25"),
                                  std::string("/lan/08/nyheter"), item, std::string("/anslut/08"),
                                  std::string("/anslutna/08"), std::string("/statistik"),
                                  std::string("/tillganglighet"), std::string("/nationellt/2025"),
                                  std::string("/nationella-mal/2017/6")})
    EXPECT_TRUE(paths.count(must)) << must;
  EXPECT_FALSE(paths.count("/lan/08/nyheter/" + std::to_string(draft->id))) << "a draft is not public";
  EXPECT_FALSE(paths.count("/logga-in"));
  bool strategy = false;
  for (const auto& p : paths) strategy = strategy || p.rfind("/strategier/", 0) == 0;
  EXPECT_TRUE(strategy) << "the demo strategies' pages";

  // Each answers the public with an HTML page.
  for (const auto& path : paths) {
    auto page = client->Get(path);
    ASSERT_TRUE(page) << path;
    EXPECT_EQ(page->status, 200) << path;
    EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8") << path;
  }
}

TEST_F(SitemapTest, RobotsTxtPointsToTheSitemap) {
  auto r = client->Get("/robots.txt");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/plain; charset=utf-8");
  EXPECT_NE(r->body.find("Sitemap: http://jamt.test/sitemap.xml\n"), std::string::npos);
}
