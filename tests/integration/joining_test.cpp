// The joining register over HTTP on a real port, on SQLite and PostgreSQL:
// the public application, who may read, create, decide and withdraw, CSRF,
// escaping, follow-ups, the public list and the counts.
#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <soci/soci.h>

#include "domain/registers/follow_up_schedule.hpp"
#include "service/joining/joining_decisions.hpp"
#include "service/joining/joining_register.hpp"
#include "test_accounts.hpp"
#include "test_server.hpp"
#include "test_documents.hpp"

using namespace jamt;
using namespace jamt::testing;
using json = nlohmann::json;

namespace {

const std::string kScript = "<script>alert(1)</script>";

// A PDF with bytes that text handling would break: NUL, high bytes, CR LF.
std::string pdf_bytes() { return jamt::testing::real_pdf(); }

// The fields of a valid application, with organisation number `org_number`.
std::map<std::string, std::string> application(const std::string& name, const std::string& org_number) {
  return {{"organisation_name", name},
          {"org_number", org_number},
          {"organisation_type", "civilsamhalle"},
          {"municipality_code", "0880"},
          {"contact_name", "Karin Kontakt"},
          {"contact_email", "karin@exempel.se"},
          {"contact_phone", "0480-123 45"},
          {"decision_date", "2025-01-20"},
          {"action_plan_url", "https://exempel.se/plan"},
          {"publish_consent", "1"}};
}

User as_user(Role role, const std::string& county = "") {
  User u;
  u.email = "service@test.se";
  u.role = role;
  u.county_code = county;
  return u;
}

}  // namespace

class Joining : public ServerFixture {
 protected:
  void SetUp() override {
    ServerFixture::SetUp();
    if (HasFatalFailure()) return;
    // The machine may be busy: give slow answers time rather than failing.
    client->set_read_timeout(60, 0);
    client->set_connection_timeout(30, 0);
    own_org = add_organisation(*db, 1, "Exempelkommunen (test)", "08", "0880");
    other_org = add_organisation(*db, 2, "Jönköpingsexemplet (test)", "06", "0680");
  }

