#include "domain/account_policy.hpp"

#include <mutex>

namespace jamt {

namespace {

std::mutex& policy_mutex() {
  static std::mutex m;
  return m;
}

AccountPolicy& policy_in_force() {
  static AccountPolicy p{};
  return p;
}

}  // namespace

AccountPolicy account_policy() {
  std::lock_guard lock(policy_mutex());
  return policy_in_force();
}

void set_account_policy(const AccountPolicy& policy) {
  std::lock_guard lock(policy_mutex());
  policy_in_force() = policy;
}

}  // namespace jamt
