#include "store/password_link_repository.hpp"

#include <soci/soci.h>

#include "store/database.hpp"

namespace jamt::store {

namespace {
using ll = long long;
}

std::int64_t insert_password_link(soci::session& s, const std::string& token_hash, std::int64_t user_id,
                                  const std::string& purpose, const std::string& created_by,
                                  const std::string& expires_at) {
  ll user = user_id, id = 0;
  std::string now = clock_of(s).now_text();
  s << "INSERT INTO password_links (token_hash, user_id, purpose, created_by, created_at, expires_at) "
       "VALUES (:t, :u, :p, :b, :n, :e) RETURNING id",
      soci::use(token_hash), soci::use(user), soci::use(purpose), soci::use(created_by), soci::use(now),
      soci::use(expires_at), soci::into(id);
  return id;
}

std::optional<PasswordLinkRow> find_password_link(soci::session& s, const std::string& token_hash) {
  ll id = 0, user = 0;
  std::string purpose, expires, used;
  soci::indicator used_ind = soci::i_null;
  s << "SELECT id, user_id, purpose, expires_at, used_at FROM password_links WHERE token_hash = :t",
      soci::use(token_hash), soci::into(id), soci::into(user), soci::into(purpose), soci::into(expires),
      soci::into(used, used_ind);
  if (!s.got_data()) return std::nullopt;
  PasswordLinkRow row{.id = id, .user_id = user, .purpose = purpose, .expires_at = expires, .used_at = std::nullopt};
  if (used_ind == soci::i_ok) row.used_at = used;
  return row;
}

bool use_password_link(soci::session& s, std::int64_t id_in, const std::string& at) {
  ll id = id_in, marked = 0;
  s << "UPDATE password_links SET used_at = :a WHERE id = :id AND used_at IS NULL RETURNING id", soci::use(at),
      soci::use(id), soci::into(marked);
  return s.got_data();
}

void use_password_links_of(soci::session& s, std::int64_t user_id, const std::string& at) {
  ll user = user_id;
  s << "UPDATE password_links SET used_at = :a WHERE user_id = :u AND used_at IS NULL", soci::use(at),
      soci::use(user);
}

}  // namespace jamt::store
