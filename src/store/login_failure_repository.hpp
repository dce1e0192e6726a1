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
std::int64_t insert_login_failure(soci::session& s, const std::string& email, const std::string& at,
                                  const std::string& address = "");

struct LoginFailure {
  std::int64_t id = 0;
  std::string at;
};
// The newest `limit` failures for `email`, from any client address, newest first.
std::vector<LoginFailure> recent_login_failures(soci::session& s, const std::string& email, std::size_t limit);

// The newest `limit` failures for `email` from client `address`, newest first.
std::vector<LoginFailure> recent_pair_failures(soci::session& s, const std::string& email, const std::string& address,
                                               std::size_t limit);

// The newest `limit` failures from client `address`, whatever the e-mail, newest first.
std::vector<LoginFailure> recent_address_failures(soci::session& s, const std::string& address, std::size_t limit);

// Forgets one failure.
void delete_login_failure(soci::session& s, std::int64_t id);

// Forgets the failures of `email` from every client address.
void delete_login_failures_of(soci::session& s, const std::string& email);

// Forgets the failures of `email` from client `address` (after a successful
// login from there); those from other addresses stay.
void delete_pair_failures(soci::session& s, const std::string& email, const std::string& address);

// Forgets every failure before `cutoff`, for all addresses.
void delete_login_failures_before(soci::session& s, const std::string& cutoff);

}  // namespace jamt::store
