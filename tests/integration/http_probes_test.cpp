// Attacks tried on every route (issue 16, item 4): the security headers and
// cache policy on every answer, CSRF without and with a wrong token, SQL
// injection in filter parameters and JSON fields, path traversal on static
// and file routes, and script payloads saved through forms and shown on
// pages. The routes come from docs/authorization.md, whose table the
// coverage test keeps equal to the route table, and each request from its
// recipe in authorization_requests.cpp — so a new route is probed as soon as
// it has its row. Real HTTP on a real port; SQLite, or PostgreSQL when
// $JAMT_TEST_DB names a server.
#include <cstdlib>
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "authorization_requests.hpp"
#include "authorization_table.hpp"
#include "authorization_world.hpp"
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY
#include "web/http/http_types.hpp"
#include "shared_helpers.hpp"

namespace jamt::testing::authz {
namespace {

using nlohmann::json;

std::vector<TableRow> rows() {
  std::vector<std::string> problems;
  return parse_authorization_table(slurp(std::string(JAMT_SOURCE_DIR) + "/docs/authorization.md"), &problems);
}

bool allowed(const Expected& e) { return !e.to_login && e.status >= 200 && e.status < 400; }

// The first signed-in role the table lets do `row` (nullopt: none).
std::optional<Role> allowed_role(const TableRow& row) {
  for (std::size_t i = 1; i < kRoles.size(); ++i)
    if (allowed(row.expected[i])) return kRoles[i];
  return std::nullopt;
}

std::string header(const HttpAnswer& a, const std::string& name) {
  for (const auto& [k, v] : a.headers)
    if (k.size() == name.size() && std::equal(k.begin(), k.end(), name.begin(), [](char x, char y) {
          return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
        }))
      return v;
  return "";
}

// Row counts of every table of the database.
std::map<std::string, long long> row_counts(store::Database& db) {
  std::map<std::string, long long> out;
  auto st = db.read([&](soci::session& s) -> Status {
    std::vector<std::string> tables;
    std::string sql = db.engine() == store::Engine::sqlite
                          ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                          : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                            "AND table_type = 'BASE TABLE'";
    soci::rowset<std::string> names = s.prepare << sql;
    for (const auto& n : names) tables.push_back(n);
    for (const auto& t : tables) {
      long long n = 0;
      s << "SELECT COUNT(*) FROM " + t, soci::into(n);
      out[t] = n;
    }
    return {};
  });
  EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().to_string());
  return out;
}

// The tables whose counts differ, as "name: before → after".
std::string differences(const std::map<std::string, long long>& before, const std::map<std::string, long long>& after) {
  std::string out;
  for (const auto& [t, n] : after)
    if (!before.count(t) || before.at(t) != n)
      out += t + ": " + (before.count(t) ? std::to_string(before.at(t)) : "none") + " → " + std::to_string(n) + "; ";
  for (const auto& [t, n] : before)
    if (!after.count(t)) out += t + " is gone; ";
  return out;
}

std::string where(const TableRow& row) {
  return "docs/authorization.md:" + std::to_string(row.line) + " `" + row.method + " " + row.pattern + "` " +
         row.action;
}

class HttpProbes : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world_ = new World(); }
  static void TearDownTestSuite() {
    delete world_;
    world_ = nullptr;
  }
  void SetUp() override { ASSERT_TRUE(world_ && world_->ready()) << "the fixtures could not be made"; }

  // The request of `row` for `role` from its recipe.
  static HttpCall call_of(const TableRow& row, Role role) {
    auto recipe = recipes().find(row.key());
    EXPECT_NE(recipe, recipes().end()) << where(row) << ": no recipe";
    return recipe == recipes().end() ? HttpCall{} : recipe->second(*world_, row, role);
  }
  static World* world_;
};

World* HttpProbes::world_ = nullptr;

// ---------------------------------------------------------------------------
// Security headers and the cache policy

