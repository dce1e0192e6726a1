// The organisation register over real HTTP: who may do what (role × action
// × own/other), CSRF, validation with the field named, escaping in pages
// and exports, and the audit trail.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include "test_accounts.hpp"
#include "test_server.hpp"

using namespace jamt;
using namespace jamt::testing;
using json = nlohmann::json;

namespace {

class Organisations : public ServerFixture {
 protected:
  void SetUp() override {
    ServerFixture::SetUp();
    kalmar_a = add_organisation(*db, 1, "Kalmar A", "08", "0880");
    kalmar_b = add_organisation(*db, 2, "Kalmar B", "08", "0882");
    stockholm = add_organisation(*db, 3, "Stockholm C", "01", "0180");
    admin = sign_in(*db, "admin@test.se", Role::admin);
    strategist = sign_in(*db, "strateg08@test.se", Role::strategist, "08");
    other_strategist = sign_in(*db, "strateg01@test.se", Role::strategist, "01");
    coordinator = sign_in(*db, "samordnare@test.se", Role::coordinator);
    contact = sign_in(*db, "kontakt@test.se", Role::org_contact, "", kalmar_a);
  }

  int status_of(const httplib::Result& r) { return r ? r->status : -1; }
  int get(const std::string& path, const TestLogin* who) {
    return status_of(who ? client->Get(path, who->headers()) : client->Get(path));
  }
  int patch(const std::string& path, const json& body, const TestLogin* who) {
    return status_of(client->Patch(path, who ? who->headers() : httplib::Headers{}, body.dump(), "application/json"));
  }
  int post(const std::string& path, const json& body, const TestLogin* who) {
    return status_of(client->Post(path, who ? who->headers() : httplib::Headers{}, body.dump(), "application/json"));
  }
  std::string org(std::int64_t id) { return "/api/v1/organisations/" + std::to_string(id); }
  json new_org(int n, const std::string& municipality) {
    return {{"name", "Ny " + std::to_string(n)},
            {"org_number", service::demo_org_number(2000 + n)},
            {"type", "civilsamhalle"},
            {"municipality_code", municipality}};
  }
  std::vector<std::string> listed(const TestLogin& who) {
    auto r = client->Get("/api/v1/organisations", who.headers());
    std::vector<std::string> names;
    if (!r || r->status != 200) return names;
    auto body = json::parse(r->body);
    for (const auto& item : body["items"]) names.push_back(item["name"]);
    return names;
  }

  std::int64_t kalmar_a = 0, kalmar_b = 0, stockholm = 0;
  TestLogin admin, strategist, other_strategist, coordinator, contact;
};

TEST_F(Organisations, ThePublicMustLogIn) {
  EXPECT_EQ(get("/api/v1/organisations", nullptr), 401);
  EXPECT_EQ(get(org(kalmar_a), nullptr), 401);
  EXPECT_EQ(post("/api/v1/organisations", new_org(1, "0880"), nullptr), 401);
  EXPECT_EQ(patch(org(kalmar_a), {{"website", "https://a.se"}}, nullptr), 401);
  EXPECT_EQ(status_of(client->Delete(org(kalmar_a))), 401);
  auto page = client->Get("/organisationer");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 303);
  EXPECT_EQ(page->get_header_value("Location"), "/logga-in?next=/organisationer");
}

TEST_F(Organisations, EachRoleSeesItsOwnPart) {
  EXPECT_EQ(listed(admin), (std::vector<std::string>{"Kalmar A", "Kalmar B", "Stockholm C"}));
  EXPECT_EQ(listed(coordinator), (std::vector<std::string>{"Kalmar A", "Kalmar B", "Stockholm C"}));
  EXPECT_EQ(listed(strategist), (std::vector<std::string>{"Kalmar A", "Kalmar B"}));
  EXPECT_EQ(listed(other_strategist), (std::vector<std::string>{"Stockholm C"}));
  EXPECT_EQ(listed(contact), (std::vector<std::string>{"Kalmar A"}));
}

