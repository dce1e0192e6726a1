// Accounts hardened (issue 16, item 4), over HTTP on a real port and in the
// service, on SQLite and PostgreSQL, at fixed clock times: login throttling
// per (account, client address) and per address, sessions that end after
// idle time and after an absolute time, API tokens that expire and can be
// listed, and common passwords refused.
#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include "domain/account_policy.hpp"
#include "domain/utc_time.hpp"
#include "service/account/api_token_service.hpp"
#include "service/account/auth_service.hpp"
#include "service/account/password_links.hpp"
#include "store/login_failure_repository.hpp"
#include "test_accounts.hpp"
#include "test_server.hpp"

using namespace jamt;
using namespace jamt::testing;
using namespace std::chrono_literals;
using json = nlohmann::json;

namespace {

constexpr const char* kAdmin = "admin@example.se";
constexpr const char* kAttacker = "203.0.113.66";  // documentation address (RFC 5737)

// Puts the default policy back after a test changed it.
struct PolicyGuard {
  AccountPolicy saved = account_policy();
  ~PolicyGuard() { set_account_policy(saved); }
};

}  // namespace

class AccountHardening : public ServerFixture {
 protected:
  void SetUp() override {
    ServerFixture::SetUp();
    if (HasFatalFailure()) return;
    admin = sign_in(*db, kAdmin, Role::admin);
  }

  // Stores `count` failed logins for `email` from `address`, `ago` before now.
  void fail_earlier(const std::string& email, const std::string& address, int count, std::chrono::seconds ago = 0s) {
    auto at = utc_text(clock.now() - ago);
    ASSERT_TRUE(db->transaction([&](soci::session& s) -> Status {
                    for (int i = 0; i < count; ++i) store::insert_login_failure(s, email, at, address);
                    return {};
                  }).ok());
  }
  std::string login_code(const std::string& email, const std::string& password, const std::string& address) {
    auto r = service::login(*db, email, password, address);
    return r ? std::string("ok") : std::string(jamt::to_code(r.error().code));
  }
  // POST /api/v1/auth/login as a script would send it (from 127.0.0.1).
  httplib::Result api_login(const std::string& email, const std::string& password) {
    return client->Post("/api/v1/auth/login", json{{"email", email}, {"password", password}}.dump(),
                        "application/json");
  }
  int me_status(const std::string& cookie) {
    auto r = client->Get("/api/v1/auth/me", {{"Cookie", "jamt_session=" + cookie}});
    return r ? r->status : 0;
  }

  PolicyGuard policy_guard;
  TestLogin admin;
};

// --- Login throttling -------------------------------------------------------

TEST_F(AccountHardening, FailuresFromAnotherAddressDoNotLockTheAccount) {
  // Someone elsewhere tries the admin's password again and again…
  fail_earlier(kAdmin, kAttacker, 30);
  EXPECT_EQ(login_code(kAdmin, kTestPassword, kAttacker), "throttled") << "their own address is locked";
  // …while the admin, from their own address (the test client, 127.0.0.1), logs in.
  auto r = api_login(kAdmin, kTestPassword);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
}

TEST_F(AccountHardening, FiveWrongPasswordsFromOneAddressLockThatPairForFifteenMinutes) {
  for (int i = 0; i < 5; ++i) {
    auto r = api_login(kAdmin, "fel lösenord nummer " + std::to_string(i));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 401) << i;
  }
  auto locked = api_login(kAdmin, kTestPassword);
  ASSERT_TRUE(locked);
  EXPECT_EQ(locked->status, 429) << "the right password is not even checked";
  EXPECT_EQ(json::parse(locked->body)["error"]["code"], "throttled");
  // The form says it in Swedish.
  auto form = client->Get("/logga-in");
  ASSERT_TRUE(form);
  EXPECT_EQ(login_code(kAdmin, kTestPassword, "127.0.0.1"), "throttled");
  EXPECT_EQ(login_code(kAdmin, kTestPassword, "198.51.100.7"), "ok") << "another address is not locked";
  clock.advance(15min);
  auto later = api_login(kAdmin, kTestPassword);
  ASSERT_TRUE(later);
  EXPECT_EQ(later->status, 200) << "fifteen minutes after the last failure";
}

