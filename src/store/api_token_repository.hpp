#pragma once
// Storage of API tokens: only the SHA-256 of a token is kept, never the
// token. Functions work on a leased session and throw soci errors.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"

namespace soci {
class session;
}

namespace jamt::store {

// Inserts a token for `user_id` named `name`, expiring at `expires_at`
// ("YYYY-MM-DDTHH:MM:SSZ"); returns its id.
std::int64_t insert_api_token(soci::session& s, const std::string& token_hash, std::int64_t user_id,
                              const std::string& name, const std::string& expires_at);

// A token as its owner may see it (never the token itself). Times are
// "YYYY-MM-DDTHH:MM:SSZ", "" when not set (tokens made before expiry existed
// never expire).
struct ApiTokenRow {
  std::int64_t id = 0;
  std::string name;
  std::string created_at;
  std::string last_used_at;
  std::string expires_at;
  std::string revoked_at;
};

// The token with this hash, whatever its state.
std::optional<ApiTokenRow> find_api_token(soci::session& s, const std::string& token_hash);

// Every token of `user_id`, revoked and expired ones too, newest first.
std::vector<ApiTokenRow> list_api_tokens(soci::session& s, std::int64_t user_id);

// Notes that token `id` was used at `at`.
void touch_api_token(soci::session& s, std::int64_t id, const std::string& at);

// Whether the user has a token named `name` that is not revoked.
bool has_active_api_token(soci::session& s, std::int64_t user_id, const std::string& name);

// The user of the unrevoked token with this hash that has not expired at
// `now`, when that user is not disabled.
std::optional<User> find_api_token_user(soci::session& s, const std::string& token_hash, const std::string& now);

// Gives every token without an expiry (made before tokens expired) the
// expiry `expires_at`; returns how many were given one.
long long date_undated_api_tokens(soci::session& s, const std::string& expires_at);

// Marks the user's unrevoked tokens named `name` revoked at `at`; returns
// their ids.
std::vector<std::int64_t> revoke_api_tokens(soci::session& s, std::int64_t user_id, const std::string& name,
                                            const std::string& at);

}  // namespace jamt::store