// Checks the headers every answer carries; `private_answer` demands no-store.
void expect_security_headers(const HttpAnswer& a, const std::string& context, bool private_answer) {
  const std::string csp = header(a, "Content-Security-Policy");
  ASSERT_FALSE(csp.empty()) << context << ": no Content-Security-Policy";
  std::map<std::string, std::string> directives;
  std::stringstream parts(csp);
  for (std::string d; std::getline(parts, d, ';');) {
    d.erase(0, d.find_first_not_of(' '));
    auto space = d.find(' ');
    directives[d.substr(0, space)] = space == std::string::npos ? "" : d.substr(space + 1);
  }
  const std::string scripts = directives.count("script-src") ? directives["script-src"] : directives["default-src"];
  EXPECT_TRUE(scripts == "'self'" || scripts == "'none'") << context << ": scripts from " << scripts << " (" << csp << ")";
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << context << ": " << csp;
  EXPECT_EQ(directives["frame-ancestors"], "'none'") << context << ": " << csp;
  EXPECT_EQ(header(a, "X-Content-Type-Options"), "nosniff") << context;
  EXPECT_FALSE(header(a, "Referrer-Policy").empty()) << context;
  const std::string cache = header(a, "Cache-Control");
  EXPECT_FALSE(cache.empty()) << context << ": no Cache-Control";
  if (private_answer) {
    EXPECT_NE(cache.find("no-store"), std::string::npos) << context << ": Cache-Control " << cache;
  }
}

TEST_F(HttpProbes, EveryRouteAnswersWithTheSecurityHeadersAndTheCachePolicy) {
  int checked = 0;
  for (const auto& row : rows()) {
    for (Role role : {Role::anonymous, Role::admin, Role::contact}) {
      HttpCall call = call_of(row, role);
      HttpAnswer a = world_->send(call, role);
      const bool file = row.pattern.rfind("/static/", 0) == 0 && a.status == 200;
      const bool personal = row.pattern.find("export") != std::string::npos;
      const bool private_answer =
          !file && (role != Role::anonymous || call.path.rfind("/api/", 0) == 0 || personal || a.status >= 300);
      expect_security_headers(a, where(row) + " as " + role_heading(role) + " → " + std::to_string(a.status),
                              private_answer);
      ++checked;
    }
  }
  EXPECT_GT(checked, 1000);
}

// The name of one file in src/web/static (served under /static/).
std::string a_static_file() {
  std::string any;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(JAMT_SOURCE_DIR) + "/src/web/static"))
    if (entry.is_regular_file()) any = entry.path().filename().string();
  return any;
}

TEST_F(HttpProbes, PublicPagesKeepASensibleCachePolicyAndStaticFilesAreCached) {
  HttpAnswer start = world_->send({.method = "GET", .path = "/"}, Role::anonymous);
  EXPECT_EQ(start.status, 200);
  EXPECT_EQ(header(start, "Cache-Control"), "no-cache");
  // The same page for a signed-in visitor is never stored.
  HttpAnswer signed_in = world_->send({.method = "GET", .path = "/"}, Role::admin);
  EXPECT_EQ(header(signed_in, "Cache-Control"), "no-store");
  // A static file is the same for everyone and holds nothing personal.
  const std::string file = a_static_file();
  ASSERT_FALSE(file.empty());
  for (Role role : {Role::anonymous, Role::admin}) {
    HttpAnswer f = world_->send({.method = "GET", .path = "/static/" + file}, role);
    EXPECT_EQ(f.status, 200) << file;
    EXPECT_EQ(header(f, "Cache-Control"), "public, max-age=3600") << role_heading(role);
  }
  // Personal-data exports are not stored.
  for (const char* path : {"/personer/{person}/export.json", "/api/v1/people/{person}/export"}) {
    HttpAnswer exported = world_->send({.method = "GET", .path = world_->fill(path)}, Role::admin);
    EXPECT_EQ(exported.status, 200) << path << ": " << exported.body.substr(0, 200);
    EXPECT_NE(header(exported, "Cache-Control").find("no-store"), std::string::npos) << path;
  }
  // Errors and redirects are not stored either.
  EXPECT_EQ(header(world_->send({.method = "GET", .path = "/finns-inte"}, Role::anonymous), "Cache-Control"),
            "no-store");
  EXPECT_EQ(header(world_->send({.method = "GET", .path = "/konton"}, Role::anonymous), "Cache-Control"), "no-store");
}

// ---------------------------------------------------------------------------
// Error pages under the viewer's header

// The site header of a page ("" when it has none).
std::string site_header(const std::string& html) {
  const auto begin = html.find("<header class=\"site-header\">");
  const auto end = html.find("</header>", begin == std::string::npos ? 0 : begin);
  return begin == std::string::npos || end == std::string::npos ? "" : html.substr(begin, end - begin);
}

