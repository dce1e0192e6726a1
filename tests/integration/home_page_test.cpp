// The home page by role (/hem, docs/anvandarguide.md "Att göra"), as a signed-in user
// sees it, on 10 April 2026: the fixture's quarterly form of Kalmar län is
// made that day, so its 2026Q1 reports (due 30 April) are what there is to do.
#include <gtest/gtest.h>

#include "reporting_fixture.hpp"

namespace jamt::testing {
namespace {

class HomePageTest : public ReportingFixture {
 protected:
  void SetUp() override {
    ReportingFixture::SetUp();
    set_clock("2026-04-10T08:00:00Z");
  }

  std::string home(const TestLogin& who) {
    auto r = client->Get("/hem", who.cookie_only());
    EXPECT_TRUE(r);
    if (!r) return "";
    EXPECT_EQ(r->status, 200) << r->body;
    return r->body;
  }
  static bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
};

TEST_F(HomePageTest, AContactSeesTheReportsOfTheirOrganisationToSendInAndWhatWasReturned) {
  const auto form = define_form();
  const std::string link_a = "/rapportering/formular/" + std::to_string(form) + "/" + std::to_string(org_a) + "/2026Q1";
  const std::string link_b = "/rapportering/formular/" + std::to_string(form) + "/" + std::to_string(org_b) + "/2026Q1";

  auto page = home(contact_a());
  EXPECT_TRUE(has(page, "<h1>Att göra</h1>")) << page;
  EXPECT_TRUE(has(page, "kontaktperson för Kommun A")) << page;
  EXPECT_TRUE(has(page, "href=\"" + link_a + "\">Våld i nära relationer</a>")) << page;
  EXPECT_TRUE(has(page, "<td>kvartal 1 2026</td><td>2026-04-30</td><td>Inte påbörjad")) << page;
  EXPECT_FALSE(has(page, link_b)) << "another organisation's report";
  EXPECT_TRUE(has(page, "Fyll i checklistan för 2026")) << page;
  EXPECT_TRUE(has(page, "inte ansluten")) << page;

  // B submits; the board returns it with a comment: B's contact sees why.
  auto b = submission(form, org_b, "2026Q1");
  ASSERT_EQ(save(b, {{"values", e1(2, 1, 0, 3)}}, contact_b()).status, 200);
  ASSERT_EQ(step(b, "submit", contact_b()).status, 200);
  EXPECT_FALSE(has(home(contact_b()), link_b)) << "submitted: nothing to do";
  ASSERT_EQ(step(b, "return", strategist_08(), {{"comment", "Kontrollera <antalet> män."}}).status, 200);
  page = home(contact_b());
  EXPECT_TRUE(has(page, "href=\"" + link_b + "\"")) << page;
  EXPECT_TRUE(has(page, "Återskickad – behöver rättas")) << page;
  EXPECT_TRUE(has(page, "Länsstyrelsens kommentar: Kontrollera &lt;antalet&gt; män.")) << page;

  // After the due date A's report is marked late.
  set_clock("2026-05-01T08:00:00Z");
  page = home(log_in_again(*db, contact_a()));
  EXPECT_TRUE(has(page, "2026-04-30 <strong>(försenad)</strong>")) << page;
}

TEST_F(HomePageTest, AStrategistSeesTheirCountysSubmissionsToApproveAndTheLastPeriodsCompleteness) {
  const auto form = define_form();
  auto b = submission(form, org_b, "2026Q1");
  ASSERT_EQ(save(b, {{"values", e1(2, 1, 0, 3)}}, contact_b()).status, 200);
  ASSERT_EQ(step(b, "submit", contact_b()).status, 200);

  auto page = home(strategist_08());
  EXPECT_TRUE(has(page, "Det här väntar på länsstyrelsen i Kalmar län.")) << page;
  const std::string link_b = "/rapportering/formular/" + std::to_string(form) + "/" + std::to_string(org_b) + "/2026Q1";
  EXPECT_TRUE(has(page, "<td><a href=\"" + link_b + "\">Kommun B</a></td><td>Våld i nära relationer</td><td>kvartal 1 "
                        "2026</td><td>2026-04-10 10:00</td>")) << page;
  // 2026Q1 ended on 31 March: 2 expected, 1 in (50 %), Kommun A missing.
  EXPECT_TRUE(has(page, "<td><a href=\"/rapportering/formular/" + std::to_string(form) +
                            "?period=2026Q1\">Våld i nära relationer</a></td><td>kvartal 1 2026</td><td>2026-04-30</td>"
                            "<td class=\"number\">2</td><td class=\"number\">1 (50 %)</td>")) << page;
  EXPECT_TRUE(has(page, "Kommun A<br>")) << page;
  EXPECT_TRUE(has(page, "Inga ansökningar väntar på beslut.")) << page;

  // Another county's strategist has nothing of Kalmar's to approve.
  page = home(strategist_01());
  EXPECT_FALSE(has(page, link_b)) << page;
  EXPECT_TRUE(has(page, "Inga inskickade rapporter väntar.")) << page;

  // Once approved it no longer waits.
  ASSERT_EQ(step(b, "approve", strategist_08()).status, 200);
  EXPECT_TRUE(has(home(strategist_08()), "Inga inskickade rapporter väntar.")) << page;
}

TEST_F(HomePageTest, ThePublicIsSentToTheLoginPage) {
  auto r = client->Get("/hem");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 303);
  EXPECT_EQ(r->get_header_value("Location"), "/logga-in?next=/hem");
}

}  // namespace
}  // namespace jamt::testing
