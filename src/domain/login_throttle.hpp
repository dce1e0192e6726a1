#pragma once
// The rules that slow down password guessing, counted per client address so
// that nobody can lock another person's account from their own address:
// - per pair (e-mail, client address): after five failed logins within 15
//   minutes that pair may not log in for 15 minutes from the last failure;
// - per client address, across accounts: after twenty failures within 15
//   minutes that address may not log in at all for 15 minutes from the last
//   failure (password spraying).
// Refused attempts are not failures (the password is not even checked), so
// they do not prolong the wait.
#include <chrono>
#include <cstddef>
#include <vector>

namespace jamt {

// `limit` failures within `window` lock until `lockout` after the newest.
struct ThrottleRule {
  std::size_t limit;
  std::chrono::minutes window;
  std::chrono::minutes lockout;
};

// One e-mail address from one client address.
inline constexpr ThrottleRule kPairThrottle{.limit = 5, .window = std::chrono::minutes{15}, .lockout = std::chrono::minutes{15}};
// One client address, whatever the e-mail addresses.
inline constexpr ThrottleRule kAddressThrottle{.limit = 20, .window = std::chrono::minutes{15},
                                               .lockout = std::chrono::minutes{15}};

inline constexpr std::size_t kLoginFailureLimit = kPairThrottle.limit;
inline constexpr std::chrono::minutes kLoginFailureWindow = kPairThrottle.window;
inline constexpr std::chrono::minutes kLoginLockout = kPairThrottle.lockout;
// Failures older than this can no longer lock anything and may be deleted.
inline constexpr std::chrono::minutes kLoginFailureMemory = kLoginFailureWindow + kLoginLockout;

// Whether failures at `failures` (newest first; only the first rule.limit
// are looked at) lock at `now` under `rule`: the newest rule.limit lie within
// rule.window and `now` is before the newest plus rule.lockout.
bool throttled(const ThrottleRule& rule, const std::vector<std::chrono::sys_seconds>& failures,
               std::chrono::sys_seconds now);

// throttled(kPairThrottle, failures, now).
bool login_locked(const std::vector<std::chrono::sys_seconds>& failures, std::chrono::sys_seconds now);

}  // namespace jamt
