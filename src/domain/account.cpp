#include "domain/account.hpp"

#include "domain/i18n/translate.hpp"
#include "domain/regions.hpp"

namespace jamt {

std::string_view to_string(Role role) {
  switch (role) {
    case Role::admin: return "admin";
    case Role::strategist: return "strategist";
    case Role::coordinator: return "coordinator";
    case Role::org_contact: return "org_contact";
  }
  return "";
}

std::optional<Role> parse_role(std::string_view text) {
  for (Role r : {Role::admin, Role::strategist, Role::coordinator, Role::org_contact})
    if (to_string(r) == text) return r;
  return std::nullopt;
}

std::string_view swedish_name(Role role) {
  switch (role) {
    case Role::admin: return i18n::N_("Systemadministratör");
    case Role::strategist: return i18n::N_("Strateg");
    case Role::coordinator: return i18n::N_("Nationell samordnare");
    case Role::org_contact: return i18n::N_("Kontaktperson");
  }
  return "";
}

Status validate_user(const User& u) {
  auto at = u.email.find('@');
  if (u.email.size() > 254 || at == std::string::npos || at == 0 || u.email.find('.', at) == std::string::npos ||
      u.email.find_first_of(" \t\r\n<>\"") != std::string::npos)
    return validation_error("\"" + u.email + "\" is not an e-mail address", {}, "email");
  if (u.role == Role::strategist && !RegionCatalogue::instance().find_county(u.county_code))
    return validation_error("a strategist needs a county (two-digit code such as 08)", {}, "county");
  if (u.role == Role::org_contact && !u.organisation_id)
    return validation_error("an organisation contact needs an organisation", {}, "org");
  return {};
}

}  // namespace jamt