// Whether `html` is drawn under the header of the signed-in `email`: the
// log-out form with that address, and no log-in link.
bool under_header_of(const std::string& html, const std::string& email) {
  const std::string header = site_header(html);
  return header.find("action=\"/logga-ut\"") != std::string::npos && header.find(email) != std::string::npos &&
         header.find("href=\"/logga-in\"") == std::string::npos;
}

TEST_F(HttpProbes, ErrorPagesKeepTheSignedInViewersHeaderAndNeverAnotherOne) {
  // Every page the table refuses to a signed-in role (403), or cannot find
  // for it (404), still shows who is signed in, with the menu and the
  // log-out form, as every other page does. The respondent's survey pages
  // (/enkat/…) are the exception on purpose: they are drawn for the public
  // whoever opens the link (docs/surveys.md), so a shared computer does not
  // put an account next to an anonymous answer.
  int checked = 0;
  for (const auto& row : rows()) {
    if (row.method != "GET" || row.pattern.rfind("/api/", 0) == 0 || row.pattern.rfind("/enkat/", 0) == 0) continue;
    for (std::size_t i = 1; i < kRoles.size(); ++i) {
      // Only the refusals of the table: its allowed pages are drawn by
      // their own handlers, under the header every page test checks.
      const Expected& expected = row.expected[i];
      if (expected.status != 403 && expected.status != 404) continue;
      const Role role = kRoles[i];
      HttpAnswer a = world_->send(call_of(row, role), role);
      EXPECT_EQ(a.status, expected.status) << where(row) << " as " << role_heading(role);
      if (header(a, "Content-Type").rfind("text/html", 0) != 0) continue;
      EXPECT_TRUE(under_header_of(a.body, world_->email_of(role)))
          << where(row) << " as " << role_heading(role) << " → " << a.status << "\n" << a.body.substr(0, 1500);
      ++checked;
    }
  }
  EXPECT_GT(checked, 40);
  // A page that does not exist, and a public page whose handler never asks
  // who is looking, about a strategy that does not exist.
  for (Role role : {Role::admin, Role::contact}) {
    for (const char* path : {"/finns-inte", "/strategier/999999999"}) {
      HttpAnswer missing = world_->send({.method = "GET", .path = path}, role);
      EXPECT_EQ(missing.status, 404) << path;
      EXPECT_TRUE(under_header_of(missing.body, world_->email_of(role))) << path << "\n" << missing.body.substr(0, 1500);
    }
  }
  // The public keeps the log-in link; and a page drawn for the public right
  // after one for a signed-in user, on the same server threads, never shows
  // that user's header, address or log-out token.
  for (int round = 0; round < 12; ++round) {
    ASSERT_EQ(world_->send({.method = "GET", .path = "/finns-inte"}, Role::admin).status, 404);
    HttpAnswer anonymous = world_->send({.method = "GET", .path = "/finns-inte"}, Role::anonymous);
    EXPECT_EQ(anonymous.status, 404);
    EXPECT_NE(site_header(anonymous.body).find("href=\"/logga-in\""), std::string::npos);
    EXPECT_EQ(anonymous.body.find("/logga-ut"), std::string::npos) << "round " << round;
    EXPECT_EQ(anonymous.body.find(world_->email_of(Role::admin)), std::string::npos) << "round " << round;
  }
}

// ---------------------------------------------------------------------------
// CSRF

TEST_F(HttpProbes, EveryStateChangingRouteRefusesAMissingOrWrongCsrfTokenAndChangesNothing) {
  int probed = 0;
  for (const auto& row : rows()) {
    if (row.method == "GET" || allowed(row.expected[0])) continue;  // public routes have tokens of their own
    auto role = allowed_role(row);
    if (!role) continue;
    for (const std::string& token : {std::string(), std::string(64, '0'), std::string("x")}) {
      HttpCall call = call_of(row, *role);
      call.csrf = token;
      auto before = row_counts(world_->db());
      HttpAnswer a = world_->send(call, *role);
      auto after = row_counts(world_->db());
      EXPECT_EQ(a.status, 403) << where(row) << " as " << role_heading(*role) << " with "
                               << (token.empty() ? "no token" : "token \"" + token + "\"") << ": "
                               << a.body.substr(0, 200);
      EXPECT_EQ(differences(before, after), "") << where(row) << ": the refused request changed data";
    }
    ++probed;
  }
  EXPECT_GT(probed, 150);
}

// ---------------------------------------------------------------------------
// SQL injection

