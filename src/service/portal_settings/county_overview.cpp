#include "service/portal_settings/county_overview.hpp"

#include "domain/regions.hpp"
#include "service/joining/joining_reports.hpp"
#include "service/strategy/strategy_service.hpp"

namespace jamt::service {

Result<std::vector<CountyOverview>> county_overview(store::Database& db) {
  auto strategies = list_strategies(db, std::nullopt);
  if (!strategies) return strategies.error();
  const int year = db.clock().current_year();
  std::vector<CountyOverview> out;
  for (const auto& county : RegionCatalogue::instance().at_level(RegionLevel::county)) {
    CountyOverview c{.code = county.code, .name = county.name, .strategy_id = std::nullopt, .strategy_title = "",
                     .joined = 0};
    bool covering = false;
    int latest_end = 0;
    for (const auto& s : *strategies) {
      if (s.county_code != county.code || s.status != StrategyStatus::adopted) continue;
      bool covers = s.start_year <= year && year <= s.end_year;
      if ((covers && !covering) || (!covering && s.end_year > latest_end)) {
        c.strategy_id = s.id;
        c.strategy_title = s.title;
        c.strategy_title_en = s.title_en;
        covering = covering || covers;
        latest_end = s.end_year;
      }
    }
    auto joined = joined_organisations(db, county.code);
    if (!joined) return joined.error();
    c.joined = static_cast<int>(joined->size());
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace jamt::service
