#include "domain/login_throttle.hpp"

namespace jamt {

bool login_locked(const std::vector<std::chrono::sys_seconds>& failures, std::chrono::sys_seconds now) {
  if (failures.size() < kLoginFailureLimit) return false;
  auto newest = failures.front(), fifth = failures[kLoginFailureLimit - 1];
  return newest - fifth <= kLoginFailureWindow && now < newest + kLoginLockout;
}

}  // namespace jamt
