#include "service/statistics/statistics_query.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "domain/disclosure/small_counts.hpp"
#include "domain/regions.hpp"
#include "domain/statistics/intersection.hpp"
#include "service/disclosure/audience.hpp"
#include "service/reporting/statistics_link.hpp"
#include "store/observation_repository.hpp"

namespace jamt::service {

namespace {

using DimPairs = std::vector<std::pair<std::string, std::string>>;

DimPairs parse_dims(const std::string& dims) {
  DimPairs out;
  std::size_t pos = 0;
  while (pos < dims.size()) {
    auto bar = dims.find('|', pos);
    std::string part = dims.substr(pos, bar == std::string::npos ? std::string::npos : bar - pos);
    auto eq = part.find('=');
    out.emplace_back(part.substr(0, eq), eq == std::string::npos ? "" : part.substr(eq + 1));
    if (bar == std::string::npos) break;
    pos = bar + 1;
  }
  return out;
}

bool is_total_code(const std::string& code) { return stats::is_total_category(code); }

std::string join(const std::set<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : ", ") + v;
  return out;
}

Result<stats::Measure> load_measure(soci::session& s, std::int64_t id) {
  auto m = store::find_measure(s, id);
  if (!m) return not_found_error("no measure with id " + std::to_string(id));
  return *m;
}

// Reduces stored rows to one SexCell per region and period (see
// measure_values()).
Result<std::vector<SexCell>> reduce(const stats::Measure& measure, const std::vector<store::StoredObservation>& rows,
                                    const DimensionFilter& filter) {
  // Categories per dimension, to check filters and find total categories.
  std::map<std::string, std::set<std::string>> categories;
  std::vector<DimPairs> parsed;
  parsed.reserve(rows.size());
  for (const auto& r : rows) {
    parsed.push_back(parse_dims(r.dims));
    for (const auto& [k, v] : parsed.back()) categories[k].insert(v);
  }
  for (const auto& [dim, code] : filter) {
    auto it = categories.find(dim);
    if (it == categories.end()) {
      std::set<std::string> names;
      for (const auto& [k, _] : categories) names.insert(k);
      return validation_error("unknown dimension \"" + dim + "\"" +
                                  (names.empty() ? " (this measure has none besides region, period and sex)"
                                                 : " (dimensions: " + join(names) + ")"),
                              {}, dim);
    }
    if (!it->second.count(code))
      return validation_error("dimension \"" + dim + "\" has no category \"" + code + "\" (categories: " +
                                  join(it->second) + ")",
                              {}, dim);
  }
  // For each unnamed dimension: its total category, if any.
  std::map<std::string, std::string> total_of;
  for (const auto& [dim, codes] : categories) {
    if (filter.count(dim)) continue;
    for (const auto& c : codes)
      if (is_total_code(c)) total_of[dim] = c;
    if (!measure.additive && !total_of.count(dim) && codes.size() > 1)
      return validation_error("dimension \"" + dim + "\" must be named for the non-additive measure " + measure.code +
                                  " (categories: " + join(codes) + ")",
                              {}, dim);
  }
  std::map<std::pair<std::string, std::string>, SexCell> cells;
  std::map<std::pair<std::string, std::string>, std::set<stats::Sex>> incomplete;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    bool keep = true;
    for (const auto& [k, v] : parsed[i]) {
      if (auto f = filter.find(k); f != filter.end()) keep = keep && v == f->second;
      else if (auto t = total_of.find(k); t != total_of.end()) keep = keep && v == t->second;
    }
    if (!keep) continue;
    const auto& r = rows[i];
    auto key = std::make_pair(r.region_code, r.period);
    SexCell& cell = cells[key];
    cell.region_code = r.region_code;
    cell.period = r.period;
    std::optional<double>& slot = r.sex == stats::Sex::women ? cell.values.women
                                  : r.sex == stats::Sex::men ? cell.values.men
                                                             : cell.values.total;
    if (!r.value) {
      incomplete[key].insert(r.sex);
      cell.status[r.sex] = r.status.empty() ? ".." : r.status;
      continue;
    }
    // A flagged value (provisional, break in series, nil) keeps its symbol.
    if (!r.status.empty()) cell.status[r.sex] = r.status;
    slot = slot.value_or(0) + *r.value;
  }
  std::vector<SexCell> out;
  for (auto& [key, cell] : cells) {
    // A sum with a missing part is not a value.
    for (stats::Sex s : incomplete[key]) {
      if (s == stats::Sex::women) cell.values.women.reset();
      if (s == stats::Sex::men) cell.values.men.reset();
      if (s == stats::Sex::total) cell.values.total.reset();
    }
    out.push_back(std::move(cell));
  }
  return out;
}

