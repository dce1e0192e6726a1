#pragma once
// Accounts and roles: who may do what. Pure values and rules; passwords and
// sessions are handled in service/auth_service.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace jamt {

// admin: system administrator; strategist: a county board's strategist (one
// county); coordinator: the national coordinator (reads every county);
// org_contact: an organisation's contact person (one organisation).
enum class Role { admin, strategist, coordinator, org_contact };

// "admin", "strategist", "coordinator", "org_contact".
std::string_view to_string(Role role);
std::optional<Role> parse_role(std::string_view text);
// Swedish names: "Systemadministratör", "Strateg", "Nationell samordnare", "Kontaktperson".
std::string_view swedish_name(Role role);

struct User {
  std::int64_t id = 0;
  std::string email;
  Role role = Role::strategist;
  std::string county_code;                     // strategists: their county
  std::optional<std::int64_t> organisation_id;  // org_contacts: their organisation
  bool disabled = false;
};

// Checks a new account: a plausible e-mail address, a county for a
// strategist (one of the 21), an organisation for an organisation contact.
// Error "validation" with `field` set.
Status validate_user(const User& user);

}  // namespace jamt
