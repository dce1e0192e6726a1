#pragma once
// A county portal's contact and intro (issue 15, item 1; docs/news.md): the
// board's name, e-mail, phone, postal and visiting address, and a short
// intro in Swedish and optionally English. Kept by the county's strategists
// and admins (authorize_county_portal_change); read by everyone. Every save
// is audited: entity "county_portal", id the county's number (8 for 08).
#include <optional>
#include <string>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

// Everything the portal shows about the county's board.
struct CountyContact {
  std::string county_code;       // "08"
  std::string county_name;       // "Kalmar län" (reference data)
  std::string board_name;        // "Länsstyrelsen i Kalmar län" unless saved otherwise
  std::string email;             // "" when not given
  std::string phone;
  std::string postal_address;    // may hold line breaks
  std::string visiting_address;
  std::string intro;             // Swedish; "" when not given
  std::string intro_en;          // "" when no English is given
  bool saved = false;            // false: the defaults, nothing saved yet
  std::string updated_by;        // "" until saved
  std::string updated_at;
};

// The contact of `county_code`: what its board saved, or the defaults from
// the reference data (board "Länsstyrelsen i <county>", everything else
// empty). "not_found" for a code that is not one of the 21 counties.
Result<CountyContact> county_contact(store::Database& db, const std::string& county_code);

// Saves the contact of `input.county_code` (county_name, saved and
// updated_* are set here). Errors: "not_found" (unknown county),
// "unauthorized"/"forbidden" (authorize_county_portal_change),
// "validation" naming the field: "board_name" (needed, at most 200
// characters), "email" (not an address), "phone" (other than digits,
// spaces and + - ( )), "postal_address"/"visiting_address" (at most 300),
// "intro"/"intro_en" (at most 2 000). Returns the contact as stored.
Result<CountyContact> save_county_contact(store::Database& db, const CountyContact& input,
                                          const std::optional<User>& user);

}  // namespace jamt::service