  // Fetches the public form for its double-submit token, then submits
  // `fields` (and `file`, as {name, bytes}) as a browser would.
  httplib::Result apply(const std::map<std::string, std::string>& fields,
                        std::optional<std::pair<std::string, std::string>> file = std::nullopt,
                        const std::string& county = "08") {
    auto form = client->Get("/anslut/" + county);
    EXPECT_TRUE(form && form->status == 200);
    std::smatch m;
    std::string body = form ? form->body : "";
    EXPECT_TRUE(std::regex_search(body, m, std::regex(R"re(name="csrf_token" value="([^"]+)")re")));
    std::string token = m.size() > 1 ? m[1].str() : "";
    std::string cookie = form ? form->get_header_value("Set-Cookie") : "";
    cookie = cookie.substr(0, cookie.find(';'));
    return post_application(fields, file, cookie, token, county);
  }

  httplib::Result post_application(const std::map<std::string, std::string>& fields,
                                   std::optional<std::pair<std::string, std::string>> file, const std::string& cookie,
                                   const std::string& token, const std::string& county = "08") {
    httplib::MultipartFormDataItems items;
    if (!token.empty()) items.push_back({"csrf_token", token, "", ""});
    for (const auto& [k, v] : fields) items.push_back({k, v, "", ""});
    if (file) items.push_back({"action_plan_file", file->second, file->first, "application/octet-stream"});
    httplib::Headers headers;
    if (!cookie.empty()) headers.emplace("Cookie", cookie);
    return client->Post("/anslut/" + county, headers, items);
  }

  json joinings(const TestLogin& who, const std::string& query = "") {
    auto r = client->Get("/api/v1/joinings" + query, who.headers());
    EXPECT_TRUE(r && r->status == 200);
    return r ? json::parse(r->body) : json();
  }

  // The id of the one joining of organisation number `digits` (as stored).
  std::int64_t joining_with_number(const std::string& formatted) {
    auto all = joinings(admin());
    for (const auto& j : all["items"])
      if (j["org_number"] == formatted) return j["id"].get<std::int64_t>();
    ADD_FAILURE() << "no joining for " << formatted;
    return 0;
  }

  httplib::Result post(const std::string& path, const json& body, const TestLogin* who) {
    httplib::Headers h = who ? who->headers() : httplib::Headers{};
    return client->Post(path, h, body.dump(), "application/json");
  }

  int status_of(const httplib::Result& r) { return r ? r->status : -1; }

  // The body of a response; a failed request is a test failure, not a crash.
  std::string body_of(const httplib::Result& r) {
    if (!r) {
      ADD_FAILURE() << "no response: " << httplib::to_string(r.error());
      return "{}";
    }
    return r->body;
  }

  // A pending joining of own_org with a link to its action plan (any earlier
  // joining deleted), by the service.
  std::int64_t pending_own_joining() {
    User a = as_user(Role::admin);
    auto existing = service::list_records(*db, service::joining_rules(), {}, a);
    for (const auto& r : *existing) (void)service::delete_record(*db, service::joining_rules(), std::stoll(r.at("id")), a);
    auto saved = service::create_record(*db, service::joining_rules(),
                                        {{"organisation_id", std::to_string(own_org)},
                                         {"decision_date", "2024-01-10"},
                                         {"action_plan_url", "https://exempelkommunen.se/plan"}},
                                        a);
    EXPECT_TRUE(saved.ok()) << (saved.ok() ? "" : saved.error().to_string());
    return saved.ok() ? std::stoll(saved->at("id")) : 0;
  }

  std::int64_t approved_own_joining(const std::string& joined_on = "2024-02-01") {
    auto id = pending_own_joining();
    auto approved = service::approve_joining(*db, id, joined_on, as_user(Role::admin));
    EXPECT_TRUE(approved.ok()) << (approved.ok() ? "" : approved.error().to_string());
    return id;
  }

  long long count(const std::string& table) {
    long long n = 0;
    (void)db->read([&](soci::session& s) -> Status {
      s << "SELECT COUNT(*) FROM " + table, soci::into(n);
      return {};
    });
    return n;
  }

  // Accounts are made on first use: each costs two Argon2 hashings.
  const TestLogin& login(std::optional<TestLogin>& slot, const std::string& email, Role role,
                         const std::string& county = "", std::optional<std::int64_t> org = std::nullopt) {
    if (!slot) slot = sign_in(*db, email, role, county, org);
    return *slot;
  }
  const TestLogin& admin() { return login(admin_, "admin@test.se", Role::admin); }
  const TestLogin& strategist() { return login(strategist_, "strateg08@test.se", Role::strategist, "08"); }
  const TestLogin& other_strategist() { return login(other_strategist_, "strateg06@test.se", Role::strategist, "06"); }
  const TestLogin& coordinator() { return login(coordinator_, "samordnare@test.se", Role::coordinator); }
  const TestLogin& contact() { return login(contact_, "kontakt@test.se", Role::org_contact, "", own_org); }
  const TestLogin& other_contact() {
    return login(other_contact_, "kontakt06@test.se", Role::org_contact, "", other_org);
  }

  std::int64_t own_org = 0, other_org = 0;
  std::optional<TestLogin> admin_, strategist_, other_strategist_, coordinator_, contact_, other_contact_;
};

TEST_F(Joining, ThePublicAppliesWithoutAnAccountAndGetsAReceipt) {
  // The county's strategy page links to its public list, which links to the form.
  for (const auto& strategy : get_json("/api/v1/strategies"))
    if (strategy["county_code"] == "08") {
      EXPECT_NE(get_html("/strategier/" + std::to_string(strategy["id"].get<int>())).find("href=\"/anslutna/08\""),
                std::string::npos);
    }
  auto list = get_html("/anslutna/08");
  EXPECT_NE(list.find("href=\"/anslut/08\""), std::string::npos);
  auto r = apply(application("Föreningen Exempel", "802000-0025"), std::pair{"plan.pdf", pdf_bytes()});
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 201) << r->body;
  EXPECT_NE(r->body.find("Ansökan är mottagen"), std::string::npos);
  EXPECT_NE(r->body.find("Föreningen Exempel"), std::string::npos);
  // The spent token is cleared.
  EXPECT_NE(r->get_header_value("Set-Cookie").find("Max-Age=0"), std::string::npos);

  auto id = joining_with_number("802000-0025");
  get_json("/api/v1/joinings/" + std::to_string(id), 401);
  auto found = client->Get("/api/v1/joinings/" + std::to_string(id), strategist().headers());
  ASSERT_TRUE(found);
  auto joining = json::parse(body_of(found));
  EXPECT_EQ(joining["status"], "ansokt");
  EXPECT_EQ(joining["applied_on"], "2026-03-31") << "the fixture's date";
  EXPECT_EQ(joining["county_code"], "08");
  EXPECT_EQ(joining["publish_consent"], true);
  EXPECT_EQ(joining["action_plan_file"], "plan.pdf");
  EXPECT_TRUE(joining["organisation_id"].is_null()) << "a new organisation is added on approval, not before";
  auto person = client->Get("/api/v1/people/" + std::to_string(joining["contact_person_id"].get<int>()),
                            strategist().headers());
  ASSERT_TRUE(person && person->status == 200);
  EXPECT_EQ(json::parse(body_of(person))["role"], "kontaktperson");
  EXPECT_EQ(json::parse(body_of(person))["email"], "karin@exempel.se");
  EXPECT_EQ(count("organisations"), 2);
}

TEST_F(Joining, AnApplicationWithMistakesSavesNothingAndKeepsWhatWasTyped) {
  auto fields = application("Föreningen Felskrivning", "802000-0021");  // wrong check digit
  fields["contact_email"] = "inte-en-adress";
  fields["decision_date"] = "2999-01-01";
  auto r = apply(fields);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  for (const char* field : {"org_number", "contact_email", "decision_date"})
    EXPECT_NE(r->body.find(std::string("id=\"") + field + "-error\""), std::string::npos) << field;
  EXPECT_NE(r->body.find("kontrollsiffra"), std::string::npos);
  EXPECT_NE(r->body.find("value=\"Föreningen Felskrivning\""), std::string::npos);
  EXPECT_NE(r->body.find("value=\"inte-en-adress\""), std::string::npos);
  EXPECT_NE(r->body.find("value=\"0480-123 45\""), std::string::npos);
  EXPECT_NE(r->body.find("<option value=\"civilsamhalle\" selected>"), std::string::npos);
  EXPECT_EQ(count("joinings"), 0);
  EXPECT_EQ(count("people"), 0);
}

TEST_F(Joining, AFileThatIsNotAnActionPlanIsRefusedBesideTheFileField) {
  auto r = apply(application("Föreningen Fil", "802000-0025"), std::pair{"plan.pdf", std::string("<html>" + kScript)});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(r->body.find("id=\"action_plan_file-error\""), std::string::npos);
  EXPECT_EQ(count("joinings"), 0);
}

TEST_F(Joining, AFormulaAtTheStartOfANameIsRefused) {
  auto r = apply(application("=HYPERLINK(\"http://x\")", "802000-0025"));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(r->body.find("id=\"organisation_name-error\""), std::string::npos);
}

TEST_F(Joining, TheApplicationFormRefusesAMissingOrWrongToken) {
  auto fields = application("Föreningen Förfalskad", "802000-0025");
  auto none = post_application(fields, std::nullopt, "", "");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->status, 403);
  auto wrong = post_application(fields, std::nullopt, "jamt_apply=aaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbb");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 403);
  auto field_only = post_application(fields, std::nullopt, "", "bbbbbbbbbbbbbbbbbbbbbbbb");
  ASSERT_TRUE(field_only);
  EXPECT_EQ(field_only->status, 403);
  EXPECT_NE(body_of(wrong).find("value=\"Föreningen Förfalskad\""), std::string::npos) << "typed values are kept";
  EXPECT_EQ(count("joinings"), 0);
  EXPECT_EQ(count("people"), 0);
}

TEST_F(Joining, ChangesWithASessionCookieNeedTheCsrfToken) {
  auto pending = pending_own_joining();
  std::string path = "/api/v1/joinings/" + std::to_string(pending);
  auto no_header = client->Post(path + "/approve", strategist().cookie_only(), "{}", "application/json");
  EXPECT_EQ(status_of(no_header), 403);
  httplib::Headers wrong = strategist().cookie_only();
  wrong.emplace("X-CSRF-Token", "not-the-token");
  EXPECT_EQ(status_of(client->Post(path + "/approve", wrong, "{}", "application/json")), 403);
  EXPECT_EQ(status_of(client->Patch(path, strategist().cookie_only(), R"({"action_plan_url":"https://x.se/p"})",
                                    "application/json")),
            403);
  // A page form without the token is refused too.
  httplib::Params form{{"reason", "Saknar beslut"}};
  EXPECT_EQ(status_of(client->Post("/anslutningar/" + std::to_string(pending) + "/avsla", strategist().cookie_only(), form)),
            403);
  EXPECT_EQ(get_json(path + "?x=1", 401)["error"]["code"], "unauthorized");
  auto still = client->Get(path, strategist().headers());
  EXPECT_EQ(json::parse(body_of(still))["status"], "ansokt");
  EXPECT_EQ(status_of(client->Post(path + "/approve", strategist().headers(), "{}", "application/json")), 200);
}

TEST_F(Joining, WhoMayReadCreateApproveAndWithdraw) {
  struct Who {
    const char* name;
    const TestLogin* login;  // nullptr: the public
    int read, create, approve, withdraw;
  };
  const Who matrix[] = {
      {"public", nullptr, 401, 401, 401, 401},
      {"org contact, own organisation", &contact(), 200, 201, 403, 200},
      // Those who cannot read the joining get 404, as for a missing one, and
      // 400 "finns inte" for an organisation they cannot read (issue 9, item 14).
      {"org contact, other organisation", &other_contact(), 404, 400, 404, 404},
      {"strategist, own county", &strategist(), 200, 201, 200, 200},
      {"strategist, other county", &other_strategist(), 404, 400, 404, 404},
      {"coordinator", &coordinator(), 200, 403, 403, 403},
      {"admin", &admin(), 200, 201, 200, 200},
  };
  for (const auto& who : matrix) {
    SCOPED_TRACE(who.name);
    // read
    auto pending = pending_own_joining();
    std::string one = "/api/v1/joinings/" + std::to_string(pending);
    auto read = who.login ? client->Get(one, who.login->headers()) : client->Get(one);
    EXPECT_EQ(status_of(read), who.read);
    // approve
    EXPECT_EQ(status_of(post(one + "/approve", json::object(), who.login)), who.approve);
    // create (the earlier joining removed, so that only access decides)
    User a = as_user(Role::admin);
    auto earlier = service::list_records(*db, service::joining_rules(), {}, a);
    for (const auto& r : *earlier)
      ASSERT_TRUE(service::delete_record(*db, service::joining_rules(), std::stoll(r.at("id")), a).ok());
    auto created = post("/api/v1/joinings",
                        {{"organisation_id", own_org}, {"decision_date", "2024-05-01"}, {"publish_consent", true}},
                        who.login);
    EXPECT_EQ(status_of(created), who.create) << body_of(created);
    if (created && created->status == 201) {
      auto body = json::parse(body_of(created));
      EXPECT_EQ(body["status"], "ansokt");
      EXPECT_EQ(body["county_code"], "08");
      EXPECT_EQ(body["organisation_name"], "Exempelkommunen (test)");
    }
    // withdraw
    auto approved = approved_own_joining();
    auto withdrawn = post("/api/v1/joinings/" + std::to_string(approved) + "/withdraw",
                          {{"reason", "Verksamheten läggs ner"}}, who.login);
    EXPECT_EQ(status_of(withdrawn), who.withdraw);
    if (withdrawn && withdrawn->status == 200) {
      EXPECT_EQ(json::parse(body_of(withdrawn))["status"], "uttradd");
      EXPECT_TRUE(json::parse(body_of(withdrawn))["next_follow_up"].is_null());
    }
  }
}

TEST_F(Joining, ApprovalAddsTheOrganisationAndLinksTheContact) {
  ASSERT_EQ(status_of(apply(application("Nya föreningen", "802000-0025"))), 201);
  auto id = joining_with_number("802000-0025");
  auto approved = post("/api/v1/joinings/" + std::to_string(id) + "/approve", {{"date", "2023-03-01"}}, &strategist());
  ASSERT_EQ(status_of(approved), 200) << body_of(approved);
  auto j = json::parse(body_of(approved));
  EXPECT_EQ(j["status"], "godkand");
  EXPECT_EQ(j["joined_on"], "2023-03-01");
  EXPECT_EQ(j["decided_on"], "2026-03-31");
  EXPECT_EQ(j["next_follow_up"], "2026-03-01");
  EXPECT_EQ(j["commitment_decision"], "klar");
  EXPECT_EQ(j["commitment_plan"], "klar");
  EXPECT_EQ(j["commitment_contact"], "klar");
  EXPECT_EQ(j["commitment_dialogue"], "ej_paborjad");
  ASSERT_FALSE(j["organisation_id"].is_null());
  auto org = client->Get("/api/v1/organisations/" + std::to_string(j["organisation_id"].get<int>()), admin().headers());
  ASSERT_TRUE(org && org->status == 200);
  EXPECT_EQ(json::parse(body_of(org))["org_number"], "802000-0025");
  EXPECT_EQ(json::parse(body_of(org))["name"], "Nya föreningen");
  auto person = client->Get("/api/v1/people/" + std::to_string(j["contact_person_id"].get<int>()), admin().headers());
  EXPECT_EQ(json::parse(body_of(person))["organisation_id"], j["organisation_id"]);
  // Decided once only; the applicant's organisation fields are then locked.
  EXPECT_EQ(status_of(post("/api/v1/joinings/" + std::to_string(id) + "/reject", {{"reason", "x"}}, &strategist())), 409);
  auto locked = client->Patch("/api/v1/joinings/" + std::to_string(id), strategist().headers(),
                              R"({"organisation_name":"Annat namn"})", "application/json");
  EXPECT_EQ(status_of(locked), 400);
  EXPECT_EQ(json::parse(body_of(locked))["error"]["field"], "organisation_name");
  // A status cannot be set through the generic API.
  auto status = client->Patch("/api/v1/joinings/" + std::to_string(id), strategist().headers(),
                              R"({"status":"ansokt"})", "application/json");
  EXPECT_EQ(status_of(status), 400);
}

TEST_F(Joining, AnOrganisationAlreadyInTheRegisterIsLinkedAtOnceAndAppliesOnlyOnce) {
  auto org = client->Get("/api/v1/organisations/" + std::to_string(own_org), admin().headers());
  std::string number = json::parse(body_of(org))["org_number"];
  ASSERT_EQ(status_of(apply(application("Exempelkommunen", number))), 201);
  auto id = joining_with_number(number);
  auto j = json::parse(body_of(client->Get("/api/v1/joinings/" + std::to_string(id), admin().headers())));
  EXPECT_EQ(j["organisation_id"], own_org);
  // The organisation's own contact now sees it.
  EXPECT_EQ(status_of(client->Get("/api/v1/joinings/" + std::to_string(id), contact().headers())), 200);
  auto again = apply(application("Exempelkommunen", number));
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 409);
  EXPECT_NE(body_of(again).find("id=\"org_number-error\""), std::string::npos);
}

