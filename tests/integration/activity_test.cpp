// The activity register over HTTP on the real server: who may read,
// create, change and delete; CSRF; validation with the field named; links
// to co-organisers, strategy nodes and national sub-goals; counts checked
// against hand counts; and typed script or formula payloads coming back
// harmless in pages, CSV and XLSX.
#include <gtest/gtest.h>

#include <regex>

#include "service/activities/activity_register.hpp"
#include "test_accounts.hpp"
#include "test_server.hpp"
#include "unit/unzip_member.hpp"
#include "shared_helpers.hpp"

using jamt::testing::contains;

using namespace jamt;
using jamt::testing::TestLogin;
using nlohmann::json;

namespace {

const char* const kScript = "<script>alert('x')</script>";
const char* const kEscapedScript = "&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;";
const char* const kAttribute = "\"><img src=x onerror=alert(1)>";
const char* const kFormula = "=HYPERLINK(\"http://angripare.example\",\"Klicka\")";

}  // namespace

class Activities : public jamt::testing::ServerFixture {
 protected:
  void SetUp() override {
    ServerFixture::SetUp();
    kalmar = jamt::testing::add_organisation(*db, 1, "Kalmar kommun (test)", "08", "0880");
    vastervik = jamt::testing::add_organisation(*db, 2, "Västerviks kommun (test)", "08", "0883");
    stockholm = jamt::testing::add_organisation(*db, 3, "Stockholms stad (test)", "01", "0180");
    strategist = jamt::testing::sign_in(*db, "strateg@kalmar.test", Role::strategist, "08");
    other_strategist = jamt::testing::sign_in(*db, "strateg@stockholm.test", Role::strategist, "01");
    coordinator = jamt::testing::sign_in(*db, "samordnare@test.se", Role::coordinator);
    admin = jamt::testing::sign_in(*db, "admin@test.se", Role::admin);
    contact = jamt::testing::sign_in(*db, "kontakt@kalmar.test", Role::org_contact, "", kalmar);
    other_contact = jamt::testing::sign_in(*db, "kontakt@vastervik.test", Role::org_contact, "", vastervik);
  }

  json body(std::int64_t organiser, json extra = json::object()) {
    json b = {{"title", "Utbildning om våld"},
              {"type", "utbildning"},
              {"status", "genomford"},
              {"start_date", "2026-03-12"},
              {"organiser_id", organiser}};
    for (auto& [k, v] : extra.items()) b[k] = v;
    return b;
  }

  httplib::Headers headers(const TestLogin* who) { return who ? who->headers() : httplib::Headers{}; }

  httplib::Result post(const std::string& path, const json& b, const TestLogin* who) {
    return client->Post(path, headers(who), b.dump(), "application/json");
  }
  httplib::Result patch(const std::string& path, const json& b, const TestLogin* who) {
    return client->Patch(path, headers(who), b.dump(), "application/json");
  }
  httplib::Result get(const std::string& path, const TestLogin* who) { return client->Get(path, headers(who)); }
  httplib::Result remove(const std::string& path, const TestLogin* who) { return client->Delete(path, headers(who)); }

  // Creates an activity as the admin through the API; returns its id.
  std::int64_t create(const json& b) {
    auto r = post("/api/v1/activities", b, &admin);
    EXPECT_TRUE(r);
    if (!r) return 0;
    EXPECT_EQ(r->status, 201) << r->body;
    auto j = json::parse(r->body, nullptr, false);
    return j.is_object() && j.contains("id") ? j["id"].get<std::int64_t>() : 0;
  }

  // The error field of a 400 answer.
  std::string error_field(const httplib::Result& r) {
    if (!r || r->status != 400) return "(status " + (r ? std::to_string(r->status) : "none") + ")";
    auto j = json::parse(r->body, nullptr, false);
    return j["error"].value("field", "");
  }

  // The CSRF token printed in a page's forms.
  std::string page_csrf(const std::string& html) {
    std::smatch m;
    return std::regex_search(html, m, std::regex("name=\"csrf_token\" value=\"([0-9a-f]+)\"")) ? m[1].str() : "";
  }

  std::int64_t kalmar = 0, vastervik = 0, stockholm = 0;
  TestLogin strategist, other_strategist, coordinator, admin, contact, other_contact;
};

