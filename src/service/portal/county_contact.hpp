#pragma once
// The contact of a county board as the county portal shows it (issue 15,
// item 1). Today only the board's name is known (from the reference data);
// the contact and intro text the board types in (engineer P2's table of
// migration 28, service/portal_settings/) plug in at one place:
// board_settings_contact in county_contact.cpp.
#include <string>

#include "domain/regions.hpp"
#include "store/database.hpp"

namespace jamt::service {

// Who the public contacts about a county's gender-equality work. Fields the
// board has not given are empty; the page then says so.
struct CountyContact {
  std::string board_name{};  // "Länsstyrelsen i Kalmar län"
  std::string email{};
  std::string phone{};
  std::string address{};  // postal address, lines separated by '\n'
  std::string intro{};    // the board's own introduction to its portal, plain text
};

// The contact of `county`'s board: the name from the reference data, the
// rest from the board's own settings once they exist. Never fails: what is
// not known is empty. Thread-safe (reads only).
CountyContact county_contact(store::Database& db, const Region& county);

}  // namespace jamt::service
