// Request hygiene over HTTP on a real port, on SQLite and PostgreSQL (issue 9,
// items 4, 10, 11 and 12): where the login form sends the browser, logging
// out, where a CSRF token may come from, optional bodies, download names and
// what a database failure tells the client.
#include <gtest/gtest.h>
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY
#include <httplib.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <soci/soci.h>
#include <sstream>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "service/statistics/statistics_query.hpp"
#include "test_accounts.hpp"
#include "test_server.hpp"
#include "shared_helpers.hpp"

namespace jamt::testing {
namespace {

using json = nlohmann::json;

std::string first_match(const std::string& text, const std::string& pattern) {
  std::smatch m;
  return std::regex_search(text, m, std::regex(pattern)) ? m[1].str() : "";
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

class RequestHygiene : public ServerFixture {
 protected:
  void SetUp() override {
    ServerFixture::SetUp();
    if (HasFatalFailure()) return;
    organisation = add_organisation(*db, 1, "Exempelkommunen (test)", "08", "0880");
  }

  const TestLogin& strategist() {
    if (strategist_.cookie.empty()) strategist_ = sign_in(*db, "strateg08@test.se", Role::strategist, "08");
    return strategist_;
  }
  const TestLogin& admin() {
    if (admin_.cookie.empty()) admin_ = sign_in(*db, "admin@test.se", Role::admin);
    return admin_;
  }

  // Logs in through the HTML form with `next` as the browser would send it
  // (url-encoded by the client); returns the answer.
  httplib::Result form_login(const std::string& next) {
    strategist();  // the account exists
    auto form = client->Get("/logga-in");
    EXPECT_TRUE(form);
    std::string token = form ? first_match(form->body, "name=\"login_token\" value=\"([0-9a-f]+)\"") : "";
    return client->Post("/logga-in", httplib::Headers{{"Cookie", "jamt_login=" + token}},
                        httplib::Params{{"email", "strateg08@test.se"},
                                        {"password", kTestPassword},
                                        {"login_token", token},
                                        {"next", next}});
  }

  // A joining of the strategist's county, filed through the API: its id.
  std::int64_t pending_joining() {
    auto r = client->Post("/api/v1/joinings", strategist().headers(),
                          json{{"organisation_id", organisation}, {"decision_date", "2024-05-01"}, {"publish_consent", true}}
                              .dump(),
                          "application/json");
    EXPECT_TRUE(r && r->status == 201) << (r ? r->body : "no answer");
    if (!r || r->status != 201) return 0;
    return json::parse(r->body)["id"].get<std::int64_t>();
  }

  std::string joining_status(std::int64_t id) {
    auto r = client->Get("/api/v1/joinings/" + std::to_string(id), strategist().headers());
    return r && r->status == 200 ? json::parse(r->body).value("status", "") : "";
  }

  // The import form's CSRF token for `who`.
  std::string import_csrf(const TestLogin& who) {
    auto page = client->Get("/statistik/importera", who.cookie_only());
    EXPECT_TRUE(page && page->status == 200);
    return page ? first_match(page->body, "name=\"csrf_token\" value=\"([0-9a-f]+)\"") : "";
  }

  httplib::Result upload(const TestLogin& who, const std::string& measure_code) {
    const std::string px = slurp(std::string(JAMT_SOURCE_DIR) + "/data/statistics/BE0101D1-levande-fodda.px");
    httplib::MultipartFormDataItems items{{"file", px, "BE0101D1.px", "application/octet-stream"},
                                          {"format", "", "", ""},
                                          {"measure", measure_code, "", ""},
                                          {"csrf_token", import_csrf(who), "", ""}};
    return client->Post("/statistik/importera", who.cookie_only(), items);
  }

  void run_sql(const std::string& statement) {
    Status done = db->transaction([&](soci::session& s) -> Status {
      s << statement;
      return {};
    });
    ASSERT_TRUE(done.ok()) << done.error().to_string();
  }

  std::int64_t organisation = 0;
  TestLogin strategist_, admin_;
};

// --- item 4: the open redirect after login ---------------------------------

TEST_F(RequestHygiene, AfterLoginTheBrowserIsNeverSentToAnotherSite) {
  const char* nasty[] = {"/\t/evil.example",  // next=/%09/evil.example, decoded by the form
                         "/\n/evil",         "/\r/evil", "/\\evil", "\\/evil", "//evil", "https://evil",
                         " //evil",          "javascript:alert(1)"};
  for (const char* next : nasty) {
    auto r = form_login(next);
    ASSERT_TRUE(r) << next;
    EXPECT_EQ(r->status, 303) << next;
    EXPECT_EQ(r->get_header_value("Location"), "/hem") << "next = \"" << next << "\"";
  }
}

TEST_F(RequestHygiene, AfterLoginALocalPathWithItsQueryIsKept) {
  auto r = form_login("/ok/path?x=1");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 303);
  EXPECT_EQ(r->get_header_value("Location"), "/ok/path?x=1");
}

TEST_F(RequestHygiene, TheLoginFormDoesNotCarryAForeignNextEither) {
  auto page = client->Get("/logga-in?next=%2F%09%2Fevil.example");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->body.find("evil.example"), std::string::npos) << "the hidden field holds \"/\"";
}

// --- item 12a: logging out without the token ------------------------------

TEST_F(RequestHygiene, LoggingOutWithoutTheTokenStillEndsTheSessionOnTheServer) {
  const TestLogin& who = strategist();
  ASSERT_EQ(client->Get("/api/v1/auth/me", who.cookie_only())->status, 200);
  auto out = client->Post("/logga-ut", who.cookie_only(), "", "application/x-www-form-urlencoded");
  ASSERT_TRUE(out);
  EXPECT_EQ(out->status, 303);
  EXPECT_EQ(out->get_header_value("Location"), "/");
  EXPECT_NE(out->get_header_value("Set-Cookie").find("Max-Age=0"), std::string::npos);
  // The old cookie, replayed, opens nothing.
  auto me = client->Get("/api/v1/auth/me", who.cookie_only());
  ASSERT_TRUE(me);
  EXPECT_EQ(me->status, 401);
  auto page = client->Get("/statistik/importera", who.cookie_only());
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 303);
  EXPECT_EQ(page->get_header_value("Location").rfind("/logga-in", 0), 0u);
}