bool on_postgresql() { return std::getenv("JAMT_TEST_DB") != nullptr; }

// The probes that are about the HTTP layer, not the engine, run on SQLite
// only: on PostgreSQL each request costs several times as much, and the
// same handlers answer on both.
#define SKIP_ON_POSTGRESQL() \
  if (on_postgresql()) GTEST_SKIP() << "about the HTTP layer; run on SQLite"

// The injections; on PostgreSQL the first two (quotes and a second
// statement), which reach its own parser, to keep the run short.
std::vector<std::string> sql_payloads() {
  std::vector<std::string> p = {
      "' OR '1'='1",
      "1; DROP TABLE users; --",
      "x') UNION SELECT NULL, NULL --",
      "%' AND 1=0 UNION SELECT password_hash FROM users --",
  };
  if (on_postgresql()) p.resize(2);
  return p;
}

// Every name a handler reads as a parameter (get_param_value, has_param,
// query lookups) in src/web: the filters of all pages and API lists.
std::set<std::string> parameter_names() {
  std::set<std::string> names;
  const std::regex call(R"re((?:get_param_value|has_param|get_param_value_count|query\.find|query\.count|param)\("([a-z_0-9]{1,40})")re");
  for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(JAMT_SOURCE_DIR) + "/src/web")) {
    if (entry.path().extension() != ".cpp") continue;
    const std::string text = slurp(entry.path().string());
    for (std::sregex_iterator it(text.begin(), text.end(), call), end; it != end; ++it) names.insert((*it)[1]);
  }
  return names;
}