TEST_F(Joining, RejectionNeedsAReasonBesideItsField) {
  auto pending = pending_own_joining();
  auto api = post("/api/v1/joinings/" + std::to_string(pending) + "/reject", json::object(), &strategist());
  EXPECT_EQ(status_of(api), 400);
  EXPECT_EQ(json::parse(body_of(api))["error"]["field"], "reason");
  httplib::Params form{{"csrf_token", strategist().csrf_token}, {"reason", ""}};
  auto page = client->Post("/anslutningar/" + std::to_string(pending) + "/avsla", strategist().cookie_only(), form);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 400);
  EXPECT_NE(body_of(page).find("id=\"reason-error\""), std::string::npos);
  form = {{"csrf_token", strategist().csrf_token}, {"reason", "Ledningsbeslut saknas"}};
  auto done = client->Post("/anslutningar/" + std::to_string(pending) + "/avsla", strategist().cookie_only(), form);
  ASSERT_TRUE(done);
  EXPECT_EQ(done->status, 303);
  auto j = json::parse(body_of(client->Get("/api/v1/joinings/" + std::to_string(pending), admin().headers())));
  EXPECT_EQ(j["status"], "avslagen");
  EXPECT_EQ(j["rejection_reason"], "Ledningsbeslut saknas");
}

