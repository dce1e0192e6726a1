#include "service/joining/join_guard.hpp"

#include "domain/account_policy.hpp"
#include "domain/utc_time.hpp"
#include "service/account/auth_service.hpp"
#include "service/account/sha256.hpp"
#include "store/joining/join_guard_repository.hpp"

namespace jamt::service {

Result<std::string> issue_join_token(store::Database& db, const std::string& county_code) {
  std::string token = random_token(24);
  const auto now = db.clock().now();
  const AccountPolicy policy = account_policy();
  Status st = db.transaction([&](soci::session& s) -> Status {
    store::delete_join_tokens_before(s, utc_text(now - policy.join_token_lifetime));
    store::insert_join_token(s, sha256_hex(token), county_code, utc_text(now));
    return {};
  });
  if (!st) return st.error();
  return token;
}

}  // namespace jamt::service
