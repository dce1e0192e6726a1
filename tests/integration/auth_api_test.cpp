// The authentication API over HTTP: login, me and logout with a session
// cookie and the CSRF header; API tokens as Bearer credentials; login
// throttling through the API and the login form.
#include <gtest/gtest.h>

#include <regex>

#include "service/account/api_token_service.hpp"
#include "domain/account_policy.hpp"
#include "domain/utc_time.hpp"
#include "service/account/auth_service.hpp"
#include "store/login_failure_repository.hpp"
#include "test_server.hpp"

using namespace jamt;
using json = nlohmann::json;

namespace {

constexpr const char* kStrategistEmail = "strateg@kalmar.example";
constexpr const char* kPassword = "ett långt lösenord";

std::string cookie_of(const httplib::Result& r) {
  std::string set = r->get_header_value("Set-Cookie");
  return set.substr(0, set.find(';'));
}

std::string find(const std::string& text, const std::string& pattern) {
  std::smatch m;
  if (std::regex_search(text, m, std::regex(pattern))) return m[1].str();
  return "";
}

}  // namespace

class AuthApi : public jamt::testing::ServerFixture {
 protected:
  void SetUp() override {
    ServerFixture::SetUp();
    User u;
    u.email = kStrategistEmail;
    u.role = Role::strategist;
    u.county_code = "08";
    auto id = service::create_user(*db, u, kPassword, service::Actor{"test"});
    ASSERT_TRUE(id.ok()) << id.error().to_string();
    user_id = *id;
  }

  httplib::Result api_login(const std::string& email, const std::string& password) {
    return client->Post("/api/v1/auth/login", json{{"email", email}, {"password", password}}.dump(),
                        "application/json");
  }
  httplib::Result me(const httplib::Headers& headers) { return client->Get("/api/v1/auth/me", headers); }
  httplib::Result logout(const httplib::Headers& headers) {
    return client->Post("/api/v1/auth/logout", headers, "", "application/json");
  }

  // Logs in through the HTML form; returns the response.
  httplib::Result form_login(const std::string& email, const std::string& password) {
    auto form = client->Get("/logga-in");
    std::string token = find(form->body, "name=\"login_token\" value=\"([0-9a-f]+)\"");
    return client->Post("/logga-in", httplib::Headers{{"Cookie", "jamt_login=" + token}},
                        httplib::Params{{"email", email}, {"password", password}, {"login_token", token}});
  }

  static std::string error_code(const httplib::Result& r) {
    return json::parse(r->body, nullptr, false).value("/error/code"_json_pointer, std::string());
  }

  std::int64_t user_id = 0;
};

