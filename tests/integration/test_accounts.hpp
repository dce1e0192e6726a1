#pragma once
// Signing in as a given role in HTTP tests, and small register fixtures.
#include <gtest/gtest.h>
#include <httplib.h>

#include <argon2.h>

#include <string>

#include "service/account/auth_service.hpp"
#include "service/demo/demo_registers.hpp"
#include "service/organisations/organisation_register.hpp"
#include "service/registers/register_service.hpp"
#include "store/user_repository.hpp"

namespace jamt::testing {

// A logged-in user as an HTTP client sees it: the session cookie and the
// CSRF token. `headers()` sends both; `cookie_only()` leaves the token out.
struct TestLogin {
  std::string email;
  std::string cookie;
  std::string csrf_token;
  std::int64_t user_id = 0;
  httplib::Headers headers() const { return {{"Cookie", "jamt_session=" + cookie}, {"X-CSRF-Token", csrf_token}}; }
  httplib::Headers cookie_only() const { return {{"Cookie", "jamt_session=" + cookie}}; }
};

// The password of every account sign_in() makes.
inline constexpr const char* kTestPassword = "correct horse battery";

// Creates an account (password kTestPassword) and logs it in
// through the service. `county` for strategists, `organisation_id` for
// organisation contacts.
inline TestLogin sign_in(store::Database& db, const std::string& email, Role role, const std::string& county = "",
                         std::optional<std::int64_t> organisation_id = std::nullopt) {
  User u;
  u.email = email;
  u.role = role;
  u.county_code = county;
  u.organisation_id = organisation_id;
  const std::string password = kTestPassword;
  // A cheap Argon2id hash (one pass, 64 KiB): tests sign in many accounts,
  // and login verifies whatever cost the stored hash names.
  static const std::string cheap_hash = [&] {
    char encoded[256];
    const std::string salt = "jamt-test-salt-16";
    argon2id_hash_encoded(1, 64, 1, password.data(), password.size(), salt.data(), salt.size(), 32, encoded,
                          sizeof encoded);
    return std::string(encoded);
  }();
  std::int64_t id = 0;
  Status created = db.transaction([&](soci::session& s) -> Status {
    id = store::insert_user(s, u, cheap_hash);
    return {};
  });
  EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().to_string());
  auto session = service::login(db, email, password);
  EXPECT_TRUE(session.ok()) << (session.ok() ? "" : session.error().to_string());
  if (!created.ok() || !session.ok()) return {};
  return {email, session->token, session->csrf_token, id};
}

// `who` logged in anew — for a test that moved the database's clock past the
// end of `who`'s session: a new cookie and CSRF token for the same account.
inline TestLogin log_in_again(store::Database& db, const TestLogin& who) {
  auto session = service::login(db, who.email, kTestPassword);
  EXPECT_TRUE(session.ok()) << (session.ok() ? "" : session.error().to_string());
  if (!session.ok()) return who;
  return {who.email, session->token, session->csrf_token, who.user_id};
}

// Adds an organisation in `county` (municipality optional) as the system
// and returns its id. `n` makes a distinct valid organisation number.
inline std::int64_t add_organisation(store::Database& db, int n, const std::string& name, const std::string& county,
                                     const std::string& municipality = "", const std::string& type = "kommun") {
  User admin;
  admin.role = Role::admin;
  admin.email = "fixture@jamt.test";
  auto saved = service::create_record(db, service::organisation_rules(),
                                      {{"name", name},
                                       {"org_number", service::demo_org_number(1000 + n)},
                                       {"type", type},
                                       {"county_code", county},
                                       {"municipality_code", municipality}},
                                      admin);
  EXPECT_TRUE(saved.ok()) << (saved.ok() ? "" : saved.error().to_string());
  return saved.ok() ? std::stoll(saved->at("id")) : 0;
}

}  // namespace jamt::testing
