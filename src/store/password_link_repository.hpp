#pragma once
// Storage of one-time links to choose a password (invitations and resets).
// Only the SHA-256 of a link's token is stored. Functions work on a leased
// session and throw soci errors.
#include <cstdint>
#include <optional>
#include <string>

namespace soci {
class session;
}

namespace jamt::store {

struct PasswordLinkRow {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::string purpose;     // "invitation" or "reset"
  std::string expires_at;  // "YYYY-MM-DDTHH:MM:SSZ"
  std::optional<std::string> used_at;
};

// Stores a new link; created_at from the session's clock. Returns its id.
std::int64_t insert_password_link(soci::session& s, const std::string& token_hash, std::int64_t user_id,
                                  const std::string& purpose, const std::string& created_by,
                                  const std::string& expires_at);

// The link with this token hash, used or not, if any.
std::optional<PasswordLinkRow> find_password_link(soci::session& s, const std::string& token_hash);

// Marks link `id` used at `at` if it is unused; false when it was used
// already (by a request that got there first).
bool use_password_link(soci::session& s, std::int64_t id, const std::string& at);

// Marks every unused link of the account used at `at` (a new link replaces
// the older ones; a password set ends them all).
void use_password_links_of(soci::session& s, std::int64_t user_id, const std::string& at);

}  // namespace jamt::store