TEST_F(AuthApi, LoginMeLogoutThenMeIsUnauthorized) {
  auto login = api_login(kStrategistEmail, kPassword);
  ASSERT_EQ(login->status, 200) << login->body;
  EXPECT_EQ(login->body.find("argon2"), std::string::npos) << "no password hash in the answer";
  EXPECT_EQ(login->body.find("password"), std::string::npos);
  json body = json::parse(login->body);
  std::string csrf = body["csrf_token"];
  EXPECT_EQ(csrf.size(), 64u);
  EXPECT_EQ(body["user"], (json{{"id", user_id}, {"email", kStrategistEmail}, {"role", "strategist"}, {"county_code", "08"},
                                {"organisation_id", nullptr}}));
  std::string set_cookie = login->get_header_value("Set-Cookie");
  EXPECT_NE(set_cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(set_cookie.find("SameSite=Lax"), std::string::npos);
  std::string cookie = cookie_of(login);

  auto who = me({{"Cookie", cookie}});
  ASSERT_EQ(who->status, 200) << who->body;
  EXPECT_EQ(json::parse(who->body), (json{{"user", body["user"]}}));

  auto out = logout({{"Cookie", cookie}, {"X-CSRF-Token", csrf}});
  EXPECT_EQ(out->status, 204) << out->body;
  EXPECT_NE(out->get_header_value("Set-Cookie").find("Max-Age=0"), std::string::npos);

  auto after = me({{"Cookie", cookie}});
  EXPECT_EQ(after->status, 401);
  EXPECT_EQ(error_code(after), "unauthorized");
  EXPECT_EQ(logout({{"Cookie", cookie}, {"X-CSRF-Token", csrf}})->status, 401);
}

TEST_F(AuthApi, LogoutWithoutOrWithAWrongCsrfHeaderIsForbidden) {
  auto login = api_login(kStrategistEmail, kPassword);
  ASSERT_EQ(login->status, 200);
  std::string cookie = cookie_of(login);
  auto without = logout({{"Cookie", cookie}});
  EXPECT_EQ(without->status, 403);
  EXPECT_EQ(error_code(without), "forbidden");
  auto wrong = logout({{"Cookie", cookie}, {"X-CSRF-Token", std::string(64, 'a')}});
  EXPECT_EQ(wrong->status, 403);
  EXPECT_EQ(error_code(wrong), "forbidden");
  EXPECT_EQ(me({{"Cookie", cookie}})->status, 200) << "the session is still open";
}

TEST_F(AuthApi, WrongCredentialsAndBadRequestsAreRefused) {
  for (auto [email, password] : {std::pair{kStrategistEmail, "fel lösenord här"}, std::pair{"ingen@example.se", kPassword}}) {
    auto r = api_login(email, password);
    EXPECT_EQ(r->status, 401);
    EXPECT_EQ(error_code(r), "unauthorized");
    EXPECT_TRUE(r->get_header_value("Set-Cookie").empty());
  }
  auto not_json = client->Post("/api/v1/auth/login", "{\"email\":", "application/json");
  EXPECT_EQ(not_json->status, 400);
  EXPECT_EQ(error_code(not_json), "validation");
  auto no_password = client->Post("/api/v1/auth/login", json{{"email", kStrategistEmail}}.dump(), "application/json");
  EXPECT_EQ(no_password->status, 400);
  EXPECT_EQ(json::parse(no_password->body)["error"]["field"], "password");
  auto form_encoded = client->Post("/api/v1/auth/login", httplib::Params{{"email", kStrategistEmail}, {"password", kPassword}});
  EXPECT_EQ(form_encoded->status, 400) << "only JSON, so no other site's form can log a visitor in";
  auto nobody = me({});
  EXPECT_EQ(nobody->status, 401);
  EXPECT_EQ(error_code(nobody), "unauthorized");
}

TEST_F(AuthApi, FiveWrongPasswordsThrottleTheAddressEvenForTheRightOne) {
  // The API and the form count the same failures, whatever the address's case.
  for (const char* email : {kStrategistEmail, "Strateg@Kalmar.Example", kStrategistEmail}) {
    auto r = api_login(email, "fel lösenord här");
    EXPECT_EQ(r->status, 401) << email;
  }
  for (const char* email : {kStrategistEmail, "STRATEG@kalmar.example"})
    EXPECT_EQ(form_login(email, "fel lösenord här")->status, 401) << email;

  auto refused = api_login(kStrategistEmail, kPassword);
  EXPECT_EQ(refused->status, 429) << refused->body;
  EXPECT_EQ(error_code(refused), "throttled");
  EXPECT_NE(json::parse(refused->body)["error"]["message"].get<std::string>().find("wait 15 minutes"),
            std::string::npos);
  EXPECT_TRUE(refused->get_header_value("Set-Cookie").empty());

  auto form = form_login(kStrategistEmail, kPassword);
  EXPECT_EQ(form->status, 429);
  EXPECT_NE(form->body.find("För många misslyckade inloggningar. Vänta 15 minuter och försök igen."),
            std::string::npos);
  EXPECT_EQ(form->get_header_value("Set-Cookie").find("jamt_session"), std::string::npos);
}

TEST_F(AuthApi, ABearerTokenAuthenticatesUntilItIsRevokedOrItsAccountDisabled) {
  auto token = service::create_api_token(*db, kStrategistEmail, "skript", service::Actor{"test"});
  ASSERT_TRUE(token.ok()) << token.error().to_string();
  auto who = me({{"Authorization", "Bearer " + token->token}});
  ASSERT_EQ(who->status, 200) << who->body;
  EXPECT_EQ(json::parse(who->body)["user"]["id"], user_id);
  EXPECT_EQ(json::parse(who->body)["user"]["email"], kStrategistEmail);

  EXPECT_EQ(me({{"Authorization", "Bearer jamt_" + std::string(64, '0')}})->status, 401);
  EXPECT_EQ(me({{"Authorization", "Bearer nonsense"}})->status, 401);
  // An unknown Bearer token does not fall back to a valid session cookie.
  std::string cookie = cookie_of(api_login(kStrategistEmail, kPassword));
  EXPECT_EQ(me({{"Cookie", cookie}})->status, 200);
  EXPECT_EQ(me({{"Cookie", cookie}, {"Authorization", "Bearer jamt_wrong"}})->status, 401);

  auto revoked = service::revoke_api_token(*db, kStrategistEmail, "skript", service::Actor{"test"});
  ASSERT_TRUE(revoked.ok());
  EXPECT_EQ(*revoked, 1u);
  EXPECT_EQ(me({{"Authorization", "Bearer " + token->token}})->status, 401);

  auto second = service::create_api_token(*db, kStrategistEmail, "skript", service::Actor{"test"});
  ASSERT_TRUE(second.ok()) << "a revoked name may be used again";
  EXPECT_EQ(me({{"Authorization", "Bearer " + second->token}})->status, 200);
  ASSERT_TRUE(service::disable_user(*db, kStrategistEmail, service::Actor{"test"}).ok());
  auto disabled = me({{"Authorization", "Bearer " + second->token}});
  EXPECT_EQ(disabled->status, 401);
  EXPECT_EQ(error_code(disabled), "unauthorized");
}

TEST_F(AuthApi, ASessionLastsTwelveHoursByTheServersClock) {
  // Logged in at 10:00 UTC on the fixture's date; the session ends at 22:00 UTC.
  auto login = api_login(kStrategistEmail, kPassword);
  ASSERT_EQ(login->status, 200) << login->body;
  httplib::Headers cookie{{"Cookie", cookie_of(login)}};
  EXPECT_EQ(me(cookie)->status, 200);
  // In use every 90 minutes (it would end after two idle hours) until `end`.
  auto use_until = [&](const httplib::Headers& session, std::chrono::sys_seconds end) {
    while (clock.now() + std::chrono::minutes(90) < end) {
      clock.advance(std::chrono::minutes(90));
      ASSERT_EQ(me(session)->status, 200) << "in use at " << utc_text(clock.now());
    }
    clock.set(end);
  };
  use_until(cookie, *parse_utc_text("2026-03-31T21:59:59Z"));
  EXPECT_EQ(me(cookie)->status, 200) << "one second before it ends";
  clock.advance(std::chrono::seconds(1));
  auto expired = me(cookie);
  EXPECT_EQ(expired->status, 401) << "at 22:00:00 it has ended";
  EXPECT_EQ(error_code(expired), "unauthorized");
  // The same happens to the pages: a page for signed-in users asks for a login again.
  auto page = client->Get("/anslutningar/forsenade-uppfoljningar", cookie);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 303);
  EXPECT_EQ(page->get_header_value("Location").rfind("/logga-in", 0), 0u) << page->get_header_value("Location");
  // A new login at the later time gets a new session for another twelve hours.
  auto again = api_login(kStrategistEmail, kPassword);
  ASSERT_EQ(again->status, 200);
  httplib::Headers fresh{{"Cookie", cookie_of(again)}};
  use_until(fresh, clock.now() + std::chrono::hours(12) - std::chrono::seconds(1));
  EXPECT_EQ(me(fresh)->status, 200);
  clock.advance(std::chrono::seconds(1));
  EXPECT_EQ(me(fresh)->status, 401);
}

