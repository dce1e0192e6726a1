#include "store/api_token_repository.hpp"

#include <soci/soci.h>

#include "store/database.hpp"
#include "store/user_repository.hpp"

namespace jamt::store {

std::int64_t insert_api_token(soci::session& s, const std::string& token_hash, std::int64_t user_id,
                              const std::string& name, const std::string& expires_at) {
  long long user = user_id, id = 0;
  std::string now = clock_of(s).now_text();
  s << "INSERT INTO api_tokens (token_hash, user_id, name, created_at, expires_at) VALUES (:h, :u, :n, :c, :e) "
       "RETURNING id",
      soci::use(token_hash), soci::use(user), soci::use(name), soci::use(now), soci::use(expires_at), soci::into(id);
  return id;
}

bool has_active_api_token(soci::session& s, std::int64_t user_id, const std::string& name) {
  long long user = user_id, n = 0;
  s << "SELECT COUNT(*) FROM api_tokens WHERE user_id = :u AND name = :n AND revoked_at IS NULL", soci::use(user),
      soci::use(name), soci::into(n);
  return n > 0;
}

std::optional<User> find_api_token_user(soci::session& s, const std::string& token_hash, const std::string& now) {
  long long user_id = 0;
  s << "SELECT t.user_id FROM api_tokens t JOIN users u ON u.id = t.user_id "
       "WHERE t.token_hash = :h AND t.revoked_at IS NULL AND u.disabled = 0 "
       "AND (t.expires_at IS NULL OR t.expires_at > :n)",
      soci::use(token_hash), soci::use(now), soci::into(user_id);
  if (!s.got_data()) return std::nullopt;
  return find_user_by_id(s, user_id);
}

long long date_undated_api_tokens(soci::session& s, const std::string& expires_at) {
  long long n = 0;
  s << "SELECT COUNT(*) FROM api_tokens WHERE expires_at IS NULL", soci::into(n);
  if (n > 0) s << "UPDATE api_tokens SET expires_at = :e WHERE expires_at IS NULL", soci::use(expires_at);
  return n;
}

std::optional<ApiTokenRow> find_api_token(soci::session& s, const std::string& token_hash) {
  long long id = 0;
  std::string name, created, used, expires, revoked;
  soci::indicator used_ind = soci::i_ok, expires_ind = soci::i_ok, revoked_ind = soci::i_ok;
  s << "SELECT id, name, created_at, last_used_at, expires_at, revoked_at FROM api_tokens WHERE token_hash = :h",
      soci::use(token_hash), soci::into(id), soci::into(name), soci::into(created), soci::into(used, used_ind),
      soci::into(expires, expires_ind), soci::into(revoked, revoked_ind);
  if (!s.got_data()) return std::nullopt;
  return ApiTokenRow{.id = id,
                     .name = name,
                     .created_at = created,
                     .last_used_at = used_ind == soci::i_null ? "" : used,
                     .expires_at = expires_ind == soci::i_null ? "" : expires,
                     .revoked_at = revoked_ind == soci::i_null ? "" : revoked};
}

std::vector<ApiTokenRow> list_api_tokens(soci::session& s, std::int64_t user_id) {
  long long user = user_id, id = 0;
  std::string name, created, used, expires, revoked;
  soci::indicator used_ind = soci::i_ok, expires_ind = soci::i_ok, revoked_ind = soci::i_ok;
  std::vector<ApiTokenRow> out;
  soci::statement st = (s.prepare << "SELECT id, name, created_at, last_used_at, expires_at, revoked_at "
                                     "FROM api_tokens WHERE user_id = :u ORDER BY created_at DESC, id DESC",
                        soci::use(user), soci::into(id), soci::into(name), soci::into(created),
                        soci::into(used, used_ind), soci::into(expires, expires_ind), soci::into(revoked, revoked_ind));
  st.execute();
  while (st.fetch())
    out.push_back(ApiTokenRow{.id = id,
                              .name = name,
                              .created_at = created,
                              .last_used_at = used_ind == soci::i_null ? "" : used,
                              .expires_at = expires_ind == soci::i_null ? "" : expires,
                              .revoked_at = revoked_ind == soci::i_null ? "" : revoked});
  return out;
}

void touch_api_token(soci::session& s, std::int64_t id_in, const std::string& at) {
  long long id = id_in;
  s << "UPDATE api_tokens SET last_used_at = :a WHERE id = :i", soci::use(at), soci::use(id);
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