// Whether the measure's values are counts of persons Jämt collected itself:
// the additive measures of periodic reporting (docs/small-numbers.md).
// Imported statistics (SCB, Kolada) are published by their makers already.
bool counts_persons(const stats::Measure& measure) {
  return measure.source == kReportingSource && measure.additive;
}

// The organisation a filter picks (`organisation=17`), if any.
std::optional<std::int64_t> organisation_of(const DimensionFilter& filter) {
  auto it = filter.find(kOrganisationDimension);
  if (it == filter.end()) return std::nullopt;
  try {
    return std::stoll(it->second);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// Protects the small counts of persons in `cells` (already reduced with
// `filter`) for the current viewer: each cell by its row (women, men,
// total), a municipality's cells also by its county's column — the county's
// figure is shown too, so one protected municipality would be had by
// subtracting — and one organisation's cells (`organisation=` in the filter)
// by the column of the region's organisations. A column is always whole (the
// county's every municipality, the region's every organisation), so the same
// cells are protected whichever regions are asked for. A protected value is
// emptied and gets the status "..".
void protect_small_counts(soci::session& s, const stats::Measure& measure, const DimensionFilter& filter,
                          std::vector<SexCell>& cells) {
  if (!counts_persons(measure) || cells.empty()) return;
  const int threshold =
      service::disclosure::threshold_for(store::measure_county(s, measure.id).value_or(""), organisation_of(filter));
  if (threshold <= 1) return;
  const auto& catalogue = RegionCatalogue::instance();
  // (county, period) → municipality code → its protection.
  std::map<std::pair<std::string, std::string>, std::map<std::string, jamt::disclosure::SexProtection>> columns;
  // (region, period) → organisation id → its protection.
  std::map<std::pair<std::string, std::string>, std::map<std::string, jamt::disclosure::SexProtection>>
      organisation_columns;
  for (auto& c : cells) {
    jamt::disclosure::SexProtection hidden = jamt::disclosure::protect_sexes(c.values, threshold);
    const Region* region = catalogue.find(c.region_code);
    if (region && region->level == RegionLevel::municipality) {
      auto key = std::make_pair(region->parent, c.period);
      if (!columns.count(key)) {
        std::vector<std::string> municipalities;
        for (const auto& r : catalogue.at_level(RegionLevel::municipality))
          if (r.parent == region->parent) municipalities.push_back(r.code);
        auto column = reduce(measure, store::query_observations(s, {measure.id, municipalities, "", "", {c.period}}),
                             filter);
        auto& protections = columns[key];
        if (column) {
          std::vector<stats::SexValues> rows;
          for (const auto& m : *column) rows.push_back(m.values);
          auto table = jamt::disclosure::protect_table(rows, threshold);
          for (std::size_t i = 0; i < column->size(); ++i) protections[(*column)[i].region_code] = table[i];
        }
      }
      if (auto it = columns[key].find(c.region_code); it != columns[key].end()) hidden = it->second;
    }
    // One organisation's figures: the region's organisations add up to the
    // region's figure, so they are a column too.
    if (auto org = filter.find(kOrganisationDimension); org != filter.end()) {
      auto key = std::make_pair(c.region_code, c.period);
      if (!organisation_columns.count(key)) {
        auto rows = store::query_observations(s, {measure.id, {c.region_code}, "", "", {c.period}});
        std::set<std::string> organisations;
        for (const auto& r : rows)
          for (const auto& [k, v] : parse_dims(r.dims))
            if (k == kOrganisationDimension) organisations.insert(v);
        std::vector<std::string> codes;
        std::vector<stats::SexValues> values;
        for (const auto& o : organisations) {
          DimensionFilter one = filter;
          one[kOrganisationDimension] = o;
          auto cell = reduce(measure, rows, one);
          if (cell && !cell->empty()) {
            codes.push_back(o);
            values.push_back(cell->front().values);
          }
        }
        auto table = jamt::disclosure::protect_table(values, threshold);
        auto& protections = organisation_columns[key];
        for (std::size_t i = 0; i < codes.size(); ++i) protections[codes[i]] = table[i];
      }
      if (auto it = organisation_columns[key].find(org->second); it != organisation_columns[key].end())
        hidden = jamt::disclosure::either(hidden, it->second);
    }
    if (!hidden.any()) continue;
    c.values = jamt::disclosure::without(c.values, hidden);
    for (auto sex : {stats::Sex::women, stats::Sex::men, stats::Sex::total})
      if (hidden.of(sex)) c.status[sex] = std::string(jamt::disclosure::kProtectedSymbol);
    service::disclosure::note_protected();
  }
}

// The cells of `measure` for `query`, reduced with `filter` and protected.
Result<std::vector<SexCell>> protected_cells(soci::session& s, const stats::Measure& measure,
                                             const store::ObservationQuery& query, const DimensionFilter& filter) {
  auto cells = reduce(measure, store::query_observations(s, query), filter);
  if (cells) protect_small_counts(s, measure, filter, *cells);
  return cells;
}

}  // namespace

Result<std::vector<stats::Measure>> list_measures(store::Database& db) {
  std::vector<stats::Measure> out;
  Status st = db.read([&](soci::session& s) -> Status {
    out = store::list_measures(s);
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<stats::Measure> get_measure(store::Database& db, std::int64_t id) {
  std::optional<stats::Measure> m;
  Status st = db.read([&](soci::session& s) -> Status {
    auto r = load_measure(s, id);
    if (!r) return r.error();
    m = *r;
    return {};
  });
  if (!st) return st.error();
  return *m;
}

Result<std::map<std::string, std::vector<std::string>>> measure_dimensions(store::Database& db, std::int64_t id) {
  std::map<std::string, std::set<std::string>> dims;
  Status st = db.read([&](soci::session& s) -> Status {
    auto m = load_measure(s, id);
    if (!m) return m.error();
    for (const auto& text : store::distinct_dims(s, id))
      for (const auto& [k, v] : parse_dims(text)) dims[k].insert(v);
    return {};
  });
  if (!st) return st.error();
  std::map<std::string, std::vector<std::string>> out;
  for (auto& [k, v] : dims) out[k] = std::vector<std::string>(v.begin(), v.end());
  return out;
}

Result<std::string> default_region(store::Database& db, std::int64_t id) {
  std::string region = "00";
  Status st = db.read([&](soci::session& s) -> Status {
    if (auto found = store::region_with_values(s, id)) region = *found;
    return {};
  });
  if (!st) return st.error();
  return region;
}

Result<std::vector<SexCell>> measure_values(store::Database& db, std::int64_t id,
                                            const std::vector<std::string>& regions, const std::string& from,
                                            const std::string& to, const DimensionFilter& filter) {
  std::vector<SexCell> out;
  Status st = db.read([&](soci::session& s) -> Status {
    auto m = load_measure(s, id);
    if (!m) return m.error();
    auto reduced = protected_cells(s, *m, {id, regions, from, to, {}}, filter);
    if (!reduced) return reduced.error();
    out = std::move(*reduced);
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<MeasureAnalysis> analyse_measure(store::Database& db, std::int64_t id, const std::string& region,
                                        const std::string& period, const std::optional<std::string>& base_period,
                                        const DimensionFilter& filter) {
  MeasureAnalysis result;
  Status st = db.read([&](soci::session& s) -> Status {
    auto m = load_measure(s, id);
    if (!m) return m.error();
    result.measure = *m;
    std::vector<std::string> periods{period};
    if (base_period) periods.push_back(*base_period);
    auto cells = protected_cells(s, *m, {id, {region}, "", "", periods}, filter);
    if (!cells) return cells.error();
    bool found = false;
    for (const auto& c : *cells) {
      if (c.period == period) {
        result.analysis = stats::analyse(c.values, m->additive);
        found = true;
      } else if (base_period && c.period == *base_period) {
        result.base = stats::analyse(c.values, m->additive);
      }
    }
    if (!found)
      return not_found_error("no value of " + m->code + " for region " + region + " in " + period);
    return {};
  });
  if (!st) return st.error();
  result.region_code = region;
  result.period = period;
  result.base_period = base_period;
  if (result.base) result.change_women_share = stats::change_in_women_share(*result.base, result.analysis);
  return result;
}

Result<std::vector<stats::RegionAnalysis>> compare_regions(store::Database& db, std::int64_t id,
                                                           const std::string& county, const std::string& period,
                                                           const DimensionFilter& filter) {
  const auto& catalogue = RegionCatalogue::instance();
  if (!catalogue.find_county(county)) return validation_error("unknown county \"" + county + "\"", {}, "region");
  std::vector<std::string> regions{"00", county};
  for (const auto& r : catalogue.at_level(RegionLevel::municipality))
    if (r.parent == county) regions.push_back(r.code);
  auto cells = measure_values(db, id, regions, period, period, filter);
  if (!cells) return cells.error();
  auto measure = get_measure(db, id);
  if (!measure) return measure.error();
  std::vector<stats::RegionAnalysis> out;
  for (const auto& code : regions)
    for (const auto& c : *cells)
      if (c.region_code == code && c.period == period)
        out.push_back({code, catalogue.find(code)->name, stats::analyse(c.values, measure->additive)});
  return out;
}

namespace {
void collect_linked(const std::vector<GoalNode>& nodes, std::vector<const Indicator*>& out) {
  for (const auto& n : nodes) {
    for (const auto& i : n.indicators)
      if (i.measure) out.push_back(&i);
    collect_linked(n.children, out);
  }
}
}  // namespace

Result<std::map<std::int64_t, IndicatorValue>> linked_indicator_values(store::Database& db, const Strategy& strategy,
                                                                       const std::string& region) {
  std::vector<const Indicator*> linked;
  collect_linked(strategy.goals, linked);
  std::map<std::int64_t, IndicatorValue> out;
  for (const Indicator* ind : linked) {
    IndicatorValue v;
    std::optional<stats::Measure> measure;
    Status st = db.read([&](soci::session& s) -> Status {
      measure = store::find_measure_by_code(s, ind->measure->code);
      return {};
    });
    if (!st) return st.error();
    if (!measure) {
      v.problem = "måttet " + ind->measure->code + " är inte importerat";
      out[ind->id] = v;
      continue;
    }
    v.measure_id = measure->id;
    v.measure_title = measure->title;
    auto cells = measure_values(db, measure->id, {region}, "", "", ind->measure->filter);
    if (!cells) {
      v.problem = cells.error().message;
    } else {
      for (auto it = cells->rbegin(); it != cells->rend(); ++it)
        if (it->values.women || it->values.men || it->values.total) {
          v.period = it->period;
          v.analysis = stats::analyse(it->values, measure->additive);
          break;
        }
      if (v.period.empty()) v.problem = "inga värden för regionen";
    }
    out[ind->id] = v;
  }
  return out;
}

}  // namespace jamt::service
