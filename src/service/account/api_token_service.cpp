#include "service/account/api_token_service.hpp"

#include <nlohmann/json.hpp>

#include "service/account/auth_service.hpp"
#include "service/account/sha256.hpp"
#include "store/api_token_repository.hpp"
#include "store/audit_repository.hpp"
#include "store/user_repository.hpp"

namespace jamt::service {

namespace {

constexpr const char* kTokenPrefix = "jamt_";
constexpr std::size_t kTokenBytes = 32;

std::string token_json(const std::string& email, const std::string& name) {
  return nlohmann::json{{"user", email}, {"name", name}}.dump();
}

}  // namespace

Result<NewApiToken> create_api_token(store::Database& db, const std::string& email_in, const std::string& name_in,
                                     const Actor& actor) {
  const std::string email = normalize_email(email_in);
  NewApiToken out;
  out.name = name_in.empty() ? db.clock().now_text() : name_in;
  if (out.name.size() > 100) return validation_error("the token name is longer than 100 characters", {}, "name");
  out.token = kTokenPrefix + random_token(kTokenBytes);
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto u = store::find_user_by_email(s, email);
    if (!u) return not_found_error("no account with the e-mail " + email);
    if (u->user.disabled) return validation_error("the account " + email + " is disabled", {}, "email");
    if (store::has_active_api_token(s, u->user.id, out.name)) {
      Error e = conflict_error(email + " already has a token named \"" + out.name + "\"");
      e.field = "name";
      return e;
    }
    out.id = store::insert_api_token(s, sha256_hex(out.token), u->user.id, out.name);
    store::append_audit(s, {.actor = actor.name,
                            .action = "create",
                            .entity = "api_token",
                            .entity_id = out.id,
                            .after_json = token_json(email, out.name)});
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<std::optional<User>> find_api_token_user(store::Database& db, const std::string& token) {
  std::optional<User> out;
  if (token.rfind(kTokenPrefix, 0) != 0 || token.size() > 200) return out;
  Status st = db.read([&](soci::session& s) -> Status {
    out = store::find_api_token_user(s, sha256_hex(token));
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<std::size_t> revoke_api_token(store::Database& db, const std::string& email_in, const std::string& name,
                                     const Actor& actor) {
  const std::string email = normalize_email(email_in);
  std::size_t revoked = 0;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto u = store::find_user_by_email(s, email);
    if (!u) return not_found_error("no account with the e-mail " + email);
    std::string now = db.clock().now_text();
    auto ids = store::revoke_api_tokens(s, u->user.id, name, now);
    if (ids.empty()) return not_found_error(email + " has no active token named \"" + name + "\"");
    for (auto id : ids)
      store::append_audit(s,
                          {.actor = actor.name,
                           .action = "update",
                           .entity = "api_token",
                           .entity_id = id,
                           .before_json = token_json(email, name),
                           .after_json = nlohmann::json{{"user", email}, {"name", name}, {"revoked_at", now}}.dump()});
    revoked = ids.size();
    return {};
  });
  if (!st) return st.error();
  return revoked;
}

}  // namespace jamt::service