TEST_F(AccountHardening, TwentyFailuresFromOneAddressOverManyAccountsLockTheAddress) {
  // Password spraying: one guess each for nineteen accounts…
  for (int i = 0; i < 19; ++i) fail_earlier("person" + std::to_string(i) + "@example.se", kAttacker, 1, 60s);
  EXPECT_EQ(login_code("ny@example.se", "gissning nummer tjugo", kAttacker), "unauthorized") << "the twentieth is checked";
  // …and now the address is refused for any account, the right password too.
  EXPECT_EQ(login_code(kAdmin, kTestPassword, kAttacker), "throttled");
  EXPECT_EQ(login_code("annan@example.se", "vad som helst här", kAttacker), "throttled");
  EXPECT_EQ(login_code(kAdmin, kTestPassword, "198.51.100.7"), "ok") << "other addresses are not affected";
  clock.advance(15min);
  EXPECT_EQ(login_code(kAdmin, kTestPassword, kAttacker), "ok") << "fifteen minutes after the last failure";
}

TEST_F(AccountHardening, ALoginToOnesOwnAccountDoesNotWipeTheAddressCount) {
  for (int i = 0; i < 19; ++i) fail_earlier("person" + std::to_string(i) + "@example.se", kAttacker, 1, 60s);
  ASSERT_EQ(login_code(kAdmin, kTestPassword, kAttacker), "ok");
  EXPECT_EQ(login_code("person99@example.se", "en gissning till", kAttacker), "unauthorized");
  EXPECT_EQ(login_code("person98@example.se", "och en gissning till", kAttacker), "throttled")
      << "nineteen plus one failures after a successful login of another account";
}

TEST_F(AccountHardening, FailuresSpreadOverMoreThanFifteenMinutesDoNotLockTheAddress) {
  for (int i = 0; i < 10; ++i) fail_earlier("tidig" + std::to_string(i) + "@example.se", kAttacker, 1, 17min);
  for (int i = 0; i < 10; ++i) fail_earlier("sen" + std::to_string(i) + "@example.se", kAttacker, 1, 1min);
  EXPECT_EQ(login_code(kAdmin, kTestPassword, kAttacker), "ok");
}

// --- Sessions -----------------------------------------------------------------

TEST_F(AccountHardening, ASessionEndsAfterIdleTimeButUseKeepsItAlive) {
  AccountPolicy p{};
  p.session_idle = 30min;
  p.session_absolute = 12h;
  set_account_policy(p);
  auto s = log_in_again(*db, admin);
  EXPECT_EQ(me_status(s.cookie), 200);
  clock.advance(29min);
  EXPECT_EQ(me_status(s.cookie), 200) << "29 minutes unused";
  clock.advance(29min);
  EXPECT_EQ(me_status(s.cookie), 200) << "29 minutes after the last use, 58 after the login";
  clock.advance(30min);
  EXPECT_EQ(me_status(s.cookie), 401) << "30 minutes unused";
}

TEST_F(AccountHardening, ASessionEndsAfterTheAbsoluteTimeHoweverBusy) {
  AccountPolicy p{};
  p.session_idle = 30min;
  p.session_absolute = 2h;
  set_account_policy(p);
  auto s = log_in_again(*db, admin);
  for (int i = 0; i < 5; ++i) {
    clock.advance(20min);
    EXPECT_EQ(me_status(s.cookie), 200) << "after " << (i + 1) * 20 << " minutes";
  }
  clock.advance(19min + 59s);
  EXPECT_EQ(me_status(s.cookie), 200) << "one second before two hours";
  clock.advance(1s);
  EXPECT_EQ(me_status(s.cookie), 401) << "two hours after the login";
}

TEST_F(AccountHardening, AShorterSettingAppliesToSessionsAlreadyOpen) {
  auto s = log_in_again(*db, admin);
  clock.advance(50min);
  EXPECT_EQ(me_status(s.cookie), 200) << "the default idle time is two hours";
  AccountPolicy p{};
  p.session_absolute = 45min;
  set_account_policy(p);
  EXPECT_EQ(me_status(s.cookie), 401);
}

