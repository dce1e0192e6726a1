// Login throttling in the service, against the real database: failures are
// read back from the table with their times, old ones stop counting, and a
// successful login forgets them. The database's clock stands still at a
// fixed time, so "ten minutes ago" is exact.
#include <gtest/gtest.h>

#include <soci/soci.h>

#include <argon2.h>

#include <algorithm>
#include <cstring>
#include <thread>

#include "domain/clock.hpp"
#include "domain/utc_time.hpp"
#include "service/account/auth_service.hpp"
#include "store/login_failure_repository.hpp"
#include "test_database.hpp"

using namespace jamt;
using namespace std::chrono_literals;

namespace {
constexpr const char* kThrottledEmail = "strateg@kalmar.example";
constexpr const char* kPassword = "ett långt lösenord";
}  // namespace

class LoginThrottle : public ::testing::Test {
 protected:
  void SetUp() override {
    db = jamt::testing::fresh_database();
    ASSERT_NE(db, nullptr);
    db->use_clock(clock);
    User u;
    u.email = kThrottledEmail;
    u.role = Role::strategist;
    u.county_code = "08";
    ASSERT_TRUE(service::create_user(*db, u, kPassword, service::Actor{"test"}).ok());
  }

  // Stores `count` failures for `email`, `ago` before now.
  void fail_earlier(const std::string& email, int count, std::chrono::seconds ago) {
    auto at = utc_text(clock.now() - ago);
    ASSERT_TRUE(db->transaction([&](soci::session& s) -> Status {
                    for (int i = 0; i < count; ++i) store::insert_login_failure(s, email, at);
                    return {};
                  }).ok());
  }
  std::size_t failures_of(const std::string& email) {
    std::size_t n = 0;
    EXPECT_TRUE(db->read([&](soci::session& s) -> Status {
                    n = store::recent_login_failures(s, email, 100).size();
                    return {};
                  }).ok());
    return n;
  }
  std::string login_code(const std::string& email, const std::string& password) {
    auto r = service::login(*db, email, password);
    return r ? std::string("ok") : std::string(jamt::to_code(r.error().code));
  }

  // Declared before `db`, which refers to it.
  FixedClock clock{*parse_utc_text("2026-03-31T10:00:00Z")};
  std::unique_ptr<store::Database> db;
};

TEST_F(LoginThrottle, FailuresFromTenMinutesAgoStillLock) {
  fail_earlier(kThrottledEmail, 5, 10min);
  EXPECT_EQ(login_code(kThrottledEmail, kPassword), "throttled");
  EXPECT_EQ(failures_of(kThrottledEmail), 5u) << "a refused attempt is not a failure";
}

TEST_F(LoginThrottle, TheLockEndsFifteenMinutesAfterTheLastFailure) {
  fail_earlier(kThrottledEmail, 5, 15min + 5s);
  EXPECT_EQ(login_code(kThrottledEmail, kPassword), "ok");
  EXPECT_EQ(failures_of(kThrottledEmail), 0u) << "a successful login forgets the failures";
}

TEST_F(LoginThrottle, ASuccessfulLoginStartsTheCountAgain) {
  fail_earlier(kThrottledEmail, 4, 1min);
  EXPECT_EQ(login_code(kThrottledEmail, kPassword), "ok");
  fail_earlier(kThrottledEmail, 3, 30s);
  EXPECT_EQ(login_code(kThrottledEmail, "fel lösenord här"), "unauthorized");
  EXPECT_EQ(login_code(kThrottledEmail, kPassword), "ok") << "four failures since the last login, not nine";
}

TEST_F(LoginThrottle, UnknownAddressesAreThrottledLikeKnownOnes) {
  fail_earlier("ingen@example.se", 4, 1min);
  EXPECT_EQ(login_code("INGEN@example.se", kPassword), "unauthorized");
  EXPECT_EQ(login_code("ingen@example.se", kPassword), "throttled");
  EXPECT_EQ(login_code(kThrottledEmail, kPassword), "ok");
}

TEST_F(LoginThrottle, FailuresTooOldToMatterAreDeleted) {
  fail_earlier("gammal@example.se", 3, 31min);
  EXPECT_EQ(login_code(kThrottledEmail, "fel lösenord här"), "unauthorized");
  EXPECT_EQ(failures_of("gammal@example.se"), 0u);
  EXPECT_EQ(failures_of(kThrottledEmail), 1u);
}

TEST_F(LoginThrottle, ParallelAttemptsCountEachOther) {
  fail_earlier(kThrottledEmail, 4, 1min);
  std::vector<std::string> codes(8);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < codes.size(); ++i)
    threads.emplace_back([&, i] { codes[i] = login_code(kThrottledEmail, "fel lösenord här"); });
  for (auto& t : threads) t.join();
  auto checked = std::count(codes.begin(), codes.end(), "unauthorized");
  EXPECT_EQ(std::count(codes.begin(), codes.end(), "throttled") + checked, 8);
  EXPECT_EQ(checked, 1) << "one guess left, however many arrive at once";
  EXPECT_EQ(failures_of(kThrottledEmail), 5u);
}

