// A county portal's contact and intro, and the national page of counties
// (issue 15, item 1), over HTTP on SQLite or PostgreSQL ($JAMT_TEST_DB) at
// the fixture's fixed clock (31 March 2026): the defaults come from the
// reference data until the board saves its own; a Kalmar strategist saves
// them through the form (a mistake beside its field, nothing saved;
// audited); others are refused; /lan lists the 21 counties with their
// adopted strategy and joined organisations.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "service/joining/joining_decisions.hpp"
#include "service/joining/joining_register.hpp"
#include "service/portal_settings/county_contact.hpp"
#include "service/registers/register_service.hpp"
#include "store/audit_repository.hpp"
#include "register_fixture.hpp"
#include "shared_helpers.hpp"

using namespace jamt;
using namespace jamt::testing;

namespace {

std::size_t count_of(const std::string& body, const std::string& text) {
  std::size_t n = 0;
  for (auto at = body.find(text); at != std::string::npos; at = body.find(text, at + 1)) ++n;
  return n;
}

httplib::Params contact_form(const std::string& email) {
  return {{"board_name", "Länsstyrelsen i Kalmar län"},
          {"email", email},
          {"phone", "010-223 80 00"},
          {"postal_address", "391 86 Kalmar"},
          {"visiting_address", "Regeringsgatan 1\nKalmar"},
          {"intro", "Länet arbetar för jämställdhet & mot våld."},
          {"intro_en", "The county works for gender equality."}};
}

}  // namespace

class PortalSettingsTest : public RegisterFixture {};

TEST_F(PortalSettingsTest, UntilSavedTheContactIsTheBoardNamedAfterTheCounty) {
  auto kalmar = service::county_contact(*db, "08");
  ASSERT_TRUE(kalmar.ok());
  EXPECT_EQ(kalmar->county_name, "Kalmar län");
  EXPECT_EQ(kalmar->board_name, "Länsstyrelsen i Kalmar län");
  EXPECT_EQ(kalmar->email, "");
  EXPECT_FALSE(kalmar->saved);
  EXPECT_EQ(service::county_contact(*db, "01")->board_name, "Länsstyrelsen i Stockholms län");
  auto unknown = service::county_contact(*db, "99");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorKind::not_found);
}

TEST_F(PortalSettingsTest, AStrategistSavesTheContactThroughTheFormWithErrorsBesideTheFields) {
  auto form = get(*client, "/lan/08/installningar", &strategist_08());
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(has(form.body, "value=\"Länsstyrelsen i Kalmar län\""));
  EXPECT_TRUE(has(form.body, "Inget är sparat ännu."));

  auto wrong = post_form(*client, "/lan/08/installningar", contact_form("kalmar-at-lansstyrelsen.se"), strategist_08());
  ASSERT_EQ(wrong.status, 400);
  EXPECT_TRUE(has(wrong.body, "id=\"email-error\">Ange en e-postadress, till exempel kalmar@lansstyrelsen.se<"));
  EXPECT_TRUE(has(wrong.body, "aria-invalid=\"true\" aria-describedby=\"email-hint email-error\""));
  EXPECT_TRUE(has(wrong.body, "Regeringsgatan 1\nKalmar")) << "what was typed is kept";
  EXPECT_FALSE(service::county_contact(*db, "08")->saved);

  auto saved = post_form(*client, "/lan/08/installningar", contact_form("kalmar@lansstyrelsen.se"), strategist_08());
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.location, "/lan/08/installningar?sparad=1");
  auto contact = service::county_contact(*db, "08");
  ASSERT_TRUE(contact.ok());
  EXPECT_TRUE(contact->saved);
  EXPECT_EQ(contact->email, "kalmar@lansstyrelsen.se");
  EXPECT_EQ(contact->phone, "010-223 80 00");
  EXPECT_EQ(contact->visiting_address, "Regeringsgatan 1\nKalmar");
  EXPECT_EQ(contact->intro_en, "The county works for gender equality.");
  EXPECT_EQ(contact->updated_at, "2026-03-31T10:00:00Z");
  auto page = get(*client, "/lan/08/installningar?sparad=1", &strategist_08());
  EXPECT_TRUE(has(page.body, "Uppgifterna är sparade."));
  EXPECT_TRUE(has(page.body, "Länet arbetar för jämställdhet &amp; mot våld."));

  // Saved again by an admin: both saves are in the audit log.
  auto changed = contact_form("jamstalldhet.kalmar@lansstyrelsen.se");
  ASSERT_EQ(post_form(*client, "/lan/08/installningar", changed, admin()).status, 303);
  std::vector<store::AuditEntry> audit;
  ASSERT_TRUE(db->read([&](soci::session& s) -> Status {
                  audit = store::list_audit(s, "county_portal", 8);
                  return {};
                })
                  .ok());
  ASSERT_EQ(audit.size(), 2u);
  EXPECT_EQ(audit[0].action, "create");
  EXPECT_EQ(audit[0].actor, "strateg@kalmar.example");
  EXPECT_EQ(audit[1].action, "update");
  EXPECT_EQ(audit[1].actor, "admin@example.se");
  EXPECT_EQ(nlohmann::json::parse(*audit[1].before_json)["email"], "kalmar@lansstyrelsen.se");
  EXPECT_EQ(nlohmann::json::parse(*audit[1].after_json)["email"], "jamstalldhet.kalmar@lansstyrelsen.se");
}