TEST_F(RequestHygiene, LoggingOutWithTheTokenEndsTheSessionToo) {
  const TestLogin& who = strategist();
  auto out = client->Post("/logga-ut", who.cookie_only(), httplib::Params{{"csrf_token", who.csrf_token}});
  ASSERT_TRUE(out);
  EXPECT_EQ(out->status, 303);
  EXPECT_EQ(client->Get("/api/v1/auth/me", who.cookie_only())->status, 401);
}

// --- item 12b: no CSRF token from the query string -------------------------

TEST_F(RequestHygiene, ACsrfTokenInTheQueryStringIsRefused) {
  const TestLogin& who = strategist();
  std::int64_t id = pending_joining();
  ASSERT_GT(id, 0);
  const std::string approve = "/api/v1/joinings/" + std::to_string(id) + "/approve";
  auto in_query = client->Post(approve + "?csrf_token=" + who.csrf_token, who.cookie_only(), "{}", "application/json");
  ASSERT_TRUE(in_query);
  EXPECT_EQ(in_query->status, 403) << in_query->body;
  EXPECT_EQ(joining_status(id), "ansokt") << "nothing was decided";
  // The same token in the query and in the form body: still refused.
  auto both = client->Post("/organisationer/ny?csrf_token=" + who.csrf_token, who.cookie_only(),
                           httplib::Params{{"csrf_token", who.csrf_token}, {"name", "Via URL"}});
  ASSERT_TRUE(both);
  EXPECT_EQ(both->status, 403);
  // The header is where it belongs.
  auto header = client->Post(approve, who.headers(), "{}", "application/json");
  ASSERT_TRUE(header);
  EXPECT_EQ(header->status, 200) << header->body;
}

// --- item 12c: an optional body may be left out ----------------------------

