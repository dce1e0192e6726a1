#pragma once
// The guards of the public join form /anslut/{county} (issue 16, item 4):
// a token the server issues with each form, kept server-side and spent by
// the application it carries, and at most
// AccountPolicy::join_applications_per_hour applications per client address.
#include <string>

#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

// What a submission of the public form carries besides its fields.
struct JoinGuard {
  std::string token;           // as issued by issue_join_token
  std::string client_address;  // the socket peer's address
};

// A fresh random token for the form of `county_code`, stored (its SHA-256)
// with the time; it can be spent once, with that county's form, within
// account_policy().join_token_lifetime. Forgets tokens older than that.
Result<std::string> issue_join_token(store::Database& db, const std::string& county_code);

}  // namespace jamt::service