TEST_F(Joining, AScriptInTheApplicationIsShownAsTextEverywhere) {
  auto fields = application(kScript + " Förening", "802000-0025");
  fields["contact_name"] = kScript;
  fields["action_plan_url"] = "https://exempel.se/\"><script>alert(1)</script>";
  auto receipt = apply(fields);
  ASSERT_EQ(status_of(receipt), 201) << body_of(receipt);
  auto id = joining_with_number("802000-0025");
  ASSERT_EQ(status_of(post("/api/v1/joinings/" + std::to_string(id) + "/approve", json::object(), &strategist())), 200);
  auto j = json::parse(body_of(client->Get("/api/v1/joinings/" + std::to_string(id), admin().headers())));
  std::vector<std::pair<std::string, std::string>> pages{
      {"receipt", body_of(receipt)},
      {"public list", get_html("/anslutna/08")},
  };
  for (const auto& path : {"/anslutningar/" + std::to_string(id), std::string("/anslutningar"),
                           "/personer/" + std::to_string(j["contact_person_id"].get<int>()),
                           "/organisationer/" + std::to_string(j["organisation_id"].get<int>())}) {
    auto r = client->Get(path, strategist().headers());
    ASSERT_TRUE(r && r->status == 200) << path;
    pages.emplace_back(path, r->body);
  }
  for (const auto& [where, body] : pages) {
    EXPECT_EQ(body.find("<script>alert(1)"), std::string::npos) << where;
    EXPECT_NE(body.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos) << where;
  }
  // CSV is served as a download, never as a page, and keeps the text as is.
  for (const auto& path : {std::string("/anslutna/08.csv"), std::string("/anslutningar/export.csv")}) {
    auto csv = client->Get(path, strategist().headers());
    ASSERT_TRUE(csv && csv->status == 200) << path;
    EXPECT_EQ(csv->get_header_value("Content-Type"), "text/csv; charset=utf-8") << path;
    EXPECT_EQ(csv->get_header_value("X-Content-Type-Options"), "nosniff") << path;
    EXPECT_NE(csv->get_header_value("Content-Disposition").find("attachment"), std::string::npos) << path;
    EXPECT_NE(body_of(csv).find(kScript + " Förening"), std::string::npos) << path;
  }
  auto open = get_json("/api/v1/counties/08/joined");
  ASSERT_EQ(open["count"], 1);
  EXPECT_EQ(open["items"][0]["name"], kScript + " Förening");
}

