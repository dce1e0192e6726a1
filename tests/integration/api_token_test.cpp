// API tokens in the service, against the real database: only the hash is
// stored, the audit log never holds the token, names and revocation.
#include <gtest/gtest.h>

#include <regex>
#include <soci/soci.h>

#include "domain/clock.hpp"
#include "domain/utc_time.hpp"
#include "service/account/api_token_service.hpp"
#include "service/account/auth_service.hpp"
#include "service/account/sha256.hpp"
#include "store/audit_repository.hpp"
#include "test_database.hpp"

using namespace jamt;

namespace {
constexpr const char* kAdminEmail = "admin@example.se";
}

class ApiTokens : public ::testing::Test {
 protected:
  void SetUp() override {
    db = jamt::testing::fresh_database();
    ASSERT_NE(db, nullptr);
    User u;
    u.email = kAdminEmail;
    u.role = Role::admin;
    ASSERT_TRUE(service::create_user(*db, u, "ett långt lösenord", service::Actor{"test"}).ok());
  }
  std::unique_ptr<store::Database> db;
};

TEST_F(ApiTokens, OnlyTheHashIsStoredAndTheAuditLogHasNoToken) {
  auto t = service::create_api_token(*db, "Admin@Example.se", "rapporter", service::Actor{"cli:test"});
  ASSERT_TRUE(t.ok()) << t.error().to_string();
  EXPECT_TRUE(std::regex_match(t->token, std::regex("jamt_[0-9a-f]{64}"))) << t->token;
  std::string stored;
  std::vector<store::AuditEntry> audit;
  ASSERT_TRUE(db->read([&](soci::session& s) -> Status {
                  s << "SELECT token_hash FROM api_tokens", soci::into(stored);
                  audit = store::list_audit(s, "api_token", t->id);
                  return {};
                }).ok());
  EXPECT_EQ(stored, service::sha256_hex(t->token));
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].actor, "cli:test");
  EXPECT_EQ(audit[0].after_json.value_or("").find(t->token.substr(5)), std::string::npos);
  EXPECT_NE(audit[0].after_json.value_or("").find("rapporter"), std::string::npos);

  auto user = service::find_api_token_user(*db, t->token);
  ASSERT_TRUE(user.ok());
  ASSERT_TRUE(user->has_value());
  EXPECT_EQ((*user)->email, kAdminEmail);
  EXPECT_FALSE(service::find_api_token_user(*db, service::sha256_hex(t->token))->has_value());
}

TEST_F(ApiTokens, NamesAreUniqueAmongActiveTokensAndRevokingByNameStopsThem) {
  auto first = service::create_api_token(*db, kAdminEmail, "skript", service::Actor{"test"});
  ASSERT_TRUE(first.ok());
  auto again = service::create_api_token(*db, kAdminEmail, "skript", service::Actor{"test"});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, jamt::ErrorKind::conflict);
  auto unnamed = service::create_api_token(*db, kAdminEmail, "", service::Actor{"test"});
  ASSERT_TRUE(unnamed.ok());
  EXPECT_EQ(unnamed->name.size(), 20u) << "named after its creation time: " << unnamed->name;

  auto revoked = service::revoke_api_token(*db, kAdminEmail, "skript", service::Actor{"test"});
  ASSERT_TRUE(revoked.ok());
  EXPECT_EQ(*revoked, 1u);
  EXPECT_FALSE(service::find_api_token_user(*db, first->token)->has_value());
  EXPECT_TRUE(service::find_api_token_user(*db, unnamed->token)->has_value());
  EXPECT_EQ(service::revoke_api_token(*db, kAdminEmail, "skript", service::Actor{"test"}).error().code, jamt::ErrorKind::not_found);
}

TEST_F(ApiTokens, UnknownAndDisabledAccountsGetNoToken) {
  EXPECT_EQ(service::create_api_token(*db, "ingen@example.se", "", service::Actor{"test"}).error().code,
            jamt::ErrorKind::not_found);
  ASSERT_TRUE(service::disable_user(*db, kAdminEmail, service::Actor{"test"}).ok());
  auto refused = service::create_api_token(*db, kAdminEmail, "", service::Actor{"test"});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, jamt::ErrorKind::validation);
  EXPECT_EQ(refused.error().field, "email");
}

// Tokens made before tokens expired have no expiry stored; `jamt serve`
// gives them the default lifetime from the day it starts, once.
TEST_F(ApiTokens, TokensWithoutAnExpiryGetTheDefaultLifetimeOnceAndThenExpire) {
  FixedClock clock(*parse_utc_text("2026-03-31T10:00:00Z"));
  db->use_clock(clock);
  auto old = service::create_api_token(*db, kAdminEmail, "gammal", service::Actor{"test"});
  ASSERT_TRUE(old.ok()) << old.error().to_string();
  ASSERT_TRUE(db->transaction([&](soci::session& s) -> Status {
                  s << "UPDATE api_tokens SET expires_at = NULL";
                  return {};
                }).ok());
  auto dated = service::date_undated_api_tokens(*db);
  ASSERT_TRUE(dated.ok()) << dated.error().to_string();
  EXPECT_EQ(*dated, 1);
  EXPECT_EQ(*service::date_undated_api_tokens(*db), 0) << "only once";
  std::string expires;
  std::vector<store::AuditEntry> audit;
  ASSERT_TRUE(db->read([&](soci::session& s) -> Status {
                  s << "SELECT expires_at FROM api_tokens", soci::into(expires);
                  audit = store::list_audit(s, "api_token", 0);
                  return {};
                }).ok());
  EXPECT_EQ(expires, "2026-06-29T10:00:00Z") << "90 days from the start";
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].action, "date_tokens");
  clock.set(*parse_utc_text("2026-06-29T09:59:59Z"));
  EXPECT_TRUE(service::find_api_token_user(*db, old->token)->has_value());
  clock.set(*parse_utc_text("2026-06-29T10:00:00Z"));
  EXPECT_FALSE(service::find_api_token_user(*db, old->token)->has_value());
  db->use_clock(real_clock());
}
