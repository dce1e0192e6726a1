#include "service/account/api_token_service.hpp"

#include <spdlog/spdlog.h>

#include <nlohmann/json.hpp>

#include "domain/account_policy.hpp"
#include "domain/utc_time.hpp"
#include "service/account/auth_service.hpp"
#include "service/authorization.hpp"
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
                                     const Actor& actor, std::optional<int> days) {
  const std::string email = normalize_email(email_in);
  const AccountPolicy policy = account_policy();
  NewApiToken out;
  out.name = name_in.empty() ? db.clock().now_text() : name_in;
  if (out.name.size() > 100) return validation_error("the token name is longer than 100 characters", {}, "name");
  const int lifetime = days.value_or(static_cast<int>(policy.api_token_lifetime.count()));
  if (lifetime < 1 || lifetime > policy.api_token_max_lifetime.count())
    return validation_error("a token lasts from 1 to " + std::to_string(policy.api_token_max_lifetime.count()) +
                                " days, not " + std::to_string(lifetime),
                            {}, "days");
  out.expires_at = utc_text(db.clock().now() + std::chrono::days{lifetime});
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
    out.id = store::insert_api_token(s, sha256_hex(out.token), u->user.id, out.name, out.expires_at);
    store::append_audit(s, {.actor = actor.name,
                            .action = "create",
                            .entity = "api_token",
                            .entity_id = out.id,
                            .after_json = nlohmann::json{{"user", email}, {"name", out.name}, {"expires_at", out.expires_at}}
                                              .dump()});
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<std::optional<User>> find_api_token_user(store::Database& db, const std::string& token) {
  std::optional<User> out;
  if (token.rfind(kTokenPrefix, 0) != 0 || token.size() > 200) return out;
  const auto now = db.clock().now();
  const std::string hash = sha256_hex(token);
  std::optional<store::ApiTokenRow> row;
  Status st = db.read([&](soci::session& s) -> Status {
    out = store::find_api_token_user(s, hash, utc_text(now));
    if (out) row = store::find_api_token(s, hash);
    return {};
  });
  if (!st) return st.error();
  if (out && row) {
    auto used = parse_utc_text(row->last_used_at);
    if (!used || now - *used >= std::chrono::minutes{1}) {
      Status touched = db.transaction([&](soci::session& s) -> Status {
        store::touch_api_token(s, row->id, utc_text(now));
        return {};
      });
      // A busy database delays the note of use; the token still works.
      if (!touched) spdlog::warn("API token last use not noted: {}", touched.error().to_string());
    }
  }
  return out;
}

Result<long long> date_undated_api_tokens(store::Database& db) {
  long long dated = 0;
  const std::string expires_at = utc_text(db.clock().now() + account_policy().api_token_lifetime);
  Status st = db.transaction([&](soci::session& s) -> Status {
    dated = store::date_undated_api_tokens(s, expires_at);
    if (dated > 0)
      store::append_audit(s, {.actor = "system",
                              .action = "date_tokens",
                              .entity = "api_token",
                              .entity_id = 0,
                              .after_json = nlohmann::json{{"tokens", dated}, {"expires_at", expires_at}}.dump()});
    return {};
  });
  if (!st) return st.error();
  return dated;
}

std::string api_token_state(const store::ApiTokenRow& row, const std::string& now_text) {
  if (!row.revoked_at.empty()) return "revoked";
  if (!row.expires_at.empty() && row.expires_at <= now_text) return "expired";
  return "active";
}

Result<std::optional<std::string>> api_token_refusal(store::Database& db, const std::string& token) {
  std::optional<std::string> out;
  if (token.rfind(kTokenPrefix, 0) != 0 || token.size() > 200) return out;
  std::optional<store::ApiTokenRow> row;
  Status st = db.read([&](soci::session& s) -> Status {
    row = store::find_api_token(s, sha256_hex(token));
    return {};
  });
  if (!st) return st.error();
  if (!row) return out;
  const std::string state = api_token_state(*row, db.clock().now_text());
  if (state == "expired")
    out = "the API token \"" + row->name + "\" expired at " + row->expires_at +
          "; ask an administrator for a new one (jamt user token)";
  else if (state == "revoked")
    out = "the API token \"" + row->name + "\" was revoked at " + row->revoked_at;
  return out;
}

Result<std::vector<store::ApiTokenRow>> list_api_tokens(store::Database& db, const std::optional<User>& viewer,
                                                        std::int64_t owner_id) {
  // The owner and admins (the roles are compared in authorization.cpp, is_admin).
  if (!viewer || viewer->disabled) return Error{ErrorKind::unauthorized, "log in to do this", {}, {}};
  if (viewer->id != owner_id && !is_admin(viewer))
    return Error{ErrorKind::forbidden, "only the account's owner and administrators see its API tokens", {}, {}};
  std::vector<store::ApiTokenRow> out;
  Status st = db.read([&](soci::session& s) -> Status {
    if (!store::find_user_by_id(s, owner_id)) return not_found_error("no account with id " + std::to_string(owner_id));
    out = store::list_api_tokens(s, owner_id);
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