TEST_F(Organisations, AuthorisationMatrix) {
  struct Case {
    const char* who;
    const TestLogin* login;
    int read_own, read_other, create_own_county, create_other_county, update_own, update_other, delete_other;
  };
  // "own" is Kalmar A (the contact's organisation, in the strategist's
  // county); "other" is Stockholm C. What a role cannot read answers 404,
  // as a missing organisation does (issue 9, item 14).
  const Case cases[] = {
      {"admin", &admin, 200, 200, 201, 201, 200, 200, 204},
      {"coordinator", &coordinator, 200, 200, 403, 403, 403, 403, 403},
      {"strategist 08", &strategist, 200, 404, 201, 403, 200, 404, 404},
      {"strategist 01", &other_strategist, 404, 200, 403, 201, 404, 200, 0},
      {"contact of A", &contact, 200, 404, 403, 403, 200, 404, 404},
  };
  int n = 0;
  for (const auto& c : cases) {
    SCOPED_TRACE(c.who);
    EXPECT_EQ(get(org(kalmar_a), c.login), c.read_own);
    EXPECT_EQ(get(org(stockholm), c.login), c.read_other);
    EXPECT_EQ(post("/api/v1/organisations", new_org(++n, "0880"), c.login), c.create_own_county);
    EXPECT_EQ(post("/api/v1/organisations", new_org(++n, "0180"), c.login), c.create_other_county);
    EXPECT_EQ(patch(org(kalmar_a), {{"website", "https://a" + std::to_string(n) + ".se"}}, c.login), c.update_own);
    EXPECT_EQ(patch(org(stockholm), {{"website", "https://c" + std::to_string(n) + ".se"}}, c.login), c.update_other);
    if (c.delete_other) {
      auto extra = add_organisation(*db, 100 + n, "Att ta bort", "01", "0180");
      EXPECT_EQ(status_of(client->Delete(org(extra), c.login->headers())), c.delete_other);
    }
  }
}

TEST_F(Organisations, ContactsCannotDeleteOrMoveTheirOrganisation) {
  EXPECT_EQ(status_of(client->Delete(org(kalmar_a), contact.headers())), 403);
  EXPECT_EQ(patch(org(kalmar_a), {{"municipality_code", "0180"}, {"county_code", "01"}}, &contact), 403);
  EXPECT_EQ(patch(org(kalmar_a), {{"municipality_code", "0180"}, {"county_code", "01"}}, &strategist), 403);
}

TEST_F(Organisations, MissingAndForeignRecordsLookTheSameToAContact) {
  auto foreign = client->Get(org(kalmar_b), contact.headers());
  auto missing = client->Get(org(999999), contact.headers());
  ASSERT_TRUE(foreign && missing);
  EXPECT_EQ(foreign->status, 404);
  EXPECT_EQ(missing->status, 404);
  EXPECT_EQ(foreign->body, missing->body);
  EXPECT_EQ(get(org(999999), &strategist), 404);
}

TEST_F(Organisations, ChangesWithoutTheCsrfTokenAreRefused) {
  json body = new_org(7, "0880");
  auto without = client->Post("/api/v1/organisations", strategist.cookie_only(), body.dump(), "application/json");
  ASSERT_TRUE(without);
  EXPECT_EQ(without->status, 403);
  EXPECT_EQ(json::parse(without->body)["error"]["code"], "csrf");
  auto wrong_headers = strategist.cookie_only();
  wrong_headers.emplace("X-CSRF-Token", std::string(64, 'a'));
  EXPECT_EQ(status_of(client->Post("/api/v1/organisations", wrong_headers, body.dump(), "application/json")), 403);
  EXPECT_EQ(status_of(client->Patch(org(kalmar_a), strategist.cookie_only(), R"({"website":"https://x.se"})",
                                    "application/json")),
            403);
  EXPECT_EQ(status_of(client->Delete(org(kalmar_b), wrong_headers)), 403);
  // The form too: a post without the hidden field changes nothing.
  httplib::Params form{{"name", "Utan token"}, {"org_number", service::demo_org_number(3007)}, {"type", "kommun"},
                       {"municipality_code", "0880"}};
  EXPECT_EQ(status_of(client->Post("/organisationer/ny", strategist.cookie_only(), form)), 403);
  EXPECT_EQ(listed(strategist).size(), 2u);
}

TEST_F(Organisations, OrganisationNumbersAreChecked) {
  auto answer = [&](const std::string& number) {
    json body = new_org(9, "0880");
    body["org_number"] = number;
    auto r = client->Post("/api/v1/organisations", strategist.headers(), body.dump(), "application/json");
    return r ? std::make_pair(r->status, json::parse(r->body)) : std::make_pair(-1, json());
  };
  auto [ok_status, ok] = answer("202100-5489");
  EXPECT_EQ(ok_status, 201);
  EXPECT_EQ(ok["org_number"], "202100-5489");
  EXPECT_EQ(ok["county_code"], "08");

  auto [wrong_status, wrong] = answer("202100-5488");
  EXPECT_EQ(wrong_status, 400);
  EXPECT_EQ(wrong["error"]["code"], "validation");
  EXPECT_EQ(wrong["error"]["field"], "org_number");
  EXPECT_NE(wrong["error"]["message"].get<std::string>().find("kontrollsiffra"), std::string::npos);

  auto [short_status, too_short] = answer("202100-548");
  EXPECT_EQ(short_status, 400);
  EXPECT_EQ(too_short["error"]["field"], "org_number");
  EXPECT_NE(too_short["error"]["message"].get<std::string>().find("10 siffror"), std::string::npos);

  auto [dup_status, dup] = answer("2021005489");
  EXPECT_EQ(dup_status, 409);
  EXPECT_EQ(dup["error"]["field"], "org_number");
}

