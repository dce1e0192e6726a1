#include "store/api_token_repository.hpp"

#include <soci/soci.h>

#include "store/database.hpp"
#include "store/user_repository.hpp"

namespace jamt::store {

std::int64_t insert_api_token(soci::session& s, const std::string& token_hash, std::int64_t user_id,
                              const std::string& name) {
  long long user = user_id, id = 0;
  std::string now = clock_of(s).now_text();
  s << "INSERT INTO api_tokens (token_hash, user_id, name, created_at) VALUES (:h, :u, :n, :c) RETURNING id",
      soci::use(token_hash), soci::use(user), soci::use(name), soci::use(now), soci::into(id);
  return id;
}

bool has_active_api_token(soci::session& s, std::int64_t user_id, const std::string& name) {
  long long user = user_id, n = 0;
  s << "SELECT COUNT(*) FROM api_tokens WHERE user_id = :u AND name = :n AND revoked_at IS NULL", soci::use(user),
      soci::use(name), soci::into(n);
  return n > 0;
}

std::optional<User> find_api_token_user(soci::session& s, const std::string& token_hash) {
  long long user_id = 0;
  s << "SELECT t.user_id FROM api_tokens t JOIN users u ON u.id = t.user_id "
       "WHERE t.token_hash = :h AND t.revoked_at IS NULL AND u.disabled = 0",
      soci::use(token_hash), soci::into(user_id);
  if (!s.got_data()) return std::nullopt;
  return find_user_by_id(s, user_id);
}

std::vector<std::int64_t> revoke_api_tokens(soci::session& s, std::int64_t user_id, const std::string& name,
                                            const std::string& at) {
  long long user = user_id, id = 0;
  std::vector<std::int64_t> ids;
  soci::statement st = (s.prepare << "SELECT id FROM api_tokens "
                                     "WHERE user_id = :u AND name = :n AND revoked_at IS NULL ORDER BY id",
                        soci::use(user), soci::use(name), soci::into(id));
  st.execute();
  while (st.fetch()) ids.push_back(id);
  for (long long each : ids) s << "UPDATE api_tokens SET revoked_at = :a WHERE id = :i", soci::use(at), soci::use(each);
  return ids;
}

}  // namespace jamt::store
