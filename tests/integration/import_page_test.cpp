// The statistics upload page over HTTP: login, roles, CSRF, and an upload
// that imports a real PX file — or nothing, when the file is wrong.
#include <gtest/gtest.h>
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY

#include <fstream>
#include <regex>
#include <sstream>

#include "service/account/auth_service.hpp"
#include "service/statistics/statistics_query.hpp"
#include "test_server.hpp"
#include "shared_helpers.hpp"

using jamt::testing::slurp;

using namespace jamt;

namespace {

std::string find(const std::string& html, const std::string& pattern) {
  std::smatch m;
  if (std::regex_search(html, m, std::regex(pattern))) return m[1].str();
  return "";
}

}  // namespace

class ImportPage : public jamt::testing::ServerFixture {
 protected:
  void SetUp() override {
    ServerFixture::SetUp();
    for (auto [email, role, county] : {std::tuple{"strateg@kalmar.example", Role::strategist, "08"},
                                       std::tuple{"samordnare@example.se", Role::coordinator, ""},
                                       std::tuple{"admin@example.se", Role::admin, ""}}) {
      User u;
      u.email = email;
      u.role = role;
      u.county_code = county;
      ASSERT_TRUE(service::create_user(*db, u, "ett långt lösenord", service::Actor{"test"}).ok());
    }
  }

  // Logs in through the form; returns the session cookie ("" on failure).
  std::string login(const std::string& email, const std::string& password, int expected_status = 303) {
    auto form = client->Get("/logga-in?next=/statistik/importera");
    std::string token = find(form->body, "name=\"login_token\" value=\"([0-9a-f]+)\"");
    httplib::Headers headers{{"Cookie", "jamt_login=" + token}};
    auto r = client->Post("/logga-in", headers,
                          httplib::Params{{"email", email}, {"password", password}, {"login_token", token},
                                          {"next", "/statistik/importera"}});
    EXPECT_EQ(r->status, expected_status);
    std::string cookie = r->get_header_value("Set-Cookie");
    if (r->status != 303) return "";
    EXPECT_EQ(r->get_header_value("Location"), "/statistik/importera");
    EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
    EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos);
    return cookie.substr(0, cookie.find(';'));
  }

  std::string csrf_of(const std::string& cookie) {
    auto page = client->Get("/statistik/importera", httplib::Headers{{"Cookie", cookie}});
    EXPECT_EQ(page->status, 200);
    return find(page->body, "name=\"csrf_token\" value=\"([0-9a-f]+)\"");
  }

  httplib::Result upload(const std::string& cookie, const std::string& csrf, const std::string& name,
                         const std::string& content) {
    httplib::MultipartFormDataItems items{{"file", content, name, "application/octet-stream"},
                                          {"format", "", "", ""},
                                          {"measure", "", "", ""}};
    if (!csrf.empty()) items.push_back({"csrf_token", csrf, "", ""});
    return client->Post("/statistik/importera", httplib::Headers{{"Cookie", cookie}}, items);
  }

  std::size_t measure_count() { return service::list_measures(*db)->size(); }
  std::string births() { return slurp(std::string(JAMT_SOURCE_DIR) + "/data/statistics/BE0101D1-levande-fodda.px"); }
};

TEST_F(ImportPage, AnonymousVisitorsAreSentToTheLoginPage) {
  auto r = client->Get("/statistik/importera");
  EXPECT_EQ(r->status, 303);
  EXPECT_EQ(r->get_header_value("Location"), "/logga-in?next=/statistik/importera");
  auto post = upload("", "", "x.px", births());
  EXPECT_EQ(post->status, 303);
  EXPECT_EQ(measure_count(), 0u);
}

TEST_F(ImportPage, AWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong) {
  login("strateg@kalmar.example", "fel lösenord här", 401);
  login("ingen@example.se", "ett långt lösenord", 401);
  auto form = client->Get("/logga-in");
  std::string token = find(form->body, "name=\"login_token\" value=\"([0-9a-f]+)\"");
  // The login form's own token must match its cookie.
  auto forged = client->Post("/logga-in", httplib::Params{{"email", "strateg@kalmar.example"},
                                                          {"password", "ett långt lösenord"}, {"login_token", token}});
  EXPECT_EQ(forged->status, 403);
}

