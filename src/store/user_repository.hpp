#pragma once
// Storage of accounts and server-side sessions (shared by every server on
// one database). Functions work on a leased session and throw soci errors.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"

namespace soci {
class session;
}

namespace jamt::store {

// Inserts the account with its password hash; returns its id. A duplicate
// e-mail throws (the unique constraint); check find_user_by_email first.
std::int64_t insert_user(soci::session& s, const User& user, const std::string& password_hash);

struct UserWithHash {
  User user;
  std::string password_hash;
};
// The account with this e-mail (compared exactly; callers lower-case).
std::optional<UserWithHash> find_user_by_email(soci::session& s, const std::string& email);

// The account with this id, if any.
std::optional<User> find_user_by_id(soci::session& s, std::int64_t id);

// Number of accounts.
std::int64_t count_users(soci::session& s);

struct UserSummary {
  User user;
  bool password_set = false;  // false: invited, no password chosen yet
  std::string created_at;
  std::string organisation_county;  // the county of the account's organisation; "" without one
};
// Every account, ordered by e-mail, with its organisation's county.
std::vector<UserSummary> list_users(soci::session& s);

// Sets the account's role, county and organisation (nothing else).
void update_user_role(soci::session& s, const User& user);

void update_password_hash(soci::session& s, std::int64_t user_id, const std::string& password_hash);
void set_user_disabled(soci::session& s, std::int64_t user_id, bool disabled);

// A session: the SHA-256 of its token (the token itself is never stored),
// its CSRF token and when it expires ("YYYY-MM-DDTHH:MM:SSZ").
void insert_session(soci::session& s, const std::string& token_hash, std::int64_t user_id,
                    const std::string& csrf_token, const std::string& expires_at);

struct SessionRow {
  User user;
  std::string csrf_token;
  std::string last_seen_at;  // when last used (its creation until then)
};
// The live session with this token hash whose user is not disabled, if any:
// expiring after `now`, last used after `idle_cutoff` and created after
// `created_cutoff` (all "YYYY-MM-DDTHH:MM:SSZ").
std::optional<SessionRow> find_session(soci::session& s, const std::string& token_hash, const std::string& now,
                                       const std::string& idle_cutoff, const std::string& created_cutoff);

// Notes that the session was used at `at`.
void touch_session(soci::session& s, const std::string& token_hash, const std::string& at);

void delete_session(soci::session& s, const std::string& token_hash);
void delete_sessions_of(soci::session& s, std::int64_t user_id);

}  // namespace jamt::store
