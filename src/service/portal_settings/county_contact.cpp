#include "service/portal_settings/county_contact.hpp"

#include <nlohmann/json.hpp>

#include "domain/i18n/translate.hpp"
#include "domain/regions.hpp"
#include "domain/text/plain_text.hpp"
#include "service/portal_settings/portal_access.hpp"
#include "service/registers/register_service.hpp"
#include "store/audit_repository.hpp"
#include "store/portal_settings/portal_settings_repository.hpp"

namespace jamt::service {

namespace {

using text::trimmed;

// A plausible address: one @, something before it, a dot after it, no
// spaces or angle brackets.
bool looks_like_email(const std::string& e) {
  auto at = e.find('@');
  if (at == std::string::npos || at == 0 || e.find('@', at + 1) != std::string::npos) return false;
  auto dot = e.find('.', at + 2);
  if (dot == std::string::npos || dot + 1 >= e.size()) return false;
  return e.find_first_of(" \t<>,;\"") == std::string::npos;
}

bool looks_like_phone(const std::string& p) {
  bool digit = false;
  for (char c : p) {
    if (c >= '0' && c <= '9') digit = true;
    else if (std::string(" +-()").find(c) == std::string::npos) return false;
  }
  return digit;
}

std::optional<Error> problem(const CountyContact& c) {
  if (c.board_name.empty()) return validation_error(i18n::tr("Ange myndighetens namn"), {}, "board_name");
  if (text::character_count(c.board_name) > 200) return validation_error(i18n::tr("Namnet får vara högst 200 tecken"), {}, "board_name");
  if (!c.email.empty() && (!looks_like_email(c.email) || c.email.size() > 200))
    return validation_error(i18n::tr("Ange en e-postadress, till exempel kalmar@lansstyrelsen.se"), {}, "email");
  if (!c.phone.empty() && (!looks_like_phone(c.phone) || c.phone.size() > 40))
    return validation_error(i18n::tr("Ange telefonnumret med siffror, till exempel 010-223 80 00"), {}, "phone");
  if (text::character_count(c.postal_address) > 300)
    return validation_error(i18n::tr("Postadressen får vara högst 300 tecken"), {}, "postal_address");
  if (text::character_count(c.visiting_address) > 300)
    return validation_error(i18n::tr("Besöksadressen får vara högst 300 tecken"), {}, "visiting_address");
  if (text::character_count(c.intro) > 2000) return validation_error(i18n::tr("Inledningen får vara högst 2 000 tecken"), {}, "intro");
  if (text::character_count(c.intro_en) > 2000)
    return validation_error(i18n::tr("Den engelska inledningen får vara högst 2 000 tecken"), {}, "intro_en");
  return std::nullopt;
}

CountyContact from_store(const Region& county, const std::optional<store::PortalSettings>& saved) {
  CountyContact c{.county_code = county.code,
                  .county_name = county.name,
                  .board_name = "Länsstyrelsen i " + county.name,
                  .email = "",
                  .phone = "",
                  .postal_address = "",
                  .visiting_address = "",
                  .intro = "",
                  .intro_en = "",
                  .saved = false,
                  .updated_by = "",
                  .updated_at = ""};
  if (!saved) return c;
  c.board_name = saved->board_name;
  c.email = saved->email;
  c.phone = saved->phone;
  c.postal_address = saved->postal_address;
  c.visiting_address = saved->visiting_address;
  c.intro = saved->intro;
  c.intro_en = saved->intro_en;
  c.saved = true;
  c.updated_by = saved->updated_by;
  c.updated_at = saved->updated_at;
  return c;
}

nlohmann::json audit_json(const CountyContact& c) {
  return {{"county_code", c.county_code},       {"board_name", c.board_name},
          {"email", c.email},                   {"phone", c.phone},
          {"postal_address", c.postal_address}, {"visiting_address", c.visiting_address},
          {"intro", c.intro},                   {"intro_en", c.intro_en}};
}

const Region* county_of(const std::string& code) { return RegionCatalogue::instance().find_county(code); }

}  // namespace

Result<CountyContact> county_contact(store::Database& db, const std::string& county_code) {
  const Region* county = county_of(county_code);
  if (!county) return not_found_error(i18n::tr("Det finns inget län med den koden"));
  std::optional<store::PortalSettings> saved;
  Status st = db.read([&](soci::session& s) -> Status {
    saved = store::load_portal_settings(s, county_code);
    return {};
  });
  if (!st) return st.error();
  return from_store(*county, saved);
}

Result<CountyContact> save_county_contact(store::Database& db, const CountyContact& input,
                                          const std::optional<User>& user) {
  const Region* county = county_of(input.county_code);
  if (!county) return not_found_error(i18n::tr("Det finns inget län med den koden"));
  if (auto allowed = authorize_county_portal_change(user, input.county_code); !allowed) return allowed.error();
  store::PortalSettings p{.county_code = county->code,
                          .board_name = trimmed(input.board_name),
                          .email = trimmed(input.email),
                          .phone = trimmed(input.phone),
                          .postal_address = trimmed(input.postal_address),
                          .visiting_address = trimmed(input.visiting_address),
                          .intro = trimmed(input.intro),
                          .intro_en = trimmed(input.intro_en),
                          .updated_by = actor_name(user),
                          .updated_at = db.clock().now_text()};
  CountyContact after = from_store(*county, p);
  if (auto wrong = problem(after)) return *wrong;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto before = store::load_portal_settings(s, county->code);
    store::save_portal_settings(s, p);
    store::append_audit(s, {.actor = p.updated_by,
                            .action = before ? "update" : "create",
                            .entity = "county_portal",
                            .entity_id = std::stoi(county->code),
                            .before_json = before ? std::optional(audit_json(from_store(*county, before)).dump())
                                                  : std::nullopt,
                            .after_json = audit_json(after).dump()});
    return {};
  });
  if (!st) return st.error();
  return after;
}

}  // namespace jamt::service
