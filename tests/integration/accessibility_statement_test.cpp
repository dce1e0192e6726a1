// The accessibility statement /tillganglighet (issue 15 item 3,
// docs/accessibility.md) over HTTP, on SQLite or PostgreSQL ($JAMT_TEST_DB):
// it says what DIGG requires — who stands behind the service, how compliant
// it is, what is not accessible, how to report a problem or ask for another
// form, DIGG's reporting function and the date and method of the assessment —
// and every page links to it from its footer, for the public and signed in.
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "register_fixture.hpp"
#include "web/accessibility/statement_facts.hpp"
#include "shared_helpers.hpp"

using namespace jamt;
using namespace jamt::testing;

namespace {

const std::string kFooterLink = R"(<a href="/tillganglighet">Tillgänglighetsredogörelse</a>)";

}  // namespace

class AccessibilityStatementTest : public RegisterFixture {};

TEST_F(AccessibilityStatementTest, ThePublicReadsWhatDiggRequires) {
  auto page = get(*client, "/tillganglighet", nullptr);
  ASSERT_EQ(page.status, 200);
  const auto& body = page.body;
  const auto& facts = web::accessibility::statement_facts();
  EXPECT_TRUE(has(body, "<title>Tillgänglighetsredogörelse – Jämt</title>")) << body;
  EXPECT_TRUE(has(body, "<h1>Tillgänglighetsredogörelse</h1>"));
  // The actor and the service.
  EXPECT_TRUE(has(body, "Länsstyrelsen står bakom Jämt"));
  // Compliance, honestly.
  EXPECT_TRUE(has(body, "Jämt är <strong>delvis förenlig</strong> med lagen om tillgänglighet till digital offentlig service"));
  EXPECT_TRUE(has(body, "WCAG 2.1 på nivå AA"));
  // What is not accessible, and why.
  EXPECT_TRUE(has(body, "<h3 id=\"brister\">Innehåll som inte är tillgängligt</h3>"));
  EXPECT_TRUE(has(body, "En inloggning gäller i högst tolv timmar")) << "the session limit without warning";
  EXPECT_TRUE(has(body, "[WCAG 2.2.1]"));
  // Reporting a problem and asking for another form: the board's address.
  EXPECT_TRUE(has(body, "<a href=\"mailto:jamt@lansstyrelsen.se\">jamt@lansstyrelsen.se</a>"));
  EXPECT_TRUE(has(body, "Behöver du innehåll från Jämt i en annan form"));
  // The supervisory authority and its reporting function.
  EXPECT_TRUE(has(body, "Myndigheten för digital förvaltning (DIGG) har tillsyn"));
  EXPECT_TRUE(has(body, "<a href=\"https://www.digg.se/tdosanmalan\">anmäla bristande tillgänglighet till DIGG</a>"));
  // The date and method of the assessment, from the one place they are kept.
  EXPECT_TRUE(std::regex_match(std::string(facts.assessed_on), std::regex(R"(\d{4}-\d{2}-\d{2})")));
  EXPECT_TRUE(has(body, "Senaste bedömningen gjordes <time datetime=\"" + std::string(facts.assessed_on) + "\">"));
  EXPECT_TRUE(has(body, "egen bedömning: automatiska tester med axe-core"));
  EXPECT_TRUE(has(body, "320 CSS-pixlars bredd"));
  EXPECT_TRUE(has(body, kFooterLink)) << "the statement links to itself from the footer too";
}

TEST_F(AccessibilityStatementTest, EveryPageLinksToItFromTheFooter) {
  for (const char* path : {"/", "/statistik", "/logga-in", "/glomt-losenord", "/nationella-mal/2017/1"}) {
    auto page = get(*client, path, nullptr);
    EXPECT_EQ(page.status, 200) << path;
    EXPECT_TRUE(has(page.body, "<footer class=\"site-footer\">")) << path;
    EXPECT_TRUE(has(page.body.substr(page.body.find("<footer")), kFooterLink)) << path;
  }
  // An error page and the pages of a signed-in strategist and contact.
  auto missing = get(*client, "/strategier/999999", nullptr);
  EXPECT_EQ(missing.status, 404);
  EXPECT_TRUE(has(missing.body, kFooterLink));
  for (const TestLogin* who : {&strategist_08(), &contact_a()}) {
    auto home = get(*client, "/hem", who);
    EXPECT_EQ(home.status, 200) << who->email;
    EXPECT_TRUE(has(home.body, kFooterLink)) << who->email;
    auto statement = get(*client, "/tillganglighet", who);
    EXPECT_EQ(statement.status, 200);
    EXPECT_TRUE(has(statement.body, who->email)) << "the usual header for a signed-in viewer";
  }
}