TEST_F(Joining, FollowUpsAreDueEveryThirdYearAndOverdueOnesAreListed) {
  auto id = approved_own_joining("2019-01-15");
  std::string one = "/api/v1/joinings/" + std::to_string(id);
  auto j = json::parse(body_of(client->Get(one, strategist().headers())));
  EXPECT_EQ(j["next_follow_up"], "2022-01-15");

  auto overdue = json::parse(body_of(client->Get("/api/v1/joinings/overdue?county=08", strategist().headers())));
  ASSERT_EQ(overdue["count"], 1);
  EXPECT_EQ(overdue["items"][0]["id"], id);
  EXPECT_EQ(overdue["items"][0]["due"], "2022-01-15");
  EXPECT_EQ(overdue["items"][0]["days_overdue"], 1536) << "2022-01-15 to 2026-03-31";
  auto page = client->Get("/anslutningar/forsenade-uppfoljningar", strategist().headers());
  ASSERT_TRUE(page && page->status == 200);
  EXPECT_NE(body_of(page).find("Exempelkommunen (test)"), std::string::npos);
  EXPECT_EQ(status_of(client->Get("/api/v1/joinings/overdue?county=08", other_strategist().headers())), 403);
  EXPECT_EQ(status_of(client->Get("/api/v1/joinings/overdue?county=08")), 401);

  // Only the board records a follow-up, dated between the joining and today.
  EXPECT_EQ(status_of(post(one + "/follow-up", {{"date", "2021-06-01"}}, &contact())), 403);
  auto future = post(one + "/follow-up", {{"date", "2999-01-01"}}, &strategist());
  EXPECT_EQ(status_of(future), 400);
  EXPECT_EQ(json::parse(body_of(future))["error"]["field"], "date");
  EXPECT_EQ(status_of(post(one + "/follow-up", {{"date", "2018-12-31"}}, &strategist())), 400);
  EXPECT_EQ(status_of(post(one + "/follow-up", json::object(), &strategist())), 400);

  auto late = post(one + "/follow-up", {{"date", "2023-05-02"}, {"note", "Dialog med ledningen"}}, &strategist());
  ASSERT_EQ(status_of(late), 200) << body_of(late);
  EXPECT_EQ(json::parse(body_of(late))["last_follow_up"], "2023-05-02");
  EXPECT_EQ(json::parse(body_of(late))["next_follow_up"], "2026-05-02");
  // An older follow-up recorded afterwards does not move the date back.
  auto older = post(one + "/follow-up", {{"date", "2022-01-10"}}, &strategist());
  EXPECT_EQ(json::parse(body_of(older))["next_follow_up"], "2026-05-02");
  auto today = post(one + "/follow-up", {{"date", "2026-03-31"}}, &strategist());
  EXPECT_EQ(json::parse(body_of(today))["next_follow_up"], "2029-03-31");
  overdue = json::parse(body_of(client->Get("/api/v1/joinings/overdue?county=08", strategist().headers())));
  EXPECT_EQ(overdue["count"], 0);
  auto list = json::parse(body_of(client->Get(one + "/follow-ups", contact().headers())));
  ASSERT_EQ(list["count"], 3);
  EXPECT_EQ(list["items"][0]["date"], "2026-03-31");
  EXPECT_EQ(list["items"][1]["note"], "Dialog med ledningen");
}

