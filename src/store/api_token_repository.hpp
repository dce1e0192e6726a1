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

// Inserts a token for `user_id` named `name`; returns its id.
std::int64_t insert_api_token(soci::session& s, const std::string& token_hash, std::int64_t user_id,
                              const std::string& name);

// Whether the user has a token named `name` that is not revoked.
bool has_active_api_token(soci::session& s, std::int64_t user_id, const std::string& name);

// The user of the unrevoked token with this hash, when that user is not
// disabled.
std::optional<User> find_api_token_user(soci::session& s, const std::string& token_hash);

// Marks the user's unrevoked tokens named `name` revoked at `at`; returns
// their ids.
std::vector<std::int64_t> revoke_api_tokens(soci::session& s, std::int64_t user_id, const std::string& name,
                                            const std::string& at);

}  // namespace jamt::store
