#pragma once
// API tokens: long random secrets with which scripts call the JSON API as
// an account (Authorization: Bearer …). Only their SHA-256 is stored. Every
// token expires (AccountPolicy::api_token_lifetime unless its maker says
// otherwise); its owner and admins can list them.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "service/strategy/strategy_service.hpp"
#include "store/api_token_repository.hpp"
#include "store/database.hpp"

namespace jamt::service {

struct NewApiToken {
  std::int64_t id = 0;
  std::string name;
  std::string token;       // "jamt_" and 64 hex digits; shown once, never stored
  std::string expires_at;  // "YYYY-MM-DDTHH:MM:SSZ"
};

// Creates a token for the account with `email`, named `name` (default: the
// creation time, "YYYY-MM-DDTHH:MM:SSZ"), expiring `days` days from now
// (default account_policy().api_token_lifetime; 1 to api_token_max_lifetime).
// Errors: "not_found" for an unknown e-mail, "validation" (field "email") for
// a disabled account, (field "name") for a name longer than 100 characters
// or (field "days") for a lifetime out of range, "conflict" (field "name")
// when the account has an unrevoked token of that name. In the audit log,
// without the token.
Result<NewApiToken> create_api_token(store::Database& db, const std::string& email, const std::string& name,
                                     const Actor& actor, std::optional<int> days = std::nullopt);

// The account `token` belongs to, or nullopt when the token is unknown,
// revoked or expired (by db.clock()) or its account is disabled. Notes the
// use (at most once a minute). Thread-safe.
Result<std::optional<User>> find_api_token_user(store::Database& db, const std::string& token);

// Why `token` is refused although it was once a real token: "the API token
// \"NAME\" expired at …" or "… was revoked at …"; nullopt for a live token
// and for strings that never were tokens (those are simply no login).
Result<std::optional<std::string>> api_token_refusal(store::Database& db, const std::string& token);

// Revokes the account's unrevoked tokens named `name` and returns how many.
// Errors: "not_found" for an unknown e-mail or when no such token is active.
// In the audit log.
Result<std::size_t> revoke_api_token(store::Database& db, const std::string& email, const std::string& name,
                                     const Actor& actor);

// The tokens of account `owner_id` (revoked and expired ones too, newest
// first) for `viewer`: the owner or an admin.
// Errors: "unauthorized", "forbidden", "not_found" for an unknown account.
Result<std::vector<store::ApiTokenRow>> list_api_tokens(store::Database& db, const std::optional<User>& viewer,
                                                        std::int64_t owner_id);

// Gives the tokens made before tokens expired (no expiry stored) the
// default lifetime from now, so that every token expires; returns how many.
// In the audit log when there were any. `jamt serve` calls it at start.
Result<long long> date_undated_api_tokens(store::Database& db);

// "active", "expired" or "revoked" for `row` at `now_text`.
std::string api_token_state(const store::ApiTokenRow& row, const std::string& now_text);

}  // namespace jamt::service
