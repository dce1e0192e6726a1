#include "service/portal/county_contact.hpp"

#include "domain/i18n/translate.hpp"

namespace jamt::service {

namespace {

// THE PLUG-IN POINT for engineer P2 (issue 15, migration 28,
// service/portal_settings/): fill `contact` from the county's settings —
// e-mail, phone, address, intro text and, when given, the board's own name.
// Until that service lands the board has given nothing, so nothing changes.
void board_settings_contact(store::Database& /*db*/, const Region& /*county*/, CountyContact& /*contact*/) {}

}  // namespace

CountyContact county_contact(store::Database& db, const Region& county) {
  CountyContact contact{.board_name = i18n::trf("Länsstyrelsen i {1}", {county.name}), .email = {}, .phone = {}, .address = {},
                        .intro = {}};
  board_settings_contact(db, county, contact);
  return contact;
}

}  // namespace jamt::service
