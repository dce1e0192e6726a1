#include "service/statistics/intersection_query.hpp"

#include "domain/disclosure/small_counts.hpp"
#include "service/reporting/statistics_link.hpp"
#include "store/observation_repository.hpp"

namespace jamt::service {

Result<MeasureIntersection> intersect_measure(store::Database& db, const IntersectionRequest& request) {
  auto measure = get_measure(db, request.measure_id);
  if (!measure) return measure.error();
  auto dims = measure_dimensions(db, request.measure_id);
  if (!dims) return dims.error();
  auto dim = dims->find(request.by);
  if (dim == dims->end()) {
    std::string names;
    for (const auto& [k, _] : *dims) names += (names.empty() ? "" : ", ") + k;
    return validation_error(
        (request.by.empty() ? std::string("name the dimension to compare by") : "unknown dimension \"" + request.by + "\"") +
            (names.empty() ? " (this measure has no dimension besides region, period and sex)"
                           : " (dimensions: " + names + ")"),
        {}, "by");
  }
  // A period without any value of the region is "not found", not a filter
  // problem (the filter checks find no categories there).
  bool has_rows = false;
  Status st = db.read([&](soci::session& s) -> Status {
    has_rows = !store::query_observations(s, {request.measure_id, {request.region}, "", "", {request.period}}).empty();
    return {};
  });
  if (!st) return st.error();
  if (!has_rows)
    return not_found_error("no value of " + measure->code + " for region " + request.region + " in " + request.period);
  DimensionFilter filter = request.filter;
  filter.erase(request.by);
  std::vector<stats::CategoryValues> categories;
  bool any_value = false;
  for (const auto& code : dim->second) {
    if (stats::is_total_category(code)) continue;
    filter[request.by] = code;
    auto cells = measure_values(db, request.measure_id, {request.region}, request.period, request.period, filter);
    if (!cells) return cells.error();
    stats::CategoryValues c{.code = code, .label = code, .values = {}, .status = {}};
    for (const auto& cell : *cells)
      if (cell.period == request.period && cell.region_code == request.region) {
        c.values = cell.values;
        c.status = cell.status;
        any_value = any_value || cell.values.women || cell.values.men || cell.values.total;
      }
    categories.push_back(std::move(c));
  }
  if (!any_value)
    return not_found_error("no value of " + measure->code + " for region " + request.region + " in " + request.period);
  // Counts of persons: the categories add up to the region's figure, so a
  // category protected alone (measure_values protected each by its row)
  // takes the smallest other with it (docs/small-numbers.md).
  if (measure->source == kReportingSource && measure->additive) {
    std::vector<stats::SexValues> rows;
    std::vector<jamt::disclosure::SexProtection> hidden;
    for (const auto& c : categories) {
      auto withheld = [&](stats::Sex sex) {
        auto it = c.status.find(sex);
        return it != c.status.end() && it->second == jamt::disclosure::kProtectedSymbol;
      };
      rows.push_back(c.values);
      hidden.push_back({.women = withheld(stats::Sex::women), .men = withheld(stats::Sex::men),
                        .total = withheld(stats::Sex::total)});
    }
    jamt::disclosure::complete_table(rows, hidden);
    for (std::size_t i = 0; i < categories.size(); ++i) {
      categories[i].values = jamt::disclosure::without(categories[i].values, hidden[i]);
      for (auto sex : {stats::Sex::women, stats::Sex::men, stats::Sex::total})
        if (hidden[i].of(sex)) categories[i].status[sex] = std::string(jamt::disclosure::kProtectedSymbol);
    }
  }
  return MeasureIntersection{.measure = *measure,
                             .region_code = request.region,
                             .period = request.period,
                             .intersection = stats::analyse_intersection(request.by, categories, measure->additive)};
}

}  // namespace jamt::service