TEST_F(Activities, ApiSavesAndReturnsTheMultiValuedParts) {
  auto r = post("/api/v1/activities",
                body(kalmar, {{"end_date", "2026-03-13"},
                              {"co_organiser_ids", {vastervik, stockholm}},
                              {"goal_nodes", {"FO5", "FO5.1"}},
                              {"national_goals", {"2017:6", "2017:3"}},
                              {"participants_women", 34},
                              {"participants_men", "9"},
                              {"target_groups", "Socialtjänsten"}}),
                &strategist);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 201) << r->body;
  auto a = json::parse(r->body);
  EXPECT_EQ(a["county_code"], "08");
  EXPECT_EQ(a["co_organiser_ids"], json({vastervik, stockholm}));
  EXPECT_EQ(a["goal_nodes"], json({"FO5", "FO5.1"}));
  EXPECT_EQ(a["national_goals"], json({"2017:6", "2017:3"}));
  EXPECT_TRUE(a["strategy_id"].is_number());
  EXPECT_EQ(a["participants_women"], 34);
  EXPECT_EQ(a["participants_men"], 9);
  EXPECT_TRUE(a["participants_other"].is_null());
  EXPECT_EQ(a["published"], false);
  std::string one = "/api/v1/activities/" + std::to_string(a["id"].get<std::int64_t>());
  EXPECT_EQ(r->get_header_value("Location"), one);

  // PATCH replaces a list given, keeps the lists left out, null empties one.
  auto p = patch(one, {{"co_organiser_ids", {stockholm}}, {"goal_nodes", nullptr}}, &strategist);
  ASSERT_EQ(p->status, 200) << p->body;
  auto changed = json::parse(get(one, &strategist)->body);
  EXPECT_EQ(changed["co_organiser_ids"], json({stockholm}));
  EXPECT_EQ(changed["goal_nodes"], json::array());
  EXPECT_TRUE(changed["strategy_id"].is_null());
  EXPECT_EQ(changed["national_goals"], json({"2017:6", "2017:3"}));

  // The audit trail holds the links before and after.
  auto audit = json::parse(get("/api/v1/audit?entity=activity&id=" + a["id"].dump(), &strategist)->body);
  ASSERT_EQ(audit["entries"].size(), 2u) << audit.dump();
  EXPECT_EQ(audit["entries"][1]["before"]["goal_nodes"], json({"FO5", "FO5.1"}));
  EXPECT_EQ(audit["entries"][1]["after"]["co_organiser_ids"], json({stockholm}));
}

TEST_F(Activities, AuthorisationMatrixOverHttp) {
  std::int64_t hidden = create(body(kalmar));
  std::int64_t published = create(body(kalmar, {{"title", "Publicerad"}, {"published", true}}));
  struct Actor {
    const char* name;
    const TestLogin* login;
    int read, read_published, create, update, remove;
  };
  const Actor actors[] = {
      {"public", nullptr, 401, 200, 401, 401, 401},
      {"org contact, organiser", &contact, 200, 200, 201, 200, 204},
      // Those who cannot read the activity get 404 as for a missing one, and
      // 400 "Arrangör: finns inte" for an organiser they cannot read (issue 9).
      {"org contact, other organisation", &other_contact, 404, 200, 400, 404, 404},
      {"strategist, own county", &strategist, 200, 200, 201, 200, 204},
      {"strategist, other county", &other_strategist, 404, 200, 400, 404, 404},
      {"coordinator", &coordinator, 200, 200, 403, 403, 403},
      {"admin", &admin, 200, 200, 201, 200, 204},
  };
  for (const auto& a : actors) {
    SCOPED_TRACE(a.name);
    EXPECT_EQ(get("/api/v1/activities/" + std::to_string(hidden), a.login)->status, a.read);
    EXPECT_EQ(get("/api/v1/activities/" + std::to_string(published), a.login)->status, a.read_published);
    EXPECT_EQ(post("/api/v1/activities", body(kalmar), a.login)->status, a.create);
    EXPECT_EQ(patch("/api/v1/activities/" + std::to_string(hidden), {{"title", std::string("Ändrad av ") + a.name}},
                    a.login)
                  ->status,
              a.update);
    std::int64_t victim = create(body(kalmar, {{"title", "Att ta bort"}}));
    EXPECT_EQ(remove("/api/v1/activities/" + std::to_string(victim), a.login)->status, a.remove);
    EXPECT_EQ(get("/api/v1/activities/" + std::to_string(victim), &admin)->status, a.remove == 204 ? 404 : 200);
  }
  // A missing id answers 404 to everyone signed in, as one they may not read.
  EXPECT_EQ(get("/api/v1/activities/999999", &contact)->status, 404);
  EXPECT_EQ(get("/api/v1/activities/999999", &strategist)->status, 404);
}

