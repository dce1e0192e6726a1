#include "domain/login_throttle.hpp"

namespace jamt {

bool throttled(const ThrottleRule& rule, const std::vector<std::chrono::sys_seconds>& failures,
               std::chrono::sys_seconds now) {
  if (rule.limit == 0 || failures.size() < rule.limit) return false;
  auto newest = failures.front(), oldest_counted = failures[rule.limit - 1];
  return newest - oldest_counted <= rule.window && now < newest + rule.lockout;
}

bool login_locked(const std::vector<std::chrono::sys_seconds>& failures, std::chrono::sys_seconds now) {
  return throttled(kPairThrottle, failures, now);
}

}  // namespace jamt