// --- API tokens -----------------------------------------------------------------

TEST_F(AccountHardening, AnExpiredTokenIsRefusedWithAClearMessage) {
  auto t = service::create_api_token(*db, kAdmin, "skript", service::Actor{"test"}, 2);
  ASSERT_TRUE(t.ok()) << t.error().to_string();
  EXPECT_EQ(t->expires_at, "2026-04-02T10:00:00Z");
  httplib::Headers bearer{{"Authorization", "Bearer " + t->token}};
  auto ok = client->Get("/api/v1/auth/me", bearer);
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200);
  clock.advance(48h - 1s);
  EXPECT_EQ(client->Get("/api/v1/organisations", bearer)->status, 200);
  clock.advance(1s);
  auto refused = client->Get("/api/v1/organisations", bearer);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 401);
  const std::string message = json::parse(refused->body)["error"]["message"];
  EXPECT_NE(message.find("expired at 2026-04-02T10:00:00Z"), std::string::npos) << message;
  EXPECT_NE(message.find("\"skript\""), std::string::npos) << message;
  EXPECT_EQ(refused->get_header_value("WWW-Authenticate"), "Bearer error=\"invalid_token\"");
  // A revoked one says so too; an invented one is no login, as before.
  ASSERT_TRUE(service::revoke_api_token(*db, kAdmin, "skript", service::Actor{"test"}).ok());
  auto revoked = client->Get("/api/v1/auth/me", bearer);
  EXPECT_NE(revoked->body.find("was revoked at"), std::string::npos) << revoked->body;
  auto invented = client->Get("/api/v1/auth/me", {{"Authorization", "Bearer jamt_" + std::string(64, 'a')}});
  EXPECT_EQ(invented->status, 401);
  EXPECT_EQ(invented->body.find("expired"), std::string::npos);
}

TEST_F(AccountHardening, TokenLifetimesOutsideTheLimitsAreRefused) {
  for (int days : {0, -1, 367}) {
    auto t = service::create_api_token(*db, kAdmin, "fel", service::Actor{"test"}, days);
    ASSERT_FALSE(t.ok()) << days;
    EXPECT_EQ(t.error().field, "days");
  }
  auto fallback = service::create_api_token(*db, kAdmin, "standard", service::Actor{"test"});
  ASSERT_TRUE(fallback.ok());
  EXPECT_EQ(fallback->expires_at, "2026-06-29T10:00:00Z") << "90 days by default";
}

TEST_F(AccountHardening, OwnerAndAdminListTokensWithoutTheSecret) {
  AccountPolicy p{};
  p.session_idle = 48h;  // the sessions outlive the day the clock jumps
  p.session_absolute = 48h;
  set_account_policy(p);
  admin = log_in_again(*db, admin);  // made under the old policy, the session would end after 12 hours
  auto contact_org = add_organisation(*db, 1, "Kommun A", "08", "0880");
  auto owner = sign_in(*db, "kontakt@example.se", Role::org_contact, "", contact_org);
  auto other = sign_in(*db, "annan@example.se", Role::org_contact, "", contact_org);
  auto t = service::create_api_token(*db, owner.email, "rapporter", service::Actor{"test"}, 30);
  ASSERT_TRUE(t.ok());
  auto old = service::create_api_token(*db, owner.email, "gammal", service::Actor{"test"}, 1);
  ASSERT_TRUE(old.ok());
  clock.advance(2h);
  ASSERT_EQ(client->Get("/api/v1/auth/me", {{"Authorization", "Bearer " + t->token}})->status, 200);
  clock.advance(24h);
  const std::string path = "/api/v1/users/" + std::to_string(owner.user_id) + "/tokens";
  for (const TestLogin* who : {&owner, &admin}) {
    auto r = client->Get(path, who->headers());
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << r->body;
    EXPECT_EQ(r->body.find(t->token.substr(5)), std::string::npos) << "never the token";
    json list = json::parse(r->body)["tokens"];
    ASSERT_EQ(list.size(), 2u);
    json by_name;
    for (const auto& x : list) by_name[x["name"].get<std::string>()] = x;
    EXPECT_EQ(by_name["rapporter"]["created_at"], "2026-03-31T10:00:00Z");
    EXPECT_EQ(by_name["rapporter"]["last_used_at"], "2026-03-31T12:00:00Z");
    EXPECT_EQ(by_name["rapporter"]["expires_at"], "2026-04-30T10:00:00Z");
    EXPECT_EQ(by_name["rapporter"]["state"], "active");
    EXPECT_EQ(by_name["gammal"]["last_used_at"], nullptr);
    EXPECT_EQ(by_name["gammal"]["state"], "expired");
  }
  EXPECT_EQ(client->Get(path, other.headers())->status, 403);
  EXPECT_EQ(client->Get(path)->status, 401);
  // The page: one's own at /konto/nycklar, an admin's view at /konton/{id}/nycklar.
  auto own = client->Get("/konto/nycklar", owner.cookie_only());
  ASSERT_TRUE(own);
  EXPECT_EQ(own->status, 200);
  EXPECT_NE(own->body.find("<td>rapporter</td><td>2026-03-31 10:00 UTC</td><td>2026-03-31 12:00 UTC</td>"
                           "<td>2026-04-30 10:00 UTC</td><td>Giltig</td>"),
            std::string::npos)
      << own->body;
  EXPECT_NE(own->body.find("Har gått ut"), std::string::npos);
  const std::string page = "/konton/" + std::to_string(owner.user_id) + "/nycklar";
  EXPECT_EQ(client->Get(page, admin.cookie_only())->status, 200);
  EXPECT_EQ(client->Get(page, other.cookie_only())->status, 403);
}

