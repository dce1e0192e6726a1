#pragma once
// Storage of a county portal's contact and intro (migration 28). Functions
// work on a leased session, inside the caller's transaction, and throw soci
// errors.
#include <optional>
#include <string>

namespace soci {
class session;
}

namespace jamt::store {

// What a county's board saved about itself for its portal.
struct PortalSettings {
  std::string county_code;
  std::string board_name;  // "Länsstyrelsen i Kalmar län"
  std::string email;
  std::string phone;
  std::string postal_address;
  std::string visiting_address;
  std::string intro;     // Swedish
  std::string intro_en;  // "" when no English is given
  std::string updated_by;
  std::string updated_at;
};

// The saved settings of `county_code`, or nullopt when none are saved.
std::optional<PortalSettings> load_portal_settings(soci::session& s, const std::string& county_code);

// Saves `settings` for its county, replacing what was there.
void save_portal_settings(soci::session& s, const PortalSettings& settings);

}  // namespace jamt::store
