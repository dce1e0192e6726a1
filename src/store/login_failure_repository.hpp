#pragma once
// Failed logins per e-mail address and client address, kept in the database
// so that every server on one database counts the same failures. Functions work on a
// leased session and throw soci errors.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace jamt::store {

// Records a failed login for `email` (lower-case) from client `address`
// ("" when there is none) at `at` ("YYYY-MM-DDTHH:MM:SSZ"); returns its id.
// `pending`: a login that is being checked right now (its password not yet
// verified); mark_login_failed or delete_login_failure settles it.
std::int64_t insert_login_failure(soci::session& s, const std::string& email, const std::string& at,
                                  const std::string& address = "", bool pending = false);

// Settles a pending attempt as a failure.
void mark_login_failed(soci::session& s, std::int64_t id);

struct LoginFailure {
  std::int64_t id = 0;
  std::string at;
  // Still being checked (see insert_login_failure).
  bool pending = false;
};

// What an attempt in progress sees of the others: every settled failure,
// and the pending attempts that began before it (id below `attempt`), so
// that two attempts never wait for each other. 0: every row.
struct SeenBy {
  std::int64_t attempt = 0;
};
// The newest `limit` failures for `email`, from any client address, newest first.
std::vector<LoginFailure> recent_login_failures(soci::session& s, const std::string& email, std::size_t limit);

// The newest `limit` failures for `email` from client `address`, newest first.
std::vector<LoginFailure> recent_pair_failures(soci::session& s, const std::string& email, const std::string& address,
                                               std::size_t limit, SeenBy seen_by = {});

// The newest `limit` failures from client `address`, whatever the e-mail, newest first.
std::vector<LoginFailure> recent_address_failures(soci::session& s, const std::string& address, std::size_t limit,
                                                  SeenBy seen_by = {});

// Forgets one failure.
void delete_login_failure(soci::session& s, std::int64_t id);

// Forgets the failures of `email` from every client address.
void delete_login_failures_of(soci::session& s, const std::string& email);

// Forgets the settled failures of `email` from client `address` (after a
// successful login from there); those from other addresses, and attempts
// of the pair still being checked, stay.
void delete_pair_failures(soci::session& s, const std::string& email, const std::string& address);

// Forgets every failure before `cutoff`, for all addresses.
void delete_login_failures_before(soci::session& s, const std::string& cutoff);

}  // namespace jamt::store