TEST_F(PortalSettingsTest, OnlyTheCountysStrategistsAndAdminsChangeIt) {
  for (const TestLogin* who : {&strategist_01(), &contact_a(), &coordinator()}) {
    EXPECT_EQ(get(*client, "/lan/08/installningar", who).status, 403) << who->email;
    EXPECT_EQ(post_form(*client, "/lan/08/installningar", contact_form("a@b.se"), *who).status, 403) << who->email;
  }
  auto anonymous = get(*client, "/lan/08/installningar", nullptr);
  EXPECT_EQ(anonymous.status, 303);
  EXPECT_EQ(anonymous.location.rfind("/logga-in", 0), 0u);
  EXPECT_EQ(post_form(*client, "/lan/08/installningar", contact_form("a@b.se"), strategist_08(), false).status, 403);
  EXPECT_EQ(get(*client, "/lan/99/installningar", &admin()).status, 404);
  EXPECT_FALSE(service::county_contact(*db, "08")->saved);
}

TEST_F(PortalSettingsTest, TheNationalPageListsTheCountiesWithStrategyAndJoinedOrganisations) {
  // Organisation A joins Kalmar's strategy and agrees to be listed.
  auto joining = service::create_record(*db, service::joining_rules(),
                                        {{"organisation_id", std::to_string(org_a)},
                                         {"decision_date", "2024-01-10"},
                                         {"action_plan_url", "https://kommun-a.example/plan"},
                                         {"publish_consent", "1"}},
                                        system_admin());
  ASSERT_TRUE(joining.ok()) << joining.error().to_string();
  ASSERT_TRUE(service::approve_joining(*db, std::stoll(joining->at("id")), "2024-02-01", system_admin()).ok());

  auto page = client->Get("/lan");
  ASSERT_TRUE(page);
  ASSERT_EQ(page->status, 200);
  const std::string& body = page->body;
  EXPECT_EQ(count_of(body, "<th scope=\"row\"><a href=\"/lan/"), 21u);
  EXPECT_TRUE(has(body, "<caption>Länen med antagen strategi och antal anslutna verksamheter</caption>"));
  EXPECT_TRUE(has(body, "<th scope=\"row\"><a href=\"/lan/08\">Kalmar län</a></th>"));
  EXPECT_TRUE(has(body, "<a href=\"/anslutna/08\">1</a>"));
  EXPECT_TRUE(has(body, "<a href=\"/anslutna/01\">0</a>"));
  // Kalmar's demo strategy 2024–2027 is adopted; Gotland has none.
  auto kalmar_row = body.substr(body.find("<a href=\"/lan/08\">"), 400);
  EXPECT_TRUE(has(kalmar_row, "<a href=\"/strategier/")) << kalmar_row;
  auto gotland_row = body.substr(body.find("<a href=\"/lan/09\">"), 300);
  EXPECT_TRUE(has(gotland_row, "Ingen antagen strategi")) << gotland_row;
  // The national compilation of the last whole year is linked: it is public.
  EXPECT_TRUE(has(body, "<a href=\"/nationellt/2025\">Nationell sammanställning 2025</a>"));
  EXPECT_EQ(client->Get("/nationellt/2025")->status, 200);
  EXPECT_EQ(count_of(body, "<h1"), 1u);
}