TEST_F(Organisations, AFormKeepsWhatWasTypedAndShowsEachMessageBesideItsField) {
  auto page = client->Get("/organisationer/ny", strategist.headers());
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  httplib::Params form{{"csrf_token", strategist.csrf_token}, {"name", "Föreningen Exempel"},
                       {"org_number", "202100-5488"},         {"type", "civilsamhalle"},
                       {"municipality_code", "0880"},         {"website", "exempel.se"}};
  auto r = client->Post("/organisationer/ny", strategist.cookie_only(), form);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(r->body.find("value=\"Föreningen Exempel\""), std::string::npos);
  EXPECT_NE(r->body.find("value=\"202100-5488\""), std::string::npos);
  EXPECT_NE(r->body.find("value=\"exempel.se\""), std::string::npos);
  EXPECT_NE(r->body.find("<option value=\"civilsamhalle\" selected>"), std::string::npos);
  EXPECT_NE(r->body.find("id=\"org_number-error\""), std::string::npos);
  EXPECT_NE(r->body.find("id=\"website-error\""), std::string::npos);
  EXPECT_NE(r->body.find("href=\"#field-org_number\""), std::string::npos);
  EXPECT_EQ(listed(strategist).size(), 2u);

  form.erase("org_number");
  form.emplace("org_number", "202100-5489");
  form.erase("website");
  form.emplace("website", "https://exempel.se");
  auto saved = client->Post("/organisationer/ny", strategist.cookie_only(), form);
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->status, 303);
  EXPECT_EQ(listed(strategist).size(), 3u);
}

TEST_F(Organisations, TypedMarkupComesBackEscapedInPagesAndExports) {
  const std::string payload = "<script>alert('x')</script><b onmouseover=\"y\">";
  json body = new_org(11, "0880");
  body["name"] = payload;
  auto r = client->Post("/api/v1/organisations", strategist.headers(), body.dump(), "application/json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 201) << r->body;
  auto id = json::parse(r->body)["id"].get<std::int64_t>();
  for (const std::string& path : std::vector<std::string>{"/organisationer", "/organisationer/" + std::to_string(id),
                                                          "/organisationer/" + std::to_string(id) + "/andra"}) {
    auto page = client->Get(path, strategist.headers());
    ASSERT_TRUE(page);
    EXPECT_EQ(page->status, 200) << path;
    EXPECT_EQ(page->body.find("<script>alert"), std::string::npos) << path;
    EXPECT_EQ(page->body.find("<b onmouseover"), std::string::npos) << path;
    EXPECT_NE(page->body.find("&lt;script&gt;"), std::string::npos) << path;
  }
  auto csv = client->Get("/organisationer/export.csv", strategist.headers());
  ASSERT_TRUE(csv);
  EXPECT_EQ(csv->status, 200);
  EXPECT_EQ(csv->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(csv->body.rfind("\xEF\xBB\xBF", 0), 0u);
  // CSV is not HTML: the text is kept as typed, quoted where needed.
  EXPECT_NE(csv->body.find("<script>alert('x')</script><b onmouseover=\"\"y\"\">"), std::string::npos);
}

TEST_F(Organisations, SearchAndFilter) {
  auto found = client->Get("/api/v1/organisations?q=kalmar%20b", admin.headers());
  ASSERT_TRUE(found);
  auto items = json::parse(found->body)["items"];
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0]["name"], "Kalmar B");
  auto filtered = json::parse(client->Get("/api/v1/organisations?county_code=01", admin.headers())->body);
  EXPECT_EQ(filtered["count"], 1);
  auto bad = client->Get("/api/v1/organisations?colour=red", admin.headers());
  EXPECT_EQ(bad->status, 400);
  EXPECT_EQ(json::parse(bad->body)["error"]["field"], "colour");
  auto page = client->Get("/organisationer?q=Stockholm", admin.headers());
  EXPECT_NE(page->body.find("Stockholm C"), std::string::npos);
  EXPECT_EQ(page->body.find("Kalmar B"), std::string::npos);
}

