#pragma once
// Accounts, passwords (Argon2id) and server-side sessions.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "service/strategy/strategy_service.hpp"
#include "store/database.hpp"

namespace jamt::service {

// Creates an account with `password` (at least 12 characters). The e-mail is
// stored lower-case. Errors: "validation" with `field` (email, county, org,
// password), "conflict" when the e-mail is taken. In the audit log, without
// the password.
Result<std::int64_t> create_user(store::Database& db, User user, const std::string& password, const Actor& actor);

// Sets a new password for the account with `email` and ends its sessions.
Status change_password(store::Database& db, const std::string& email, const std::string& password, const Actor& actor);

// Disables the account with `email` and ends its sessions.
Status disable_user(store::Database& db, const std::string& email, const Actor& actor);

struct LoginSession {
  std::string token;       // for the cookie; only its hash is stored
  std::string csrf_token;  // to send back with every state-changing request
  User user;
};

// Checks e-mail and password and opens a session, counted from
// db.clock().now(), that lasts account_policy() (domain/account_policy.hpp).session_absolute at most
// and ends sooner after session_idle without use (find_session). A wrong
// e-mail, a wrong password and a disabled account give the same Error
// "unauthorized", so the answer does not tell which accounts exist, and count
// as a failed login for the pair (e-mail, case-insensitive; client `address`,
// the socket peer, "" for in-process callers; an IPv6 client counts by its
// /64 network, operations::throttle_key). Refused with Error "throttled",
// without checking the password, after five failures of the pair within 15
// minutes, or twenty from `address` over any accounts within 15 minutes, for
// 15 minutes from the last (domain/login_throttle.hpp). So nobody can lock
// another person's account from their own address. The failures are stored
// in the database, so every server counts them; a successful login forgets
// the pair's failures (not the address's failures for other accounts).
// Attempts in parallel count each other: one waits (up to
// account_policy().login_wait_for_others, 15 s) for those
// begun before it that could lock it, so parallel correct logins from one
// address all succeed in turn; if they are still being checked after that,
// it gets Error "throttled" with kLoginBusyMessage.
Result<LoginSession> login(store::Database& db, const std::string& email, const std::string& password,
                           const std::string& address = "");

// The message of login's Error "throttled" when it gave up waiting for
// other attempts (not a lockout: the user may try again at once).
inline constexpr const char* kLoginBusyMessage = "too many logins at once from this address; try again in a moment";

struct SessionInfo {
  User user;
  std::string csrf_token;
};
// How often a session's last use is written (not on every request): a
// session may thus end up to this much before session_idle after its last
// request.
inline constexpr std::chrono::minutes kSessionTouchInterval{1};

// The user and CSRF token of a live session, or nullopt (unknown, expired or
// disabled). A session is live, by db.clock() and account_policy() (domain/account_policy.hpp), until
// (not at) session_idle after its last use and session_absolute after its
// login. Notes the use (at most once per kSessionTouchInterval). Thread-safe.
Result<std::optional<SessionInfo>> find_session(store::Database& db, const std::string& token);

// Ends the session (no error when it does not exist).
Status logout(store::Database& db, const std::string& token);

struct DemoLogin {
  std::string email;
  std::string password;
  Role role;
};
// When the database has no account: creates an admin, a strategist for
// Kalmar län (08) and the national coordinator (samordnare@jamt.local) with
// random passwords and returns them, so `make run` can print them once.
// Returns nothing when accounts exist.
Result<std::vector<DemoLogin>> create_demo_accounts(store::Database& db);

// An Argon2id hash of `password` with a fresh salt, in the encoded form
// stored in users.password_hash. Slow on purpose (64 MiB, 3 passes).
std::string hash_password(const std::string& password);

// Ok when `password` has 12 to 1024 characters. Error "validation" with
// field "password" (in English) otherwise.
Status check_password_length(const std::string& password);

// Ok unless `password` is a common password (domain/common_passwords.hpp):
// then Error "validation" with field "password" and a translated message.
Status check_not_common(const std::string& password);

// Ok when `password` may be chosen: check_password_length, then
// check_not_common.
Status check_new_password(const std::string& password);

// `email` as accounts are stored and looked up: lower-case.
std::string normalize_email(std::string email);

// `bytes` random bytes from OpenSSL as lower-case hex (for tokens).
std::string random_token(std::size_t bytes);

// True when `a` and `b` are equal, in time independent of where they differ.
bool constant_time_equal(const std::string& a, const std::string& b);

}  // namespace jamt::service
