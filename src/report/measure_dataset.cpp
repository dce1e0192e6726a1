#include "report/measure_dataset.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "domain/regions.hpp"

namespace jamt::report {

stats::Dataset measure_dataset(const stats::Measure& measure, const std::vector<service::SexCell>& cells) {
  stats::Dataset d;
  d.id = measure.code;
  d.title = measure.title;
  d.unit = measure.unit;
  d.source = measure.source;
  d.decimals = measure.decimals;
  std::map<std::string, std::size_t> region_at, period_at;
  stats::Dimension region{.id = "region", .label = "region", .role = stats::DimensionRole::geo};
  stats::Dimension period{.id = "period", .label = "period", .role = stats::DimensionRole::time};
  for (const auto& c : cells) {
    if (region_at.emplace(c.region_code, region_at.size()).second) {
      const Region* r = RegionCatalogue::instance().find(c.region_code);
      region.categories.push_back({c.region_code, r ? r->name : c.region_code});
    }
    if (period_at.emplace(c.period, 0).second) period.categories.push_back({c.period, c.period});
  }
  std::sort(period.categories.begin(), period.categories.end(),
            [](const stats::Category& a, const stats::Category& b) { return a.code < b.code; });
  for (std::size_t i = 0; i < period.categories.size(); ++i) period_at[period.categories[i].code] = i;
  stats::Dimension sex{.id = "sex",
                       .label = "kön",
                       .role = stats::DimensionRole::other,
                       .categories = {{"women", "kvinnor"}, {"men", "män"}, {"total", "totalt"}}};
  d.dimensions = {region, period, sex};
  d.values.assign(d.cell_count(), std::nan(""));
  const std::size_t np = period.categories.size();
  for (const auto& c : cells) {
    std::size_t base = (region_at[c.region_code] * np + period_at[c.period]) * 3;
    const std::optional<double>* parts[] = {&c.values.women, &c.values.men, &c.values.total};
    const stats::Sex sexes[] = {stats::Sex::women, stats::Sex::men, stats::Sex::total};
    for (std::size_t k = 0; k < 3; ++k) {
      if (*parts[k]) {
        d.values[base + k] = **parts[k];
      } else {
        auto st = c.status.find(sexes[k]);
        d.status[base + k] = st == c.status.end() ? ".." : st->second;
      }
    }
  }
  return d;
}

}  // namespace jamt::report