TEST_F(RequestHygiene, AnApprovalWithAnEmptyBodyIsAnApprovalWithDefaults) {
  const TestLogin& who = strategist();
  std::int64_t id = pending_joining();
  ASSERT_GT(id, 0);
  auto r = client->Post("/api/v1/joinings/" + std::to_string(id) + "/approve", who.headers(), "", "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(json::parse(r->body, nullptr, false).value("status", ""), "godkand");
  EXPECT_EQ(json::parse(r->body, nullptr, false).value("joined_on", ""), "2026-03-31") << "today, as documented";
  // White space counts as empty: a follow-up needs its date, and says so.
  auto follow_up =
      client->Post("/api/v1/joinings/" + std::to_string(id) + "/follow-up", who.headers(), "\r\n", "application/json");
  ASSERT_TRUE(follow_up);
  EXPECT_EQ(follow_up->status, 400);
  EXPECT_EQ(json::parse(follow_up->body, nullptr, false)["error"].value("field", ""), "date") << follow_up->body;
}

TEST_F(RequestHygiene, AnEmptyBodyWhereFieldsAreRequiredNamesTheFieldNotTheJson) {
  auto r = client->Post("/api/v1/organisations", admin().headers(), "", "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  json body = json::parse(r->body, nullptr, false);
  EXPECT_EQ(body["error"]["code"], "validation") << r->body;
  EXPECT_EQ(r->body.find("not valid JSON"), std::string::npos) << r->body;
  EXPECT_FALSE(body["error"].value("field", "").empty()) << r->body;
}

// The reproduction sends no Content-Length at all (curl -X POST).
// RFC 9112 §6.3: such a request has an empty body. The old HTTP library
// answered 400 before any handler ran.
TEST_F(RequestHygiene, APostWithoutContentLengthHasAnEmptyBody) {
  const TestLogin& who = strategist();
  std::int64_t id = pending_joining();
  ASSERT_GT(id, 0);
  // httplib's client always writes Content-Length, so the request is
  // written by hand on a socket of its own.
  std::string request = "POST /api/v1/joinings/" + std::to_string(id) +
                        "/approve HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nCookie: jamt_session=" +
                        who.cookie + "\r\nX-CSRF-Token: " + who.csrf_token + "\r\n\r\n";
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(fd, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  ASSERT_EQ(::send(fd, request.data(), request.size(), 0), static_cast<ssize_t>(request.size()));
  std::string answer;
  char buffer[4096];
  for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;) answer.append(buffer, static_cast<std::size_t>(n));
  ::close(fd);
  EXPECT_EQ(answer.rfind("HTTP/1.1 200", 0), 0u) << answer;
  EXPECT_EQ(joining_status(id), "godkand");
}

// --- item 11: measure codes and download names -----------------------------

TEST_F(RequestHygiene, AMeasureCodeThatCouldRenameADownloadIsRefusedNamingTheField) {
  const TestLogin& who = admin();
  const std::string codes[] = {"evil.html\"", "evil.html", "a/b", "a b", "a\r\nSet-Cookie: x=1", "\"; filename=x.html"};
  for (const auto& code : codes) {
    auto r = upload(who, code);
    ASSERT_TRUE(r) << code;
    EXPECT_EQ(r->status, 400) << code;
    EXPECT_NE(r->body.find("Mätvärdets kod"), std::string::npos) << code << "\n" << r->body.substr(0, 2000);
    EXPECT_NE(r->body.find("name=\"measure\" type=\"text\""), std::string::npos);
    EXPECT_NE(r->body.find("aria-invalid=\"true\">"), std::string::npos) << "the field is marked";
  }
  EXPECT_EQ(service::list_measures(*db)->size(), 0u) << "nothing was imported";
}

TEST_F(RequestHygiene, AnOldMeasureCodeWithQuotesStillDownloadsAsACsvFile) {
  // A measure saved before codes were checked.
  run_sql("INSERT INTO measures (code, title, unit, source, decimals, additive, created_at, updated_at) "
          "VALUES ('x.html\"; y', 'Gammalt mått', 'antal', 'test', 0, 1, '2026-01-01T00:00:00Z', "
          "'2026-01-01T00:00:00Z')");
  long long id = 0;
  Status found = db->read([&](soci::session& s) -> Status {
    s << "SELECT id FROM measures", soci::into(id);
    return {};
  });
  ASSERT_TRUE(found.ok() && id > 0);
  auto r = client->Get("/statistik/" + std::to_string(id) + "/data.csv");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  const std::string disposition = r->get_header_value("Content-Disposition");
  EXPECT_EQ(disposition.rfind("attachment; filename=\"x.html__ y-00.csv\"; filename*=UTF-8''", 0), 0u) << disposition;
  EXPECT_EQ(std::count(disposition.begin(), disposition.end(), '"'), 2) << disposition;
  EXPECT_EQ(disposition.find(';', disposition.find("filename*")), std::string::npos) << disposition;
}

// --- item 10: what a database failure tells the client ---------------------

TEST_F(RequestHygiene, ADatabaseFailureTellsTheClientOnlyItsRequestId) {
  run_sql("ALTER TABLE measures RENAME TO measures_gone");
  for (const char* path : {"/api/v1/measures", "/statistik"}) {
    auto r = client->Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 500) << path;
    const std::string body = lower(r->body);
    for (const char* internal : {"sqlite", "soci", "postgres", "measures_gone", "no such table", "relation"})
      EXPECT_EQ(body.find(internal), std::string::npos) << path << " says \"" << internal << "\": " << r->body;
    const std::string id = r->get_header_value("X-Request-Id");
    ASSERT_FALSE(id.empty()) << path;
    EXPECT_NE(r->body.find(id), std::string::npos) << path << " does not name request " << id << ": " << r->body;
  }
  auto api = client->Get("/api/v1/measures");
  json body = json::parse(api->body, nullptr, false);
  EXPECT_EQ(body["error"]["code"], "internal");
  EXPECT_EQ(body["error"]["request_id"], api->get_header_value("X-Request-Id"));
}

TEST_F(RequestHygiene, ReadyzSaysTheDatabaseIsUnavailableWithoutItsWords) {
  run_sql("ALTER TABLE schema_migrations RENAME TO schema_migrations_gone");
  auto r = client->Get("/readyz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 503);
  json body = json::parse(r->body, nullptr, false);
  EXPECT_EQ(body["status"], "not_ready");
  EXPECT_EQ(body["database"], "unavailable");
  EXPECT_EQ(body["request_id"], r->get_header_value("X-Request-Id"));
  EXPECT_EQ(lower(r->body).find("sqlite"), std::string::npos) << r->body;
  EXPECT_EQ(lower(r->body).find("schema_migrations"), std::string::npos) << r->body;
  // /healthz says only that the process answers (docs/operations.md).
  auto health = client->Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

}  // namespace
}  // namespace jamt::testing