TEST_F(Activities, ListsShowOnlyWhatTheViewerMayRead) {
  create(body(kalmar, {{"title", "Kalmars egen"}}));
  create(body(vastervik, {{"title", "Västerviks egen"}}));
  create(body(kalmar, {{"title", "Publicerad i Kalmar"}, {"published", true}}));
  create(body(stockholm, {{"title", "Stockholms egen"}}));
  auto titles = [&](const TestLogin* who) {
    std::set<std::string> out;
    auto j = json::parse(get("/api/v1/activities", who)->body);
    for (const auto& item : j["items"]) out.insert(item["title"].get<std::string>());
    return out;
  };
  using S = std::set<std::string>;
  EXPECT_EQ(titles(nullptr), S({"Publicerad i Kalmar"}));
  EXPECT_EQ(titles(&contact), S({"Kalmars egen", "Publicerad i Kalmar"}));
  EXPECT_EQ(titles(&other_contact), S({"Västerviks egen", "Publicerad i Kalmar"}));
  EXPECT_EQ(titles(&strategist), S({"Kalmars egen", "Västerviks egen", "Publicerad i Kalmar"}));
  EXPECT_EQ(titles(&other_strategist), S({"Stockholms egen", "Publicerad i Kalmar"}));
  EXPECT_EQ(titles(&coordinator).size(), 4u);

  // Pages: the public sees the published one; an unpublished one sends
  // them to the login page; another organisation's contact gets 404.
  auto list = get("/insatser", nullptr);
  ASSERT_EQ(list->status, 200);
  EXPECT_TRUE(contains(list->body, "Publicerad i Kalmar"));
  EXPECT_FALSE(contains(list->body, "Kalmars egen"));
  auto items = json::parse(get("/api/v1/activities?q=Kalmars", &strategist)->body)["items"];
  ASSERT_EQ(items.size(), 1u);
  std::string page = "/insatser/" + items[0]["id"].dump();
  EXPECT_EQ(get(page, nullptr)->status, 303);
  EXPECT_EQ(get(page, &other_contact)->status, 404);
  EXPECT_EQ(get(page, &contact)->status, 200);
  EXPECT_EQ(get(page + "/andra", &other_contact)->status, 404);
  EXPECT_EQ(get("/insatser/ny", &coordinator)->status, 403);
}

TEST_F(Activities, OrganisationContactsCannotMoveOrPublishActivities) {
  auto r = post("/api/v1/activities", body(kalmar), &contact);
  ASSERT_EQ(r->status, 201) << r->body;
  std::string one = "/api/v1/activities/" + json::parse(r->body)["id"].dump();
  // Another organisation is outside the contact's scope: as if it did not exist.
  EXPECT_EQ(patch(one, {{"organiser_id", vastervik}}, &contact)->status, 400);
  EXPECT_EQ(patch(one, {{"published", true}}, &contact)->status, 403);
  EXPECT_EQ(post("/api/v1/activities", body(kalmar, {{"published", true}}), &contact)->status, 403);
  // Sending the value it already has is not a change.
  EXPECT_EQ(patch(one, {{"published", false}, {"title", "Nytt namn"}}, &contact)->status, 200);
  // A co-organised activity is not the co-organiser's to change.
  std::int64_t joint = create(body(vastervik, {{"co_organiser_ids", {kalmar}}}));
  EXPECT_EQ(patch("/api/v1/activities/" + std::to_string(joint), {{"title", "x"}}, &contact)->status, 403);

  // The strategist publishes; only genomförda activities can be published,
  // and a published one stops being public when its status changes.
  EXPECT_EQ(patch(one, {{"published", true}}, &strategist)->status, 200);
  EXPECT_EQ(get(one, nullptr)->status, 200);
  auto back = patch(one, {{"status", "pagar"}}, &strategist);
  ASSERT_EQ(back->status, 200);
  EXPECT_EQ(json::parse(back->body)["published"], false);
  EXPECT_EQ(get(one, nullptr)->status, 401);
  EXPECT_EQ(error_field(patch(one, {{"published", true}}, &strategist)), "published");
}