TEST_F(AuthApi, AThrottledAddressIsFreeFifteenMinutesAfterItsLastFailure) {
  // Five failures a minute apart across New Year's Eve (22:55–22:59 UTC).
  clock.set(*parse_utc_text("2025-12-31T22:55:00Z"));
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(api_login(kStrategistEmail, "fel lösenord här")->status, 401) << i;
    if (i < 4) clock.advance(std::chrono::minutes(1));
  }
  EXPECT_EQ(api_login(kStrategistEmail, kPassword)->status, 429);
  clock.set(*parse_utc_text("2025-12-31T23:13:59Z"));  // 14 min 59 s after the last failure
  EXPECT_EQ(api_login(kStrategistEmail, kPassword)->status, 429);
  clock.advance(std::chrono::seconds(1));
  EXPECT_EQ(api_login(kStrategistEmail, kPassword)->status, 200) << "15 minutes after the last failure";
}

TEST_F(AuthApi, FiveFailuresSpreadOverMoreThanFifteenMinutesDoNotLock) {
  clock.set(*parse_utc_text("2028-02-29T08:00:00Z"));
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(api_login(kStrategistEmail, "fel lösenord här")->status, 401) << i;
    clock.advance(std::chrono::seconds(225) + std::chrono::seconds(i == 3 ? 1 : 0));
  }
  // The newest and the fifth newest are 15 min 1 s apart.
  EXPECT_EQ(api_login(kStrategistEmail, kPassword)->status, 200);
}

