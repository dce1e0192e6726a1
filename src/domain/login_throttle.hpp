#pragma once
// The rule that slows down password guessing: after five failed logins for
// one e-mail address within 15 minutes, that address may not log in for 15
// minutes from the last failure. Refused attempts are not failures (the
// password is not even checked), so they do not prolong the wait.
#include <chrono>
#include <vector>

namespace jamt {

inline constexpr std::size_t kLoginFailureLimit = 5;
inline constexpr std::chrono::minutes kLoginFailureWindow{15};
inline constexpr std::chrono::minutes kLoginLockout{15};
// Failures older than this can no longer lock an address and may be deleted.
inline constexpr std::chrono::minutes kLoginFailureMemory = kLoginFailureWindow + kLoginLockout;

// Whether an address whose failed logins happened at `failures` (newest
// first; only the first kLoginFailureLimit are looked at) is locked at `now`.
bool login_locked(const std::vector<std::chrono::sys_seconds>& failures, std::chrono::sys_seconds now);

}  // namespace jamt