TEST_F(Activities, ChangesNeedTheCsrfToken) {
  auto no_token = client->Post("/api/v1/activities", strategist.cookie_only(), body(kalmar).dump(), "application/json");
  EXPECT_EQ(no_token->status, 403);
  EXPECT_TRUE(contains(no_token->body, "csrf"));
  httplib::Headers wrong{{"Cookie", "jamt_session=" + strategist.cookie}, {"X-CSRF-Token", std::string(32, 'a')}};
  EXPECT_EQ(client->Post("/api/v1/activities", wrong, body(kalmar).dump(), "application/json")->status, 403);
  std::int64_t id = create(body(kalmar));
  std::string one = "/api/v1/activities/" + std::to_string(id);
  EXPECT_EQ(client->Patch(one, wrong, json({{"title", "x"}}).dump(), "application/json")->status, 403);
  EXPECT_EQ(client->Delete(one, wrong)->status, 403);

  // The forms: without the token or with a wrong one nothing is saved.
  httplib::Params form{{"title", "Via formuläret"}, {"type", "kampanj"}, {"status", "planerad"},
                       {"start_date", "2026-05-01"}, {"organiser_id", std::to_string(kalmar)}};
  EXPECT_EQ(client->Post("/insatser/ny", strategist.cookie_only(), form)->status, 403);
  auto with_wrong = form;
  with_wrong.emplace("csrf_token", std::string(32, 'b'));
  EXPECT_EQ(client->Post("/insatser/ny", strategist.cookie_only(), with_wrong)->status, 403);
  EXPECT_EQ(client->Post("/insatser/" + std::to_string(id) + "/ta-bort", strategist.cookie_only(), httplib::Params{})->status,
            403);
  EXPECT_EQ(json::parse(get("/api/v1/activities?q=formul", &strategist)->body)["count"], 0);
  EXPECT_EQ(get(one, &strategist)->status, 200);

  // With the page's token the form saves and redirects to the activity.
  std::string token = page_csrf(get("/insatser/ny", &strategist)->body);
  ASSERT_FALSE(token.empty());
  auto good = form;
  good.emplace("csrf_token", token);
  good.emplace("national_goals", "2017:6");
  good.emplace("national_goals", "2017:5");
  good.emplace("co_organiser_ids", std::to_string(vastervik));
  auto saved = client->Post("/insatser/ny", strategist.cookie_only(), good);
  ASSERT_EQ(saved->status, 303) << saved->body;
  auto items = json::parse(get("/api/v1/activities?q=formul", &strategist)->body)["items"];
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0]["national_goals"], json({"2017:6", "2017:5"}));
  EXPECT_EQ(items[0]["co_organiser_ids"], json({vastervik}));
}

TEST_F(Activities, ValidationAnswers400WithTheField) {
  struct Case {
    json extra;
    std::string field;
  };
  const Case cases[] = {
      {{{"title", ""}}, "title"},
      {{{"type", "fest"}}, "type"},
      {{{"status", "klar"}}, "status"},
      {{{"start_date", "2026-02-30"}}, "start_date"},
      {{{"end_date", "2026-03-01"}}, "end_date"},
      {{{"organiser_id", 999999}}, "organiser_id"},
      {{{"participants_women", -3}}, "participants_women"},
      {{{"participants_men", "många"}}, "participants_men"},
      {{{"goal_nodes", {"FO99"}}}, "goal_nodes"},
      {{{"national_goals", {"2017:9"}}}, "national_goals"},
      {{{"co_organiser_ids", {999999}}}, "co_organiser_ids"},
      {{{"county_code", "01"}}, "county_code"},
      {{{"colour", "röd"}}, "colour"},
      {{{"national_goals", "2017:6"}}, "national_goals"},
      {{{"start_date", "2031-01-10"}, {"goal_nodes", {"FO5"}}}, "goal_nodes"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.extra.dump());
    EXPECT_EQ(error_field(post("/api/v1/activities", body(kalmar, c.extra), &strategist)), c.field);
  }
  auto same = post("/api/v1/activities", body(kalmar, {{"co_organiser_ids", {kalmar}}}), &strategist);
  EXPECT_EQ(error_field(same), "co_organiser_ids");
  auto j = json::parse(same->body);
  EXPECT_EQ(j["error"]["code"], "validation");
  EXPECT_TRUE(contains(j["error"]["message"], "Medarrangörer"));
  EXPECT_EQ(error_field(client->Get("/api/v1/activities?year=tjugo", strategist.headers())), "year");
  EXPECT_EQ(error_field(client->Get("/api/v1/activities?national_goal=2017:7", strategist.headers())), "national_goal");
  EXPECT_EQ(error_field(client->Get("/api/v1/activities/summary?year=2026", strategist.headers())), "county");
  EXPECT_EQ(json::parse(get("/api/v1/activities", &admin)->body)["count"], 0);
}