TEST_F(AuthApi, ALoginThatWaitedTooLongForOthersIsToldToTryAgainNotLockedOut) {
  // Five guesses of this account from this address are being checked (by
  // another server) when the owner signs in: the login waits for them, and
  // when they do not end in time it is refused as busy, with its own message.
  const AccountPolicy saved = account_policy();
  AccountPolicy quick = saved;
  quick.login_wait_for_others = std::chrono::milliseconds(400);
  set_account_policy(quick);
  std::vector<std::int64_t> pending;
  ASSERT_TRUE(db->transaction([&](soci::session& s) -> Status {
                  for (int i = 0; i < 5; ++i)
                    pending.push_back(store::insert_login_failure(s, kStrategistEmail, utc_text(clock.now()), "127.0.0.1", true));
                  return {};
                }).ok());
  const auto started = std::chrono::steady_clock::now();
  auto busy = form_login(kStrategistEmail, kPassword);
  const auto waited = std::chrono::steady_clock::now() - started;
  ASSERT_TRUE(busy);
  EXPECT_EQ(busy->status, 429);
  EXPECT_NE(busy->body.find("Många loggar in från din adress just nu. Vänta en stund och försök igen."),
            std::string::npos);
  EXPECT_EQ(busy->body.find("Vänta 15 minuter"), std::string::npos) << "not the lockout";
  for (const auto& [name, value] : busy->headers) {
    if (name == "Set-Cookie") {
      EXPECT_NE(value.rfind("jamt_session=", 0), 0u) << "no session: " << value;
    }
  }
  EXPECT_GE(waited, std::chrono::milliseconds(400)) << "it waited for the attempts before it";
  EXPECT_LT(waited, std::chrono::seconds(10));

  // The five turn out to be the owner's own correct logins: they are
  // settled, and the next login gets in at once.
  ASSERT_TRUE(db->transaction([&](soci::session& s) -> Status {
                  for (auto id : pending) store::delete_login_failure(s, id);
                  return {};
                }).ok());
  auto in = form_login(kStrategistEmail, kPassword);
  ASSERT_TRUE(in);
  EXPECT_EQ(in->status, 303);
  set_account_policy(saved);
}