TEST_F(Joining, AFollowUpIsOverdueFromTheDayAfterItIsDueInSweden) {
  // Joined three years before the fixture's date: due today, not overdue.
  auto id = approved_own_joining("2023-03-31");
  auto j = json::parse(body_of(client->Get("/api/v1/joinings/" + std::to_string(id), strategist().headers())));
  EXPECT_EQ(j["next_follow_up"], "2026-03-31");
  auto overdue = [&] {
    return json::parse(body_of(client->Get("/api/v1/joinings/overdue?county=08", strategist().headers())));
  };
  EXPECT_EQ(overdue()["count"], 0);
  auto summary = [&] {
    return json::parse(body_of(client->Get("/api/v1/joinings/summary?county=08", strategist().headers())));
  };
  EXPECT_EQ(summary()["as_of"], "2026-03-31");
  EXPECT_EQ(summary()["overdue_follow_ups"], 0);
  // 23:59:59 in Sweden (summer time, UTC+2): still the due date.
  clock.set(*parse_utc_text("2026-03-31T21:59:59Z"));
  strategist_ = log_in_again(*db, strategist());  // the 10:00 session has been idle for hours
  EXPECT_EQ(overdue()["count"], 0);
  // Midnight in Sweden, 22:00 UTC: one day overdue, though still 31 March in UTC.
  clock.advance(std::chrono::seconds(1));
  strategist_ = log_in_again(*db, strategist());  // the 10:00 session ended at 22:00
  auto late = overdue();
  ASSERT_EQ(late["count"], 1);
  EXPECT_EQ(late["items"][0]["due"], "2026-03-31");
  EXPECT_EQ(late["items"][0]["days_overdue"], 1);
  EXPECT_EQ(summary()["as_of"], "2026-04-01");
  EXPECT_EQ(summary()["overdue_follow_ups"], 1);
  clock.set(*parse_utc_text("2026-12-31T12:00:00Z"));
  strategist_ = log_in_again(*db, strategist());
  EXPECT_EQ(overdue()["items"][0]["days_overdue"], 275);
}

TEST_F(Joining, AFollowUpDatedTheFirstOfJanuaryIsAcceptedFromSwedishMidnight) {
  clock.set(*parse_utc_text("2025-12-31T22:59:00Z"));  // 23:59 in Sweden
  auto id = approved_own_joining("2024-06-01");
  std::string one = "/api/v1/joinings/" + std::to_string(id);
  auto early = post(one + "/follow-up", {{"date", "2026-01-01"}}, &strategist());
  EXPECT_EQ(status_of(early), 400) << "a date in the future";
  EXPECT_EQ(json::parse(body_of(early))["error"]["field"], "date");
  clock.advance(std::chrono::minutes(1));  // 00:00 on New Year's Day in Sweden, 23:00 UTC
  auto on_time = post(one + "/follow-up", {{"date", "2026-01-01"}}, &strategist());
  ASSERT_EQ(status_of(on_time), 200) << body_of(on_time);
  EXPECT_EQ(json::parse(body_of(on_time))["next_follow_up"], "2029-01-01");
}

TEST_F(Joining, JoinedOnALeapDayIsFollowedUpOnTheTwentyEighthOfFebruary) {
  clock.set(*parse_utc_text("2028-02-29T09:00:00Z"));
  auto id = approved_own_joining("2028-02-29");
  std::string one = "/api/v1/joinings/" + std::to_string(id);
  auto j = json::parse(body_of(client->Get(one, strategist().headers())));
  EXPECT_EQ(j["joined_on"], "2028-02-29");
  EXPECT_EQ(j["decided_on"], "2028-02-29");
  EXPECT_EQ(j["next_follow_up"], "2031-02-28");
  auto overdue = [&] {
    return json::parse(body_of(client->Get("/api/v1/joinings/overdue?county=08", strategist().headers())));
  };
  clock.set(*parse_utc_text("2031-02-28T22:59:59Z"));  // 23:59:59 on the 28th in Sweden (winter, UTC+1)
  strategist_ = log_in_again(*db, strategist());
  EXPECT_EQ(overdue()["count"], 0);
  clock.advance(std::chrono::seconds(1));
  ASSERT_EQ(overdue()["count"], 1);
  EXPECT_EQ(overdue()["items"][0]["days_overdue"], 1);
  // A follow-up on the leap day 2032 moves the next one to 2035-02-28.
  clock.set(*parse_utc_text("2032-02-29T12:00:00Z"));
  strategist_ = log_in_again(*db, strategist());
  auto held = post(one + "/follow-up", {{"date", "2032-02-29"}}, &strategist());
  ASSERT_EQ(status_of(held), 200) << body_of(held);
  EXPECT_EQ(json::parse(body_of(held))["next_follow_up"], "2035-02-28");
  EXPECT_EQ(overdue()["count"], 0);
}

