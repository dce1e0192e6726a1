#include "service/indicators/strategy_indicators.hpp"

namespace jamt::service {

namespace {

Status collect(store::Database& db, const Strategy& strategy, const std::vector<GoalNode>& nodes,
               std::map<std::int64_t, IndicatorSeries>& out) {
  for (const auto& n : nodes) {
    for (const auto& i : n.indicators) {
      IndicatorInStrategy item{.strategy = {}, .indicator = i, .node_id = n.id, .node_code = n.code, .node_title = n.title};
      item.strategy.county_code = strategy.county_code;
      item.strategy.start_year = strategy.start_year;
      item.strategy.end_year = strategy.end_year;
      auto series = indicator_values(db, item, YearRange{});
      if (!series) return series.error();
      out[i.id] = std::move(*series);
    }
    if (auto st = collect(db, strategy, n.children, out); !st) return st;
  }
  return {};
}

}  // namespace

Result<std::map<std::int64_t, IndicatorSeries>> strategy_indicator_values(store::Database& db,
                                                                          const Strategy& strategy) {
  std::map<std::int64_t, IndicatorSeries> out;
  if (auto st = collect(db, strategy, strategy.goals, out); !st) return st.error();
  return out;
}

}  // namespace jamt::service
