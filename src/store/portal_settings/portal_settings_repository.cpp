#include "store/portal_settings/portal_settings_repository.hpp"

#include <soci/soci.h>

namespace jamt::store {

std::optional<PortalSettings> load_portal_settings(soci::session& s, const std::string& county_code) {
  PortalSettings p;
  s << "SELECT board_name, email, phone, postal_address, visiting_address, intro, intro_en, updated_by, updated_at "
       "FROM county_portal_settings WHERE county_code = :c",
      soci::use(county_code), soci::into(p.board_name), soci::into(p.email), soci::into(p.phone),
      soci::into(p.postal_address), soci::into(p.visiting_address), soci::into(p.intro), soci::into(p.intro_en),
      soci::into(p.updated_by), soci::into(p.updated_at);
  if (!s.got_data()) return std::nullopt;
  p.county_code = county_code;
  return p;
}

void save_portal_settings(soci::session& s, const PortalSettings& p) {
  s << "DELETE FROM county_portal_settings WHERE county_code = :c", soci::use(p.county_code);
  s << "INSERT INTO county_portal_settings (county_code, board_name, email, phone, postal_address, visiting_address, "
       "intro, intro_en, updated_by, updated_at) VALUES (:c, :n, :e, :p, :pa, :va, :i, :ie, :ub, :ua)",
      soci::use(p.county_code), soci::use(p.board_name), soci::use(p.email), soci::use(p.phone),
      soci::use(p.postal_address), soci::use(p.visiting_address), soci::use(p.intro), soci::use(p.intro_en),
      soci::use(p.updated_by), soci::use(p.updated_at);
}

}  // namespace jamt::store