TEST_F(Joining, CountsForTheYearlyReportComeFromTheRegister) {
  User a = as_user(Role::admin);
  // Joined with a plan: a kommun (own_org, via the service).
  approved_own_joining();
  // Joined without a plan: a region.
  ASSERT_EQ(status_of(apply([] {
              auto f = application("Region Test", "802000-0025");
              f["organisation_type"] = "region";
              f["action_plan_url"] = "";
              return f;
            }())),
            201);
  auto region = joining_with_number("802000-0025");
  ASSERT_TRUE(service::approve_joining(*db, region, "2025-01-01", a).ok());
  // Joined, then withdrawn; a pending and a rejected application.
  ASSERT_EQ(status_of(apply(application("Utträdda föreningen", "802000-0033"))), 201);
  auto gone = joining_with_number("802000-0033");
  ASSERT_TRUE(service::approve_joining(*db, gone, "2020-01-01", a).ok());
  ASSERT_TRUE(service::withdraw_joining(*db, gone, "", "Slutade", a).ok());
  ASSERT_EQ(status_of(apply(application("Väntande föreningen", "802000-0041"))), 201);
  ASSERT_EQ(status_of(apply(application("Avslagna föreningen", "802000-0058"))), 201);
  ASSERT_TRUE(service::reject_joining(*db, joining_with_number("802000-0058"), "Fel län", a).ok());
  // Another county's joining is not counted in Kalmar's.
  ASSERT_EQ(status_of(apply(application("Jönköpingsföreningen", "802000-0066"), std::nullopt, "06")), 201);

  auto r = client->Get("/api/v1/joinings/summary?county=08", strategist().headers());
  ASSERT_TRUE(r && r->status == 200);
  auto s = json::parse(r->body);
  EXPECT_EQ(s["county"], "08");
  EXPECT_EQ(s["joined"], 2);
  EXPECT_EQ(s["joined_by_type"]["kommun"], 1);
  EXPECT_EQ(s["joined_by_type"]["region"], 1);
  EXPECT_EQ(s["joined_by_type"]["civilsamhalle"], 0);
  EXPECT_EQ(s["action_plans"]["with"], 1);
  EXPECT_EQ(s["action_plans"]["without"], 1);
  EXPECT_EQ(s["pending"], 1);
  EXPECT_EQ(s["rejected"], 1);
  EXPECT_EQ(s["withdrawn"], 1);
  EXPECT_EQ(s["overdue_follow_ups"], 0);
  // Without a county a strategist gets their own, an admin every county.
  EXPECT_EQ(json::parse(body_of(client->Get("/api/v1/joinings/summary", strategist().headers())))["joined"], 2);
  auto all = json::parse(body_of(client->Get("/api/v1/joinings/summary", admin().headers())));
  EXPECT_TRUE(all["county"].is_null());
  EXPECT_EQ(all["pending"], 2);
  EXPECT_EQ(status_of(client->Get("/api/v1/joinings/summary?county=08", other_strategist().headers())), 403);
  EXPECT_EQ(status_of(client->Get("/api/v1/joinings/summary?county=08", contact().headers())), 403);
  EXPECT_EQ(status_of(client->Get("/api/v1/joinings/summary?county=08")), 401);
  EXPECT_EQ(status_of(client->Get("/api/v1/joinings/summary?county=99", admin().headers())), 400);
  // The same counts on the strategist's list page.
  auto page = client->Get("/anslutningar", strategist().headers());
  ASSERT_TRUE(page && page->status == 200);
  EXPECT_NE(body_of(page).find("<dt>Anslutna verksamheter</dt><dd>2</dd>"), std::string::npos);
  EXPECT_NE(body_of(page).find("<dt>Utan handlingsplan</dt><dd>1</dd>"), std::string::npos);
}

TEST_F(Joining, ThePublicListShowsOnlyApprovedConsentingOrganisationsWithoutPersonalData) {
  EXPECT_NE(get_html("/anslutna/08").find("Inga verksamheter i Kalmar län har anslutit sig"), std::string::npos);
  User a = as_user(Role::admin);
  ASSERT_EQ(status_of(apply(application("Synliga föreningen", "802000-0025"))), 201);
  ASSERT_TRUE(service::approve_joining(*db, joining_with_number("802000-0025"), "2024-04-04", a).ok());
  auto hidden = application("Hemliga föreningen", "802000-0033");
  hidden["publish_consent"] = "";
  ASSERT_EQ(status_of(apply(hidden)), 201);
  ASSERT_TRUE(service::approve_joining(*db, joining_with_number("802000-0033"), "", a).ok());
  ASSERT_EQ(status_of(apply(application("Väntande föreningen", "802000-0041"))), 201);
  ASSERT_EQ(status_of(apply(application("Utträdda föreningen", "802000-0058"))), 201);
  ASSERT_TRUE(service::approve_joining(*db, joining_with_number("802000-0058"), "", a).ok());
  ASSERT_TRUE(service::withdraw_joining(*db, joining_with_number("802000-0058"), "", "Slutade", a).ok());

  auto page = get_html("/anslutna/08");
  EXPECT_NE(page.find("Synliga föreningen"), std::string::npos);
  for (const char* absent : {"Hemliga", "Väntande", "Utträdda", "Karin", "karin@exempel.se"})
    EXPECT_EQ(page.find(absent), std::string::npos) << absent;
  auto open = get_json("/api/v1/counties/08/joined");
  ASSERT_EQ(open["count"], 1);
  EXPECT_EQ(open["items"][0],
            (json{{"name", "Synliga föreningen"}, {"type", "civilsamhalle"}, {"type_label", "Civilsamhälle"},
                  {"municipality_code", "0880"}, {"municipality", "Kalmar"}, {"joined_on", "2024-04-04"}}));
  EXPECT_EQ(open["county"]["name"], "Kalmar län");
  EXPECT_EQ(get_json("/api/v1/counties/06/joined")["count"], 0);
  EXPECT_NE(get_html("/anslutna/06").find("Inga verksamheter i Jönköpings län"), std::string::npos);
  EXPECT_NE(get_html("/anslutna").find("href=\"/anslutna/08\""), std::string::npos);
  get_html("/anslutna/99", 404);
  get_json("/api/v1/counties/99/joined", 404);
}