TEST_F(LoginThrottle, ParallelCorrectLoginsOfOneAccountAllSucceed) {
  // A person who double-clicks "Logga in" in several tabs, or a script that
  // signs in from many threads: none of them failed, so none is refused.
  std::vector<std::string> codes(12);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < codes.size(); ++i)
    threads.emplace_back([&, i] { codes[i] = login_code(kThrottledEmail, kPassword); });
  for (auto& t : threads) t.join();
  EXPECT_EQ(std::count(codes.begin(), codes.end(), "ok"), 12);
  EXPECT_EQ(failures_of(kThrottledEmail), 0u) << "no attempt is left behind as a failure";
}

TEST_F(LoginThrottle, ACourseSigningInFromOneOfficeAddressIsNotTakenForSpraying) {
  // 24 participants behind one municipality's address sign in at 09:00,
  // more than the 20 failures that lock an address.
  constexpr int kPeople = 24;
  const std::string office = "198.51.100.7";
  for (int i = 0; i < kPeople; ++i) {
    User u;
    u.email = "deltagare" + std::to_string(i) + "@kalmar.example";
    u.role = Role::strategist;
    u.county_code = "08";
    ASSERT_TRUE(service::create_user(*db, u, kPassword, service::Actor{"test"}).ok());
  }
  std::vector<std::string> codes(kPeople);
  std::vector<std::thread> threads;
  for (int i = 0; i < kPeople; ++i)
    threads.emplace_back([&, i] {
      auto r = service::login(*db, "deltagare" + std::to_string(i) + "@kalmar.example", kPassword, office);
      codes[static_cast<std::size_t>(i)] = r ? std::string("ok") : std::string(jamt::to_code(r.error().code));
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(std::count(codes.begin(), codes.end(), "ok"), kPeople);
  // …while 20 settled failures from that address still lock it.
  for (int i = 0; i < 20; ++i)
    EXPECT_EQ(service::login(*db, "deltagare" + std::to_string(i) + "@kalmar.example", "fel lösenord här", office)
                  .error()
                  .code,
              ErrorKind::unauthorized);
  auto locked = service::login(*db, "deltagare21@kalmar.example", kPassword, office);
  ASSERT_FALSE(locked);
  EXPECT_EQ(locked.error().code, ErrorKind::throttled);
}

TEST_F(LoginThrottle, AnAttemptLeftPendingByAStoppedServerCountsAsAFailure) {
  // Another server stopped while it checked five guesses two minutes ago:
  // they count as failures at once rather than being waited for.
  auto at = utc_text(clock.now() - 2min);
  ASSERT_TRUE(db->transaction([&](soci::session& s) -> Status {
                  for (int i = 0; i < 5; ++i) store::insert_login_failure(s, kThrottledEmail, at, "", true);
                  return {};
                }).ok());
  const auto started = std::chrono::steady_clock::now();
  EXPECT_EQ(login_code(kThrottledEmail, kPassword), "throttled");
  EXPECT_LT(std::chrono::steady_clock::now() - started, 5s) << "refused without waiting for them";
}

TEST_F(LoginThrottle, TheLockIsTimedFromTheLastFailureByTheDatabasesClock) {
  fail_earlier(kThrottledEmail, 5, 0s);
  EXPECT_EQ(login_code(kThrottledEmail, kPassword), "throttled");
  clock.advance(15min - 1s);
  EXPECT_EQ(login_code(kThrottledEmail, kPassword), "throttled");
  clock.advance(1s);
  EXPECT_EQ(login_code(kThrottledEmail, kPassword), "ok");
  EXPECT_EQ(failures_of(kThrottledEmail), 0u);
}

TEST_F(LoginThrottle, AHashMadeWithEarlierParametersIsMadeAgainAtTheNextLogin) {
  // Before December 2026 passwords were hashed with 64 MiB and 3 passes.
  const std::string salt = "0123456789abcdef";
  char old_hash[256];
  ASSERT_EQ(argon2id_hash_encoded(3, 64 * 1024, 1, kPassword, std::strlen(kPassword), salt.data(), salt.size(), 32,
                                  old_hash, sizeof old_hash),
            ARGON2_OK);
  const std::string email = kThrottledEmail, old = old_hash;
  auto stored_hash = [&] {
    std::string h;
    EXPECT_TRUE(db->read([&](soci::session& s) -> Status {
                    s << "SELECT password_hash FROM users WHERE email = :e", soci::use(email), soci::into(h);
                    return {};
                  }).ok());
    return h;
  };
  ASSERT_TRUE(db->transaction([&](soci::session& s) -> Status {
                  s << "UPDATE users SET password_hash = :h WHERE email = :e", soci::use(old), soci::use(email);
                  return {};
                }).ok());
  EXPECT_EQ(login_code(kThrottledEmail, "fel lösenord här"), "unauthorized");
  EXPECT_EQ(stored_hash(), old) << "a failed login changes nothing";
  EXPECT_EQ(login_code(kThrottledEmail, kPassword), "ok") << "the old hash still verifies";
  const std::string now_stored = stored_hash();
  EXPECT_NE(now_stored.find("$m=19456,t=2,p=1$"), std::string::npos) << now_stored;
  EXPECT_EQ(login_code(kThrottledEmail, kPassword), "ok") << "and the new one too";
}
