#include "service/portal/portal_statistics.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "domain/national_goals.hpp"
#include "service/indicators/strategy_indicators.hpp"
#include "service/statistics/statistics_query.hpp"

namespace jamt::service {

namespace {

// An indicator with the national sub-goals its node serves (inherited).
struct Placed {
  const Indicator* indicator = nullptr;
  std::vector<std::string> references{};
};

void place(const std::vector<GoalNode>& nodes, const std::vector<std::string>& inherited, std::vector<Placed>& out) {
  for (const auto& n : nodes) {
    const std::vector<std::string>& refs = n.national_goals.empty() ? inherited : n.national_goals;
    for (const auto& i : n.indicators) out.push_back({&i, refs});
    place(n.children, refs, out);
  }
}

PortalIndicator latest_of(const Indicator& i, const IndicatorSeries& series) {
  const IndicatorRow& last = series.rows.back();
  return PortalIndicator{.id = i.id,
                         .code = i.code,
                         .name = i.name,
                         .unit = i.unit,
                         .period = last.period,
                         .latest = last.analysis,
                         .additive = series.additive,
                         .measure_id = series.measure_id};
}

std::optional<double> sort_key(const stats::GenderAnalysis& a) { return a.total ? a.total : a.women; }

// The county beside the nation and its municipalities in the indicator's
// latest year: one query for all regions.
Result<IndicatorComparison> compare(store::Database& db, const Indicator& i, const PortalIndicator& p,
                                    const std::string& county_code) {
  IndicatorComparison out{.indicator_id = i.id, .code = i.code, .name = i.name, .period = p.period,
                          .additive = p.additive, .rows = {}};
  const auto& regions = RegionCatalogue::instance();
  auto county_row = [&] {
    const Region* c = regions.find(county_code);
    return RegionValue{.region_code = county_code, .region_name = c ? c->name : county_code,
                       .level = RegionLevel::county, .analysis = p.latest};
  };
  if (!p.measure_id || !i.measure) {
    out.rows.push_back(county_row());
    return out;
  }
  std::vector<std::string> codes{"00", county_code};
  for (const auto& m : regions.at_level(RegionLevel::municipality))
    if (m.parent == county_code) codes.push_back(m.code);
  auto cells = measure_values(db, *p.measure_id, codes, p.period, p.period, i.measure->filter);
  if (!cells) {
    if (cells.error().code != ErrorKind::validation) return cells.error();
    out.rows.push_back(county_row());
    return out;
  }
  for (const auto& c : *cells) {
    if (c.period != p.period || !(c.values.women || c.values.men || c.values.total)) continue;
    const Region* r = regions.find(c.region_code);
    out.rows.push_back(RegionValue{.region_code = c.region_code,
                                   .region_name = r ? r->name : c.region_code,
                                   .level = r ? r->level : RegionLevel::municipality,
                                   .analysis = stats::analyse(c.values, p.additive)});
  }
  if (out.rows.empty()) out.rows.push_back(county_row());
  std::stable_sort(out.rows.begin(), out.rows.end(), [](const RegionValue& a, const RegionValue& b) {
    auto ka = sort_key(a.analysis), kb = sort_key(b.analysis);
    if (ka != kb) return kb < ka;  // highest first; no value (nullopt) last
    return a.region_name < b.region_name;
  });
  return out;
}

}  // namespace

Result<PortalStatistics> portal_statistics(store::Database& db, const Strategy& strategy) {
  auto series = strategy_indicator_values(db, strategy);
  if (!series) return series.error();
  std::vector<Placed> placed;
  place(strategy.goals, {}, placed);

  PortalStatistics out;
  std::map<std::string, std::size_t> group_of;
  if (const auto* catalogue = find_national_goal_catalogue(strategy.national_goal_version))
    for (const auto& g : catalogue->subgoals) {
      group_of[g.reference(catalogue->version)] = out.subgoals.size();
      out.subgoals.push_back({.reference = g.reference(catalogue->version), .code = g.code, .title = g.title,
                              .indicators = {}, .indicator_count = 0});
    }
  const std::size_t own = out.subgoals.size();
  out.subgoals.push_back({.reference = "", .code = "", .title = "Strategins egna mål", .indicators = {},
                          .indicator_count = 0});

  std::set<std::int64_t> compared;
  for (const auto& p : placed) {
    std::set<std::size_t> groups;
    for (const auto& ref : p.references)
      if (auto it = group_of.find(ref); it != group_of.end()) groups.insert(it->second);
    if (groups.empty()) groups.insert(own);
    auto s = series->find(p.indicator->id);
    const bool has_value = s != series->end() && !s->second.rows.empty();
    for (std::size_t g : groups) {
      ++out.subgoals[g].indicator_count;
      if (has_value) out.subgoals[g].indicators.push_back(latest_of(*p.indicator, s->second));
    }
    if (!has_value || !compared.insert(p.indicator->id).second) continue;
    auto comparison = compare(db, *p.indicator, latest_of(*p.indicator, s->second), strategy.county_code);
    if (!comparison) return comparison.error();
    out.comparisons.push_back(std::move(*comparison));
  }
  if (out.subgoals.back().indicator_count == 0) out.subgoals.pop_back();
  return out;
}

}  // namespace jamt::service