TEST_F(Activities, FormKeepsWhatWasTypedAndShowsTheMessageBesideTheField) {
  std::string token = page_csrf(get("/insatser/ny", &strategist)->body);
  httplib::Params form{{"csrf_token", token},          {"title", "Nätverksträff i Kalmar"},
                       {"type", "natverkstraff"},      {"status", "genomford"},
                       {"start_date", "2026-06-10"},   {"end_date", "2026-06-01"},
                       {"organiser_id", std::to_string(kalmar)}, {"target_groups", "Chefer"},
                       {"national_goals", "2017:1"},   {"goal_nodes", "FO1.1"}};
  auto r = client->Post("/insatser/ny", strategist.cookie_only(), form);
  ASSERT_EQ(r->status, 400);
  EXPECT_TRUE(contains(r->body, "id=\"end_date-error\">Slutdatum: får inte vara före startdatum"));
  EXPECT_TRUE(contains(r->body, "value=\"Nätverksträff i Kalmar\""));
  EXPECT_TRUE(contains(r->body, "value=\"2026-06-01\""));
  EXPECT_TRUE(contains(r->body, "value=\"Chefer\""));
  EXPECT_TRUE(std::regex_search(r->body, std::regex("value=\"2017:1\" checked")));
  EXPECT_TRUE(std::regex_search(r->body, std::regex("value=\"FO1.1\" checked")));
  EXPECT_TRUE(std::regex_search(r->body, std::regex("<option value=\"natverkstraff\" selected>")));
  EXPECT_TRUE(contains(r->body, "href=\"#field-end_date\""));
  EXPECT_EQ(json::parse(get("/api/v1/activities", &admin)->body)["count"], 0);
}