// --- Common passwords ----------------------------------------------------------------

TEST_F(AccountHardening, CommonPasswordsAreRefusedWithASwedishMessage) {
  for (const char* weak : {"password1234", "Password2024!", "qwerty123456", "abbreviation", "ABSENTMINDED"}) {
    auto st = service::check_new_password(weak);
    ASSERT_FALSE(st.ok()) << weak;
    EXPECT_EQ(st.error().field, "password");
    EXPECT_NE(st.error().message.find("för vanligt"), std::string::npos) << st.error().message;
  }
  EXPECT_TRUE(service::check_new_password("korp fyrtorn gurkmeja").ok());
  EXPECT_TRUE(service::check_new_password(kTestPassword).ok());
  // Creating an account and changing a password are refused the same way.
  User u;
  u.email = "ny@example.se";
  u.role = Role::admin;
  auto created = service::create_user(*db, u, "Password2024!", service::Actor{"test"});
  ASSERT_FALSE(created.ok());
  EXPECT_EQ(created.error().field, "password");
  EXPECT_FALSE(service::change_password(*db, kAdmin, "dragonfly123456", service::Actor{"test"}).ok());
}

TEST_F(AccountHardening, TheChoosePasswordFormSaysACommonPasswordIsTooCommon) {
  std::string token;
  ASSERT_TRUE(db->transaction([&](soci::session& s) -> Status {
                  token = service::issue_password_link(s, admin.user_id, service::LinkPurpose::reset, "test",
                                                       clock.now());
                  return {};
                }).ok());
  const std::string path = "/konto/losenord/" + token;
  for (const std::string lang : {"", "?lang=en"}) {
    auto form = client->Get(path + lang);
    ASSERT_TRUE(form);
    ASSERT_EQ(form->status, 200);
    std::string cookie;
    for (const auto& [name, value] : form->headers)
      if (name == "Set-Cookie" && value.rfind("jamt_form=", 0) == 0) cookie = value.substr(0, value.find(';'));
    const std::string form_token = cookie.substr(cookie.find('=') + 1);
    auto r = client->Post(path + lang, {{"Cookie", cookie}},
                          httplib::Params{{"form_token", form_token},
                                          {"password", "Password2024!"},
                                          {"password_repeat", "Password2024!"}});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << r->body;
    EXPECT_NE(r->body.find(lang.empty() ? "Lösenordet är för vanligt" : "The password is too common"),
              std::string::npos)
        << r->body;
  }
  EXPECT_TRUE(service::check_password_link(*db, token).ok()) << "the link still works";
}