TEST_F(Organisations, EveryChangeIsInTheAuditTrail) {
  ASSERT_EQ(patch(org(kalmar_a), {{"cemr_signed", "2019-05-14"}}, &contact), 200);
  auto trail = client->Get("/api/v1/audit?entity=organisation&id=" + std::to_string(kalmar_a), strategist.headers());
  ASSERT_TRUE(trail);
  ASSERT_EQ(trail->status, 200) << trail->body;
  auto entries = json::parse(trail->body)["entries"];
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0]["action"], "create");
  EXPECT_EQ(entries[1]["action"], "update");
  EXPECT_EQ(entries[1]["actor"], "kontakt@test.se");
  EXPECT_TRUE(entries[1]["before"]["cemr_signed"].is_null());
  EXPECT_EQ(entries[1]["after"]["cemr_signed"], "2019-05-14");
  const std::string path = "/api/v1/audit?entity=organisation&id=" + std::to_string(kalmar_a);
  EXPECT_EQ(get(path, nullptr), 401);
  EXPECT_EQ(get(path, &contact), 403);
  EXPECT_EQ(get(path, &other_strategist), 403);
  EXPECT_EQ(get(path, &admin), 200);
  auto page = client->Get("/organisationer/" + std::to_string(kalmar_a), strategist.headers());
  EXPECT_NE(page->body.find("kontakt@test.se"), std::string::npos);
  EXPECT_NE(page->body.find("CEMR-deklarationen undertecknad: 2019-05-14"), std::string::npos);
}

TEST_F(Organisations, APersonCanBeExportedAndErasedWithoutATrace) {
  auto created = client->Post("/api/v1/people", contact.headers(),
                              json{{"name", "Greta Raderasson"}, {"email", "greta@exempel.se"},
                                   {"phone", "0480-123 45"}, {"organisation_id", kalmar_a}, {"role", "kontaktperson"}}
                                  .dump(),
                              "application/json");
  ASSERT_TRUE(created);
  ASSERT_EQ(created->status, 201) << created->body;
  auto id = json::parse(created->body)["id"].get<std::int64_t>();
  const std::string person = "/api/v1/people/" + std::to_string(id);
  EXPECT_EQ(patch(person, {{"phone", "0480-999 99"}}, &contact), 200);
  EXPECT_EQ(get(person, &other_strategist), 404);

  auto exported = client->Get(person + "/export", contact.headers());
  ASSERT_TRUE(exported);
  ASSERT_EQ(exported->status, 200);
  auto data = json::parse(exported->body);
  EXPECT_EQ(data["person"]["name"], "Greta Raderasson");
  EXPECT_EQ(data["person"]["phone"], "0480-999 99");

  EXPECT_EQ(status_of(client->Delete(person, contact.headers())), 204);
  EXPECT_EQ(get(person, &strategist), 404);
  std::string everything;
  Status st = db->read([&](soci::session& s) -> Status {
    std::string before, after;
    soci::indicator bi, ai;
    soci::statement q = (s.prepare << "SELECT before_json, after_json FROM audit_log", soci::into(before, bi),
                         soci::into(after, ai));
    q.execute();
    while (q.fetch()) everything += (bi == soci::i_ok ? before : "") + (ai == soci::i_ok ? after : "");
    return {};
  });
  ASSERT_TRUE(st.ok());
  EXPECT_EQ(everything.find("Greta"), std::string::npos);
  EXPECT_EQ(everything.find("greta@exempel.se"), std::string::npos);
  EXPECT_EQ(everything.find("0480"), std::string::npos);
  auto trail = json::parse(client->Get("/api/v1/audit?entity=person&id=" + std::to_string(id), strategist.headers())->body);
  ASSERT_EQ(trail["entries"].size(), 3u);
  EXPECT_EQ(trail["entries"][2]["action"], "erase");
}

TEST_F(Organisations, CountsComeFromTheRegister) {
  ASSERT_EQ(patch(org(kalmar_a), {{"cemr_signed", "2016-03-08"}}, &strategist), 200);
  ASSERT_EQ(patch(org(kalmar_b), {{"type", "region"}}, &strategist), 200);
  auto all = json::parse(client->Get("/api/v1/organisations/summary", admin.headers())->body);
  EXPECT_EQ(all["total"], 3);
  EXPECT_EQ(all["cemr_signed"], 1);
  EXPECT_EQ(all["by_type"]["kommun"], 2);
  EXPECT_EQ(all["by_type"]["region"], 1);
  EXPECT_EQ(all["by_type"]["naringsliv"], 0);
  auto kalmar = json::parse(client->Get("/api/v1/organisations/summary?county=08", strategist.headers())->body);
  EXPECT_EQ(kalmar["total"], 2);
  EXPECT_EQ(kalmar["by_type"]["kommun"], 1);
  // A strategist's counts never include another county's organisations.
  auto foreign = json::parse(client->Get("/api/v1/organisations/summary?county=01", strategist.headers())->body);
  EXPECT_EQ(foreign["total"], 0);
  EXPECT_EQ(get("/api/v1/organisations/summary", nullptr), 401);
  EXPECT_EQ(get("/api/v1/organisations/summary?county=99", &admin), 400);
  auto page = client->Get("/organisationer", strategist.headers());
  EXPECT_NE(page->body.find("<strong>2</strong> organisationer, varav <strong>1</strong> har undertecknat"),
            std::string::npos);
}

}  // namespace
