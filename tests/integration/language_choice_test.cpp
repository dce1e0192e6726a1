// The language of a page over real HTTP (docs/i18n.md): ?lang= wins over the
// remembered cookie, which wins over Accept-Language; the choice is
// remembered; <html lang>, the switch link and the numbers follow it.
#include <gtest/gtest.h>

#include "test_server.hpp"
#include "shared_helpers.hpp"

namespace jamt::testing {
namespace {

class LanguageChoice : public ServerFixture {
 protected:
  std::string get(const std::string& path, const httplib::Headers& headers = {}) {
    auto r = client->Get(path, headers);
    EXPECT_TRUE(r) << path;
    if (!r) return {};
    last_headers = r->headers;
    return r->body;
  }
  httplib::Headers last_headers;
};

TEST_F(LanguageChoice, SwedishByDefaultEnglishByHeader) {
  auto sv = get("/");
  EXPECT_TRUE(has(sv, "<html lang=\"sv\">"));
  EXPECT_TRUE(has(sv, "Hoppa till innehållet"));
  EXPECT_TRUE(has(sv, "href=\"/?lang=en\" lang=\"en\" hreflang=\"en\">English</a>"));
  auto en = get("/", {{"Accept-Language", "de-DE,en-GB;q=0.8,sv;q=0.5"}});
  EXPECT_TRUE(has(en, "<html lang=\"en\">"));
  EXPECT_TRUE(has(en, "Skip to content"));
  EXPECT_TRUE(has(en, "lang=\"sv\" hreflang=\"sv\">Svenska</a>"));
  EXPECT_EQ(last_headers.count("Set-Cookie"), 0u) << "a header alone is not a choice to remember";
}

TEST_F(LanguageChoice, QueryWinsAndIsRemembered) {
  get("/statistik?lang=en", {{"Accept-Language", "sv"}});
  auto cookie = last_headers.find("Set-Cookie");
  ASSERT_NE(cookie, last_headers.end());
  EXPECT_EQ(cookie->second.rfind("jamt_lang=en;", 0), 0u) << cookie->second;
  EXPECT_NE(last_headers.find("Vary")->second.find("Accept-Language"), std::string::npos);
  // The remembered choice wins over the header …
  auto remembered = get("/statistik", {{"Cookie", "jamt_lang=en"}, {"Accept-Language", "sv"}});
  EXPECT_TRUE(has(remembered, "<html lang=\"en\">"));
  // … and ?lang= over the remembered choice.
  auto asked = get("/statistik?lang=sv", {{"Cookie", "jamt_lang=en"}});
  EXPECT_TRUE(has(asked, "<html lang=\"sv\">"));
  // An unknown language changes nothing and is not remembered.
  auto unknown = get("/statistik?lang=fi", {{"Cookie", "jamt_lang=en"}});
  EXPECT_TRUE(has(unknown, "<html lang=\"en\">"));
  EXPECT_EQ(last_headers.count("Set-Cookie"), 0u);
}

TEST_F(LanguageChoice, SwitchLinkKeepsTheRestOfTheAddress) {
  auto page = get("/statistik?q=inkomst%20%26%20l%C3%B6n&lang=en");
  EXPECT_TRUE(has(page, "href=\"/statistik?q=inkomst%20%26%20l%C3%B6n&amp;lang=sv\""))
      << page.substr(0, 2000);
}

TEST_F(LanguageChoice, ErrorPagesFollowTheLanguage) {
  auto r = client->Get("/finns-inte?lang=en");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 404);
  EXPECT_TRUE(has(r->body, "The page does not exist."));
  auto sv = client->Get("/finns-inte");
  ASSERT_TRUE(sv);
  EXPECT_TRUE(has(sv->body, "Sidan finns inte."));
}

}  // namespace
}  // namespace jamt::testing
