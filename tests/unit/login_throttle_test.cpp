// The login throttling rule and the UTC text it reads its times from.
#include <gtest/gtest.h>

#include "domain/login_throttle.hpp"
#include "domain/utc_time.hpp"

using namespace jamt;
using namespace std::chrono_literals;

namespace {

std::chrono::sys_seconds at(const char* text) { return *parse_utc_text(text); }

// Failures `gap` apart, the newest at `newest`, newest first.
std::vector<std::chrono::sys_seconds> failures(std::size_t count, std::chrono::sys_seconds newest,
                                               std::chrono::seconds gap) {
  std::vector<std::chrono::sys_seconds> out;
  for (std::size_t i = 0; i < count; ++i) out.push_back(newest - gap * static_cast<int>(i));
  return out;
}

}  // namespace

TEST(UtcTime, WritesAndReadsTheStoredForm) {
  auto t = at("2024-02-29T23:59:58Z");
  EXPECT_EQ(utc_text(t), "2024-02-29T23:59:58Z");
  EXPECT_EQ(utc_text(t + 2s), "2024-03-01T00:00:00Z");
  EXPECT_EQ(utc_text(std::chrono::sys_seconds{}), "1970-01-01T00:00:00Z");
  EXPECT_FALSE(parse_utc_text("2023-02-29T00:00:00Z"));
  EXPECT_FALSE(parse_utc_text("2024-01-01 00:00:00Z"));
  EXPECT_FALSE(parse_utc_text("2024-01-01T24:00:00Z"));
  EXPECT_FALSE(parse_utc_text("2024-01-01T00:00:00"));
  EXPECT_FALSE(parse_utc_text(""));
}

TEST(LoginThrottle, FourFailuresDoNotLock) {
  auto now = at("2024-05-01T12:00:00Z");
  EXPECT_FALSE(login_locked({}, now));
  EXPECT_FALSE(login_locked(failures(4, now, 1s), now));
}

TEST(LoginThrottle, FiveFailuresWithinFifteenMinutesLockForFifteenMinutesFromTheLast) {
  auto last = at("2024-05-01T12:00:00Z");
  auto five = failures(5, last, 225s);  // the first is exactly 15 minutes before the last
  EXPECT_TRUE(login_locked(five, last));
  EXPECT_TRUE(login_locked(five, last + 14min + 59s));
  EXPECT_FALSE(login_locked(five, last + 15min));
}

TEST(LoginThrottle, FiveFailuresSpreadOverMoreThanFifteenMinutesDoNotLock) {
  auto last = at("2024-05-01T12:00:00Z");
  EXPECT_FALSE(login_locked(failures(5, last, 226s), last));
  // Only the newest five count: older ones close together do not matter.
  auto mixed = failures(4, last, 60s);
  for (auto t : failures(5, last - 1h, 1s)) mixed.push_back(t);
  EXPECT_FALSE(login_locked(mixed, last));
}

// Per client address across accounts (issue 16): twenty failures within 15
// minutes, not five.
TEST(LoginThrottle, TheAddressRuleNeedsTwentyFailures) {
  auto now = at("2026-03-31T10:00:00Z");
  EXPECT_FALSE(throttled(kAddressThrottle, failures(19, now, 30s), now));
  EXPECT_TRUE(throttled(kAddressThrottle, failures(20, now, 30s), now));
  EXPECT_TRUE(throttled(kAddressThrottle, failures(20, now, 30s), now + 15min - 1s));
  EXPECT_FALSE(throttled(kAddressThrottle, failures(20, now, 30s), now + 15min));
  // Twenty spread over more than 15 minutes: the newest twenty span 19 × 50 s > 15 min.
  EXPECT_FALSE(throttled(kAddressThrottle, failures(20, now, 50s), now));
  EXPECT_TRUE(throttled(kPairThrottle, failures(5, now, 50s), now)) << "the pair rule is stricter";
}

TEST(LoginThrottle, ARuleWithoutALimitNeverLocks) {
  auto now = at("2026-03-31T10:00:00Z");
  constexpr ThrottleRule none{.limit = 0, .window = std::chrono::minutes{15}, .lockout = std::chrono::minutes{15}};
  EXPECT_FALSE(throttled(none, failures(100, now, 1s), now));
}