TEST_F(Joining, TheActionPlanFileIsKeptByteForByteForThoseWhoMayReadTheJoining) {
  ASSERT_EQ(status_of(apply(application("Föreningen Plan", "802000-0025"), std::pair{"Vår plan.pdf", pdf_bytes()})),
            201);
  auto id = joining_with_number("802000-0025");
  std::string path = "/anslutningar/" + std::to_string(id) + "/handlingsplan";
  auto file = client->Get(path, strategist().headers());
  ASSERT_TRUE(file && file->status == 200);
  EXPECT_EQ(body_of(file), pdf_bytes());
  EXPECT_EQ(file->get_header_value("Content-Type"), "application/pdf");
  // (httplib's client decodes the percent-encoded UTF-8 name when it reads the header)
  EXPECT_EQ(file->get_header_value("Content-Disposition"),
            "attachment; filename=\"V__r plan.pdf\"; filename*=UTF-8''Vår plan.pdf");
  EXPECT_EQ(status_of(client->Get(path)), 303) << "the public is sent to log in";
  EXPECT_EQ(status_of(client->Get(path, other_strategist().headers())), 404);
  EXPECT_EQ(status_of(client->Get("/api/v1/joinings/" + std::to_string(id) + "/action-plan", coordinator().headers())),
            200);
  // After approval the organisation's contact may read and replace it.
  auto approved = service::approve_joining(*db, id, "", as_user(Role::admin));
  ASSERT_TRUE(approved.ok());
  auto org_id = std::stoll(approved->at("organisation_id"));
  auto own_contact = sign_in(*db, "foreningen@test.se", Role::org_contact, "", org_id);
  EXPECT_EQ(status_of(client->Get(path, own_contact.headers())), 200);
  EXPECT_EQ(status_of(client->Get(path, contact().headers())), 404);
  httplib::MultipartFormDataItems upload{{"csrf_token", own_contact.csrf_token, "", ""},
                                         {"action_plan_file", jamt::testing::real_docx(), "ny.docx", "application/octet-stream"}};
  auto replaced = client->Post(path, own_contact.cookie_only(), upload);
  EXPECT_EQ(status_of(replaced), 303);
  EXPECT_EQ(body_of(client->Get(path, strategist().headers())), jamt::testing::real_docx());
  httplib::MultipartFormDataItems bad{{"csrf_token", own_contact.csrf_token, "", ""},
                                      {"action_plan_file", "MZ\x90", "virus.exe", "application/octet-stream"}};
  auto refused = client->Post(path, own_contact.cookie_only(), bad);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 400);
  EXPECT_NE(body_of(refused).find("id=\"action_plan_file-error\""), std::string::npos);
}

TEST_F(Joining, ErasingTheContactPersonKeepsTheJoiningWithoutThem) {
  ASSERT_EQ(status_of(apply(application("Föreningen Radera", "802000-0025"))), 201);
  auto id = joining_with_number("802000-0025");
  std::string one = "/api/v1/joinings/" + std::to_string(id);
  auto person = json::parse(body_of(client->Get(one, strategist().headers())))["contact_person_id"].get<int>();
  auto erased = client->Delete("/api/v1/people/" + std::to_string(person), strategist().headers());
  ASSERT_EQ(status_of(erased), 204);
  auto j = json::parse(body_of(client->Get(one, strategist().headers())));
  EXPECT_TRUE(j["contact_person_id"].is_null());
  EXPECT_EQ(j["status"], "ansokt");
  auto audit = client->Get("/api/v1/audit?entity=joining&id=" + std::to_string(id), strategist().headers());
  ASSERT_TRUE(audit && audit->status == 200);
  EXPECT_EQ(body_of(audit).find("Karin"), std::string::npos);
  auto person_audit = client->Get("/api/v1/audit?entity=person&id=" + std::to_string(person), admin().headers());
  EXPECT_EQ(body_of(person_audit).find("karin@exempel.se"), std::string::npos);
}

TEST_F(Joining, TheAuditTrailNamesEachStep) {
  auto id = approved_own_joining("2020-02-02");
  std::string one = "/api/v1/joinings/" + std::to_string(id);
  ASSERT_EQ(status_of(post(one + "/follow-up", {{"date", "2022-02-02"}}, &strategist())), 200);
  ASSERT_EQ(status_of(post(one + "/withdraw", {{"reason", "Omorganisation"}}, &contact())), 200);
  auto audit = client->Get("/api/v1/audit?entity=joining&id=" + std::to_string(id), strategist().headers());
  ASSERT_TRUE(audit && audit->status == 200);
  std::vector<std::string> actions;
  auto trail = json::parse(body_of(audit));
  for (const auto& e : trail["entries"]) actions.push_back(e["action"]);
  EXPECT_EQ(actions, (std::vector<std::string>{"create", "approve", "follow_up", "withdraw"}));
  EXPECT_EQ(status_of(client->Get("/api/v1/audit?entity=joining&id=" + std::to_string(id), other_strategist().headers())),
            403);
  auto page = client->Get("/anslutningar/" + std::to_string(id), strategist().headers());
  ASSERT_TRUE(page && page->status == 200);
  EXPECT_NE(body_of(page).find("Uppföljning registrerad"), std::string::npos);
  EXPECT_NE(body_of(page).find("Utträde"), std::string::npos);
}

TEST_F(Joining, TheOrganisationsContactUpdatesTheCommitments) {
  auto id = approved_own_joining();
  std::string one = "/api/v1/joinings/" + std::to_string(id);
  auto r = client->Patch(one, contact().headers(), R"({"commitment_dialogue":"pagar","commitment_dialogue_note":"Möte i maj"})",
                         "application/json");
  ASSERT_EQ(status_of(r), 200) << body_of(r);
  EXPECT_EQ(json::parse(r->body)["commitment_dialogue"], "pagar");
  EXPECT_EQ(status_of(client->Patch(one, other_contact().headers(), R"({"commitment_dialogue":"klar"})", "application/json")),
            404);
  EXPECT_EQ(status_of(client->Patch(one, strategist().headers(), R"({"commitment_dialogue":"klar"})", "application/json")),
            200);
  EXPECT_EQ(status_of(client->Patch(one, contact().headers(), R"({"commitment_dialogue":"kanske"})", "application/json")),
            400);
}