// The names of the fields of GET forms on `html` (a page's filters).
std::set<std::string> get_form_fields(const std::string& html) {
  std::set<std::string> names;
  const std::regex form(R"re(<form[^>]*method="get"[^>]*>([\s\S]*?)</form>)re", std::regex::icase);
  const std::regex field(R"re(<(?:input|select|textarea)[^>]*name="([^"]+)")re");
  for (std::sregex_iterator f(html.begin(), html.end(), form), end; f != end; ++f) {
    const std::string inner = (*f)[1];
    for (std::sregex_iterator i(inner.begin(), inner.end(), field); i != end; ++i) names.insert((*i)[1]);
  }
  return names;
}

std::string with_param(const std::string& path, const std::string& name, const std::string& value) {
  return path + (path.find('?') == std::string::npos ? "?" : "&") + web::encode_query_param(name) + "=" + web::encode_query_param(value);
}

TEST_F(HttpProbes, SqlInjectionInEveryFilterParameterIsHarmless) {
  const auto scanned = parameter_names();
  ASSERT_GT(scanned.size(), 20u) << "the handlers' parameter names were not found";
  int requests = 0;
  for (const auto& row : rows()) {
    if (row.method != "GET") continue;
    for (Role role : {Role::anonymous, Role::admin}) {
      HttpCall base = call_of(row, role);  // may make the row's fixtures
      HttpAnswer page = world_->send(base, role);
      // What the injected requests must leave as it is: the data after the
      // row's fixtures and its page (a join form issues a token per view).
      auto before = row_counts(world_->db());
      before.erase("join_form_tokens");
      std::set<std::string> own = get_form_fields(page.body);
      std::stringstream q(row.query.empty() ? "" : row.query.substr(1));
      for (std::string pair; std::getline(q, pair, '&');) own.insert(pair.substr(0, pair.find('=')));
      for (const auto& payload : sql_payloads()) {
        std::vector<std::string> paths;
        for (const auto& name : own) paths.push_back(with_param(base.path, name, payload));
        // Every name handlers read, a few kilobytes of them per request
        // (the target must stay under the 8 KiB limit to be read at all).
        std::string batch = base.path;
        for (const auto& name : scanned) {
          batch = with_param(batch, name, payload);
          if (batch.size() > 6000) {
            paths.push_back(batch);
            batch = base.path;
          }
        }
        if (batch != base.path) paths.push_back(batch);
        for (const auto& path : paths) {
          HttpAnswer a = world_->send({.method = "GET", .path = path}, role);
          ++requests;
          EXPECT_TRUE(a.status > 0 && a.status < 500)
              << where(row) << " as " << role_heading(role) << ": GET " << path << " → " << a.status << " "
              << a.body.substr(0, 300);
        }
      }
      auto after = row_counts(world_->db());
      after.erase("join_form_tokens");
      EXPECT_EQ(differences(before, after), "")
          << where(row) << " as " << role_heading(role) << ": reading with injected filters changed data";
    }
  }
  EXPECT_GT(requests, on_postgresql() ? 1000 : 2000);
}

// `body` with every string in it replaced by `payload`; numbers too when
// `numbers` (a field that expects a number gets text).
json injected(const json& body, const std::string& payload, bool numbers) {
  if (body.is_string() || (numbers && body.is_number())) return payload;
  json out = body;
  if (body.is_object() || body.is_array())
    for (auto& [k, v] : out.items()) v = injected(v, payload, numbers);
  return out;
}

TEST_F(HttpProbes, SqlInjectionInEveryJsonFieldIsRefusedOrStoredAsText) {
  int probed = 0;
  for (const auto& row : rows()) {
    if (row.method == "GET" || row.method == "DELETE") continue;
    auto role = allowed_role(row);
    if (!role) continue;
    HttpCall base = call_of(row, *role);
    if (!base.json || !base.json->is_object() || base.json->empty()) continue;
    for (const auto& [field, value] : base.json->items()) {
      for (const auto& payload : sql_payloads()) {
        for (bool numbers : {false, true}) {
          if (!numbers && !value.is_string() && !value.is_structured()) continue;
          HttpCall call = call_of(row, *role);
          if (!call.json || !call.json->contains(field)) continue;
          (*call.json)[field] = injected((*call.json)[field], payload, numbers);
          const auto before = row_counts(world_->db());
          HttpAnswer a = world_->send(call, *role);
          const auto after = row_counts(world_->db());
          EXPECT_TRUE(a.status > 0 && a.status < 500)
              << where(row) << " field \"" << field << "\" = " << payload << " → " << a.status << " "
              << a.body.substr(0, 300);
          // Nothing is lost: every table is still there with at least its
          // rows (a PUT replaces a whole thing, a survey's questions say, so
          // its rows may be fewer; the tables are still all there).
          for (const auto& [table, n] : before)
            EXPECT_TRUE(after.count(table) && (row.method == "PUT" || after.at(table) >= n))
                << where(row) << " field \"" << field << "\" = " << payload << ": " << differences(before, after);
          ++probed;
        }
      }
    }
  }
  EXPECT_GT(probed, on_postgresql() ? 150 : 300);
}

// ---------------------------------------------------------------------------
// Path traversal

const std::vector<std::string>& traversals() {
  static const std::vector<std::string> t = {
      "../../../../../../etc/passwd",
      "..%2f..%2f..%2f..%2fetc%2fpasswd",
      "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
      "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
      "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
      "..%5c..%5c..%5cetc%5cpasswd",
      "....//....//....//etc/passwd",
      "%2fetc%2fpasswd",
      "/etc/passwd",
      "jamt.css%00.js",
      "..%00/etc/passwd",
      "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
      "../src/main.cpp",
      "../../CMakeLists.txt",
  };
  return t;
}

void expect_refused_traversal(const HttpAnswer& a, const std::string& context) {
  EXPECT_TRUE(a.status == 400 || a.status == 401 || a.status == 403 || a.status == 404 || a.status == 405 ||
              (a.status == 303 && !a.location.empty()))
      << context << " → " << a.status << " " << a.body.substr(0, 200);
  EXPECT_EQ(a.body.find("root:x:0:0"), std::string::npos) << context;
  EXPECT_EQ(a.body.find("cmake_minimum_required"), std::string::npos) << context;
  EXPECT_EQ(a.body.find("int main("), std::string::npos) << context;
}

TEST_F(HttpProbes, PathTraversalOnStaticFilesIsRefused) {
  for (const auto& t : traversals())
    for (Role role : {Role::anonymous, Role::admin})
      expect_refused_traversal(world_->send({.method = "GET", .path = "/static/" + t}, role), "GET /static/" + t);
  // A real file is still served.
  const std::string any = a_static_file();
  ASSERT_FALSE(any.empty());
  EXPECT_EQ(world_->send({.method = "GET", .path = "/static/" + any}, Role::anonymous).status, 200) << any;
}

// `pattern` with its first capture group replaced by `text` and the others
// by `ids`' values in order.
std::string with_group(const std::string& pattern, std::size_t group, const std::string& text,
                       const std::vector<std::string>& ids) {
  std::vector<std::string> values = ids;
  values.resize(std::max(values.size(), group + 1), "1");
  values[group] = text;
  return path_of(pattern, values);
}

TEST_F(HttpProbes, PathTraversalInEveryRoutesVariablePartIsRefused) {
  SKIP_ON_POSTGRESQL();
  int probed = 0;
  for (const auto& row : rows()) {
    if (row.method != "GET" || row.pattern.find('(') == std::string::npos || row.pattern.rfind("/static/", 0) == 0)
      continue;
    std::size_t groups = 0;
    for (std::size_t i = 0; i < row.pattern.size(); ++i)
      if (row.pattern[i] == '(' && (i == 0 || row.pattern[i - 1] != '\\')) ++groups;
    // The ids the recipe uses, to leave the other parts valid.
    const std::string real = call_of(row, Role::admin).path;
    std::vector<std::string> ids;
    std::smatch m;
    const std::string real_path = real.substr(0, real.find('?'));
    if (std::regex_match(real_path, m, std::regex(row.pattern)))
      for (std::size_t i = 1; i < m.size(); ++i) ids.push_back(m[i].str());
    for (std::size_t g = 0; g < groups; ++g)
      for (const auto& t : traversals())
        for (Role role : {Role::anonymous, Role::admin}) {
          const std::string path = with_group(row.pattern, g, t, ids);
          expect_refused_traversal(world_->send({.method = "GET", .path = path}, role),
                                   where(row) + " as " + role_heading(role) + ": GET " + path);
          ++probed;
        }
  }
  EXPECT_GT(probed, 2000);
}

// ---------------------------------------------------------------------------
// Script payloads

const char* const kScript = "<script>alert('jamt-xss')</script>\"'><img src=x onerror=alert('jamt-xss')>";

json with_script(const json& body, const std::string& only) {
  json out = body;
  for (auto& [k, v] : out.items())
    if (only.empty() || k == only) v = injected(v, kScript, false);
  return out;
}

TEST_F(HttpProbes, ScriptPayloadsSavedThroughFormsAndTheApiComeBackEscapedOnEveryPage) {
  SKIP_ON_POSTGRESQL();
  // Save the payload through every route that takes text, field by field
  // when the whole body is refused (a field with a format of its own).
  int saved = 0;
  for (const auto& row : rows()) {
    if (row.method == "GET" || row.method == "DELETE") continue;
    auto role = allowed_role(row);
    if (!role) continue;
    HttpCall base = call_of(row, *role);
    std::vector<std::string> fields{""};
    if (base.json && base.json->is_object())
      for (const auto& [k, v] : base.json->items()) fields.push_back(k);
    if (base.form)
      for (const auto& [k, v] : *base.form) fields.push_back(k);
    for (const auto& field : fields) {
      HttpCall call = call_of(row, *role);
      if (call.json && call.json->is_object()) {
        *call.json = with_script(*call.json, field);
      } else if (call.form) {
        for (auto& [k, v] : *call.form)
          if ((field.empty() || k == field) && k != "csrf_token" && k != "next") v = kScript;
      } else {
        break;
      }
      HttpAnswer a = world_->send(call, *role);
      EXPECT_LT(a.status, 500) << where(row) << " field \"" << field << "\": " << a.body.substr(0, 300);
      if (a.status < 400) {
        ++saved;
        if (field.empty()) break;  // the whole body was taken
      }
    }
  }
  EXPECT_GT(saved, 50);
  // Every page shows it as text, never as markup.
  int pages = 0, shown = 0;
  for (const auto& row : rows()) {
    if (row.method != "GET") continue;
    for (Role role : {Role::admin, Role::anonymous, Role::contact}) {
      HttpCall call = call_of(row, role);
      HttpAnswer a = world_->send(call, role);
      if (header(a, "Content-Type").find("text/html") == std::string::npos) continue;
      ++pages;
      EXPECT_EQ(a.body.find("<script>alert('jamt-xss')"), std::string::npos) << where(row) << ": GET " << call.path;
      EXPECT_EQ(a.body.find("onerror=alert('jamt-xss')>"), std::string::npos) << where(row) << ": GET " << call.path;
      if (a.body.find("&lt;script&gt;alert(") != std::string::npos) ++shown;
    }
  }
  EXPECT_GT(pages, 200);
  EXPECT_GT(shown, 20) << "the payload should be shown, escaped, on many pages";
}

}  // namespace
}  // namespace jamt::testing::authz
