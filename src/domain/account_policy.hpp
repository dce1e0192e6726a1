#pragma once
// The settable limits around accounts and the public join form (issue 16,
// item 4), one for the process: the defaults below hold until someone sets
// another (`jamt serve` options, a test at fixed clock times).
#include <chrono>
#include <cstddef>

namespace jamt {

struct AccountPolicy {
  // A session ends after this long without a request…
  std::chrono::minutes session_idle{std::chrono::hours{2}};
  // …and at the latest this long after the login, however busy.
  std::chrono::minutes session_absolute{std::chrono::hours{12}};
  // How long a new API token lasts when its maker gives no expiry.
  std::chrono::days api_token_lifetime{90};
  // The longest expiry a maker may give an API token.
  std::chrono::days api_token_max_lifetime{366};
  // Applications one client address may send with the public join form per hour.
  int join_applications_per_hour = 5;
  // How long a join form's token may wait before it is submitted.
  std::chrono::minutes join_token_lifetime{std::chrono::hours{2}};
  // What one organisation (by organisation number) may store in action plan
  // files, all its joinings together.
  std::size_t applicant_storage_bytes = 20u * 1024u * 1024u;
  // How long a login waits (real time) for attempts begun before it that
  // could lock it; then it is refused as busy (429, "try again in a moment").
  std::chrono::milliseconds login_wait_for_others{std::chrono::seconds{15}};
};

// The policy in force. Thread-safe.
AccountPolicy account_policy();

// Puts `policy` in force for every later request. Thread-safe.
void set_account_policy(const AccountPolicy& policy);

}  // namespace jamt
