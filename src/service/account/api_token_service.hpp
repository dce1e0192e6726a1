#pragma once
// API tokens: long random secrets with which scripts call the JSON API as
// an account (Authorization: Bearer …). Only their SHA-256 is stored.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "service/strategy/strategy_service.hpp"
#include "store/database.hpp"

namespace jamt::service {

struct NewApiToken {
  std::int64_t id = 0;
  std::string name;
  std::string token;  // "jamt_" and 64 hex digits; shown once, never stored
};

// Creates a token for the account with `email`, named `name` (default: the
// creation time, "YYYY-MM-DDTHH:MM:SSZ"). Errors: "not_found" for an unknown
// e-mail, "validation" (field "email") for a disabled account or (field
// "name") for a name longer than 100 characters, "conflict" (field "name")
// when the account has an unrevoked token of that name. In the audit log,
// without the token.
Result<NewApiToken> create_api_token(store::Database& db, const std::string& email, const std::string& name,
                                     const Actor& actor);

// The account `token` belongs to, or nullopt when the token is unknown or
// revoked or its account is disabled. Thread-safe.
Result<std::optional<User>> find_api_token_user(store::Database& db, const std::string& token);

// Revokes the account's unrevoked tokens named `name` and returns how many.
// Errors: "not_found" for an unknown e-mail or when no such token is active.
// In the audit log.
Result<std::size_t> revoke_api_token(store::Database& db, const std::string& email, const std::string& name,
                                     const Actor& actor);

}  // namespace jamt::service
