#pragma once
// The national page's list of counties (issue 15, item 1; /lan): each of
// the 21 counties with its adopted strategy and the number of organisations
// publicly listed as joined. Everyone may read it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

struct CountyOverview {
  std::string code;  // "08"
  std::string name;  // "Kalmar län"
  std::optional<std::int64_t> strategy_id;  // the adopted strategy in force, nullopt for none
  std::string strategy_title;               // "" without one
  std::string strategy_title_en{};          // its English title, "" when not given
  int joined = 0;  // organisations listed on /anslutna/{code} (joined, consenting to publication)
};

// Every county by code. The strategy is the adopted one covering the
// clock's year, else the latest adopted one; archived and draft ones do
// not count.
Result<std::vector<CountyOverview>> county_overview(store::Database& db);

}  // namespace jamt::service