TEST_F(ImportPage, AStrategistCannotImportATableOfTheWholeCountry) {
  std::string cookie = login("strateg@kalmar.example", "ett långt lösenord");
  auto r = upload(cookie, csrf_of(cookie), "BE0101D1.px", births());
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(r->body.find("regionen 00 (Riket), kategori 1 av 312 i dimensionen region, ligger utanför Kalmar län (08)"),
            std::string::npos)
      << r->body.substr(0, 3000);
  EXPECT_EQ(measure_count(), 0u);
}

TEST_F(ImportPage, AnAdministratorImportsARealPxFile) {
  std::string cookie = login("admin@example.se", "ett långt lösenord");
  ASSERT_FALSE(cookie.empty());
  std::string csrf = csrf_of(cookie);
  ASSERT_EQ(csrf.size(), 64u);
  auto r = upload(cookie, csrf, "BE0101D1.px", births());
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_NE(r->body.find("Importen är klar"), std::string::npos);
  EXPECT_NE(r->body.find("46\u00a0176 värden, 312 regioner, 2 perioder"), std::string::npos);
  EXPECT_EQ(measure_count(), 1u);
  auto again = upload(cookie, csrf, "BE0101D1.px", births());
  EXPECT_NE(again->body.find("Filen var redan importerad"), std::string::npos);
}

TEST_F(ImportPage, WithoutTheCsrfTokenNothingIsImported) {
  std::string cookie = login("strateg@kalmar.example", "ett långt lösenord");
  EXPECT_EQ(upload(cookie, "", "BE0101D1.px", births())->status, 403);
  EXPECT_EQ(upload(cookie, std::string(64, 'a'), "BE0101D1.px", births())->status, 403);
  EXPECT_EQ(measure_count(), 0u);
}

TEST_F(ImportPage, OnlyStrategistsAndAdminsMayImport) {
  std::string cookie = login("samordnare@example.se", "ett långt lösenord");
  EXPECT_EQ(client->Get("/statistik/importera", httplib::Headers{{"Cookie", cookie}})->status, 403);
  EXPECT_EQ(upload(cookie, "", "BE0101D1.px", births())->status, 403);
  EXPECT_EQ(measure_count(), 0u);
}

TEST_F(ImportPage, ABrokenFileIsRefusedWithItsPlaceAndTheFormKeepsTheChoices) {
  std::string cookie = login("strateg@kalmar.example", "ett långt lösenord");
  std::string csrf = csrf_of(cookie);
  std::string broken = births();
  broken.replace(broken.find("MATRIX="), 7, "MATRIXX=");
  httplib::MultipartFormDataItems items{{"file", broken, "trasig.px", "application/octet-stream"},
                                        {"format", "px", "", ""},
                                        {"measure", "FODDA", "", ""},
                                        {"csrf_token", csrf, "", ""}};
  auto r = client->Post("/statistik/importera", httplib::Headers{{"Cookie", cookie}}, items);
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(r->body.find("Filen kunde inte läsas: trasig.px:"), std::string::npos) << r->body.substr(0, 3000);
  EXPECT_NE(r->body.find("value=\"FODDA\""), std::string::npos) << "the measure code typed is kept";
  EXPECT_NE(r->body.find("<option value=\"px\" selected>"), std::string::npos);
  EXPECT_EQ(measure_count(), 0u);
}

TEST_F(ImportPage, LoggingOutEndsTheSession) {
  std::string cookie = login("strateg@kalmar.example", "ett långt lösenord");
  std::string csrf = csrf_of(cookie);
  auto out = client->Post("/logga-ut", httplib::Headers{{"Cookie", cookie}}, httplib::Params{{"csrf_token", csrf}});
  EXPECT_EQ(out->status, 303);
  EXPECT_EQ(client->Get("/statistik/importera", httplib::Headers{{"Cookie", cookie}})->status, 303);
}