TEST_F(Activities, ScriptAndFormulaPayloadsComeBackHarmless) {
  std::int64_t evil_org = jamt::testing::add_organisation(*db, 9, std::string("Org ") + kScript, "08");
  std::int64_t id = create(body(kalmar, {{"title", std::string(kScript) + kAttribute},
                                         {"target_groups", std::string(kFormula) + " " + kScript},
                                         {"description", std::string("-2+3 ") + kScript},
                                         {"co_organiser_ids", {evil_org}},
                                         {"participants_women", 34},
                                         {"published", true}}));
  ASSERT_GT(id, 0);
  for (const std::string& path : std::vector<std::string>{"/insatser", "/insatser/" + std::to_string(id), "/insatser/" + std::to_string(id) + "/andra",
                                 "/insatser/sammanstallning?county=08&year=2026"}) {
    SCOPED_TRACE(path);
    auto page = get(path, &strategist);
    ASSERT_EQ(page->status, 200);
    EXPECT_FALSE(contains(page->body, kScript));
    EXPECT_FALSE(contains(page->body, "<img src=x"));
    if (path != "/insatser/sammanstallning?county=08&year=2026") { EXPECT_TRUE(contains(page->body, kEscapedScript)); }
  }
  EXPECT_TRUE(contains(get("/insatser/" + std::to_string(id), &strategist)->body, "Org " + std::string(kEscapedScript)));
  auto searched = get("/insatser?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", &strategist);
  EXPECT_FALSE(contains(searched->body, "<script>alert(1)"));
  EXPECT_TRUE(contains(searched->body, "value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""));
  EXPECT_FALSE(contains(get("/insatser", nullptr)->body, kScript));

  // CSV: the text as typed (it is not HTML), but formulas neutralised.
  auto csv = get("/insatser/export.csv", &strategist);
  ASSERT_EQ(csv->status, 200);
  EXPECT_EQ(csv->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(csv->body.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_TRUE(contains(csv->body, "\r\n"));
  EXPECT_TRUE(contains(csv->body, ";\"'=HYPERLINK(\"\"http://angripare.example\"\",\"\"Klicka\"\") <script>"));
  EXPECT_TRUE(contains(csv->body, ";'-2+3 <script>"));
  EXPECT_FALSE(contains(csv->body, ";=HYPERLINK"));
  EXPECT_FALSE(contains(csv->body, ";-2+3"));
  EXPECT_TRUE(contains(csv->body, ";34;"));

  // XLSX: a workbook whose text cells hold the payloads as text.
  auto xlsx = get("/insatser/export.xlsx", &strategist);
  ASSERT_EQ(xlsx->status, 200);
  EXPECT_EQ(xlsx->get_header_value("Content-Type"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  std::string strings = jamt::testing::unzip_member(xlsx->body, "xl/sharedStrings.xml");
  std::string sheet = jamt::testing::unzip_member(xlsx->body, "xl/worksheets/sheet1.xml");
  ASSERT_FALSE(strings.empty());
  ASSERT_FALSE(sheet.empty());
  EXPECT_TRUE(contains(strings, "<t>=HYPERLINK(\"http://angripare.example\",\"Klicka\") &lt;script&gt;"));
  EXPECT_TRUE(contains(strings, "&lt;script&gt;alert('x')&lt;/script&gt;\"&gt;&lt;img src=x"));
  EXPECT_FALSE(contains(strings, "<script>"));
  EXPECT_FALSE(contains(sheet, "<f>"));
  EXPECT_FALSE(contains(sheet, "<f "));
  // Participants (column N) are numbers, not text.
  EXPECT_TRUE(std::regex_search(sheet, std::regex(R"(<c r="N2"[^>]*><v>34</v></c>)"))) << sheet;
  // The public's export holds only published activities: here, this one.
  EXPECT_EQ(get("/insatser/export.csv", nullptr)->status, 200);
}

TEST_F(Activities, CountsMatchHandCounts) {
  // 2026: a1–a4 and a6 (which spans the new year); a5 is 2025 only.
  create(body(kalmar, {{"title", "a1"}, {"national_goals", {"2017:6"}}, {"goal_nodes", {"FO5", "FO5.1"}},
                       {"co_organiser_ids", {vastervik}}, {"participants_women", 10}, {"participants_men", 5},
                       {"participants_other", 1}, {"published", true}}));
  create(body(kalmar, {{"title", "a2"}, {"national_goals", {"2017:6", "2017:2"}}, {"goal_nodes", {"FO5.1"}},
                       {"participants_women", 3}, {"participants_men", 7}}));
  create(body(vastervik, {{"title", "a3"}, {"status", "planerad"}, {"type", "konferens"},
                          {"national_goals", {"2017:2"}}, {"goal_nodes", {"FO1"}},
                          {"co_organiser_ids", {kalmar, stockholm}}, {"participants_women", 0}}));
  create(body(kalmar, {{"title", "a4"}, {"type", "kampanj"}, {"participants_women", 2}}));
  create(body(kalmar, {{"title", "a5"}, {"start_date", "2025-04-01"}, {"national_goals", {"2017:6"}},
                       {"participants_women", 50}}));
  create(body(vastervik, {{"title", "a6"}, {"start_date", "2025-12-01"}, {"end_date", "2026-01-31"},
                          {"national_goals", {"2017:5"}}, {"co_organiser_ids", {kalmar}}, {"participants_women", 4},
                          {"participants_men", 4}}));
  create(body(stockholm, {{"title", "annat län"}, {"national_goals", {"2017:6"}}}));

  auto s = json::parse(get("/api/v1/activities/summary?county=08&year=2026", &strategist)->body);
  EXPECT_EQ(s["county"], "08");
  EXPECT_EQ(s["year"], 2026);
  EXPECT_TRUE(s["strategy"].is_object());
  EXPECT_EQ(s["total"], 5);
  EXPECT_EQ(s["joint"], 3);
  EXPECT_EQ(s["completed_with_national_goal"], 3);
  EXPECT_EQ(s["participants"]["women"], 19);
  EXPECT_EQ(s["participants"]["men"], 16);
  EXPECT_EQ(s["participants"]["other"], 1);
  EXPECT_EQ(s["participants"]["total"], 36);
  EXPECT_NEAR(s["participants"]["women_share"].get<double>(), 100.0 * 19 / 35, 1e-9);
  std::map<std::string, int> goals, nodes, nodes_below, types;
  for (const auto& g : s["by_national_goal"]) goals[g["code"]] = g["count"];
  for (const auto& n : s["by_goal_node"]) {
    nodes[n["code"]] = n["count"];
    nodes_below[n["code"]] = n["count_with_descendants"];
  }
  for (const auto& t : s["by_type"]) types[t["code"]] = t["count"];
  EXPECT_EQ(goals, (std::map<std::string, int>{{"2017:1", 0}, {"2017:2", 2}, {"2017:3", 0}, {"2017:4", 0}, {"2017:5", 1}, {"2017:6", 2}}));
  EXPECT_EQ(nodes["FO5"], 1);
  EXPECT_EQ(nodes["FO5.1"], 2);
  EXPECT_EQ(nodes_below["FO5"], 2);
  EXPECT_EQ(nodes_below["6"], 2);
  EXPECT_EQ(nodes["FO1"], 1);
  EXPECT_EQ(nodes_below["0"], 3);
  EXPECT_EQ(nodes.size(), 44u);  // every node of Kalmar's strategy
  EXPECT_EQ(types["utbildning"], 3);
  EXPECT_EQ(types["konferens"], 1);
  EXPECT_EQ(types["kampanj"], 1);

  auto y2025 = json::parse(get("/api/v1/activities/summary?county=08&year=2025", &strategist)->body);
  EXPECT_EQ(y2025["total"], 2);
  auto done = json::parse(get("/api/v1/activities/summary?county=08&year=2026&status=genomford", &strategist)->body);
  EXPECT_EQ(done["total"], 4);  // a1, a2, a4, a6
  // The public counts only what is published.
  auto open = json::parse(get("/api/v1/activities/summary?county=08&year=2026", nullptr)->body);
  EXPECT_EQ(open["total"], 1);

  // Filters of the list agree with the counts.
  auto count = [&](const std::string& query) {
    return json::parse(get("/api/v1/activities?" + query, &strategist)->body)["count"].get<int>();
  };
  EXPECT_EQ(count("county=08&year=2026&national_goal=2017:6"), 2);
  EXPECT_EQ(count("county=08&year=2026&goal_node=FO5.1"), 2);
  EXPECT_EQ(count("county=08&organiser=" + std::to_string(kalmar)), 6);  // organiser or co-organiser
  EXPECT_EQ(count("county=08&type=konferens"), 1);
  EXPECT_EQ(count("county=08&status=planerad"), 1);
  EXPECT_EQ(count("year=2025"), 2);

  // The page shows the same numbers, formatted the Swedish way.
  auto page = get("/insatser/sammanstallning?county=08&year=2026", &strategist);
  ASSERT_EQ(page->status, 200);
  EXPECT_TRUE(contains(page->body, "<dt>Gemensamma insatser (fler än en arrangör)</dt><dd>3</dd>"));
  EXPECT_TRUE(contains(page->body, "<dt>Andel kvinnor av deltagarna</dt><dd>54,3 %</dd>"));
  EXPECT_TRUE(std::regex_search(page->body, std::regex("2017:6 Mäns våld mot kvinnor ska upphöra</a></th><td class=\"number\">2</td>")));
}

TEST_F(Activities, DeletingRemovesTheLinksAndOrganisationsInUseStay) {
  std::int64_t id = create(body(kalmar, {{"co_organiser_ids", {vastervik}}, {"national_goals", {"2017:6"}}}));
  // An organisation that co-organises an activity cannot be deleted.
  auto org = client->Delete("/api/v1/organisations/" + std::to_string(vastervik), admin.headers());
  EXPECT_EQ(org->status, 409) << org->body;
  ASSERT_EQ(remove("/api/v1/activities/" + std::to_string(id), &strategist)->status, 204);
  EXPECT_EQ(client->Delete("/api/v1/organisations/" + std::to_string(vastervik), admin.headers())->status, 204);
  auto audit = json::parse(get("/api/v1/audit?entity=activity&id=" + std::to_string(id), &strategist)->body);
  ASSERT_EQ(audit["entries"].size(), 2u);
  EXPECT_EQ(audit["entries"][1]["action"], "delete");
  EXPECT_EQ(audit["entries"][1]["before"]["national_goals"], json({"2017:6"}));
}
