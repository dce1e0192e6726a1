#include "service/indicators/indicator_values.hpp"

#include <algorithm>

#include "service/disclosure/audience.hpp"
#include "service/indicator_counts/count_value.hpp"
#include "service/indicator_counts/register_counts.hpp"
#include "service/indicator_counts/reporting_values.hpp"
#include "service/indicator_counts/survey_values.hpp"
#include "service/reporting/statistics_link.hpp"
#include "service/statistics/statistics_query.hpp"
#include "service/strategy/strategy_service.hpp"
#include "store/indicators/indicator_binding_columns.hpp"
#include "store/indicators/indicator_value_repository.hpp"
#include "store/observation_repository.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::service {

namespace {

struct Found {
  const Indicator* indicator = nullptr;
  const GoalNode* node = nullptr;
};

Found find_indicator(const std::vector<GoalNode>& nodes, std::int64_t id) {
  for (const auto& n : nodes) {
    for (const auto& i : n.indicators)
      if (i.id == id) return {&i, &n};
    if (auto f = find_indicator(n.children, id); f.indicator) return f;
  }
  return {};
}

// Values computed from Jämt's own registers, reporting forms and surveys
// (service/indicator_counts/, docs/indicator-counts.md) for the years
// from..to: register counts as the state on 31 December (stock) or within the
// year (flow), sums of a reporting form's data element, the respondents of a
// survey question's option. A count is of the whole county, whoever asks.
// A bad binding (an unknown form, a count parameter the count does not take)
// is shown as the series' problem, not as an error of the page.
// Whether a binding to Jämt's own records counts persons (protected in
// public, docs/small-numbers.md): participants and group representatives
// among the register counts, every reporting element (people reported on;
// decimals are refused there) and survey answers (respondents). Counts of
// organisations, activities, documents and checklist points are not.
bool counts_persons(const Indicator& ind) {
  if (ind.register_count)
    return ind.register_count->count == "activity_participants" || ind.register_count->count == "group_representatives";
  return ind.reporting.has_value() || ind.survey.has_value();
}

Status computed_from_jamt(store::Database& db, const IndicatorInStrategy& item, int from_year, int to_year,
                          IndicatorSeries& series) {
  const Indicator& ind = item.indicator;
  const std::string& county = item.strategy.county_code;
  series.region_code = county;
  Result<std::vector<indicator_counts::YearValue>> values = std::vector<indicator_counts::YearValue>{};
  if (ind.register_count) {
    const auto& defs = indicator_counts::register_count_definitions();
    auto def = std::find_if(defs.begin(), defs.end(),
                            [&](const auto& d) { return d.name == ind.register_count->count; });
    // Counts of organisations, activities and documents add up; a share of
    // the county's municipalities does not.
    series.additive = ind.register_count->count != "municipalities_joined_share";
    if (def != defs.end()) series.measure_title = def->label_sv;
    values = indicator_counts::count_years(
        db, county, {.count = ind.register_count->count, .params = ind.register_count->params}, from_year, to_year);
  } else if (ind.reporting) {
    series.additive = true;
    values = indicator_counts::reporting_values(db, county, ind.reporting->form, ind.reporting->element, from_year,
                                                to_year);
  } else if (ind.survey) {
    series.additive = true;
    values = indicator_counts::survey_values(db, county, ind.survey->survey, ind.survey->question, ind.survey->option,
                                             from_year, to_year);
  }
  if (!values) {
    if (values.error().code != ErrorKind::validation) return values.error();
    series.problem = values.error().message;
    return {};
  }
  // Counts of persons (participants, representatives, people reported on,
  // respondents) are protected for whoever does not own the county's figures.
  const int threshold = counts_persons(ind) ? service::disclosure::threshold_for(county) : 0;
  for (const auto& y : *values)
    if (y.value.women || y.value.men || y.value.total) {
      const stats::SexValues v{.women = y.value.women, .men = y.value.men, .total = y.value.total};
      const auto hidden = jamt::disclosure::protect_sexes(v, threshold);
      if (hidden.any()) service::disclosure::note_protected();
      series.rows.push_back(IndicatorRow{.period = std::to_string(y.year),
                                         .analysis = jamt::disclosure::without(stats::analyse(v, series.additive), hidden),
                                         .source = {},
                                         .hidden = hidden});
    }
  return {};
}

// The measure's yearly values in the binding's region.
Status from_measure(store::Database& db, const IndicatorInStrategy& item, IndicatorSeries& series) {
  const MeasureLink& link = *item.indicator.measure;
  series.region_code = link.region.value_or(item.strategy.county_code);
  std::optional<stats::Measure> measure;
  Status st = db.read([&](soci::session& s) -> Status {
    measure = store::find_measure_by_code(s, link.code);
    return {};
  });
  if (!st) return st;
  if (!measure) {
    series.problem = "Måttet " + link.code + " är inte importerat.";
    return {};
  }
  series.measure_id = measure->id;
  series.measure_title = measure->title;
  series.additive = measure->additive;
  auto cells = measure_values(db, measure->id, {series.region_code}, "", "", link.filter);
  if (!cells) {
    if (cells.error().code != ErrorKind::validation) return cells.error();
    series.problem = cells.error().message;
    return {};
  }
  for (const auto& c : *cells) {
    // Counts of persons the statistics protected for this viewer ("..").
    jamt::disclosure::SexProtection hidden{};
    if (measure->source == kReportingSource) {
      auto withheld = [&](stats::Sex sex) {
        auto it = c.status.find(sex);
        return it != c.status.end() && it->second == jamt::disclosure::kProtectedSymbol;
      };
      hidden = {.women = withheld(stats::Sex::women), .men = withheld(stats::Sex::men),
                .total = withheld(stats::Sex::total)};
    }
    if (period_year(c.period) && (c.values.women || c.values.men || c.values.total || hidden.any()))
      series.rows.push_back(IndicatorRow{.period = c.period,
                                         .analysis = jamt::disclosure::without(stats::analyse(c.values, measure->additive), hidden),
                                         .source = {},
                                         .hidden = hidden});
  }
  return {};
}

// The values typed in for the indicator.
Status from_typed_values(store::Database& db, const IndicatorInStrategy& item, IndicatorSeries& series) {
  std::vector<store::IndicatorValueRow> rows;
  Status st = db.read([&](soci::session& s) -> Status {
    rows = store::list_indicator_values(s, item.indicator.id);
    return {};
  });
  if (!st) return st;
  series.additive = item.indicator.unit == "count";
  for (const auto& r : rows)
    if (period_year(r.period))
      series.rows.push_back(IndicatorRow{
          .period = r.period,
          .analysis = stats::analyse(stats::SexValues{.women = r.women, .men = r.men, .total = r.total}, series.additive),
          .source = r.source});
  return {};
}

std::optional<indicators::YearValue> year_value(const std::optional<PeriodValue>& pv, const std::string& subject) {
  if (!pv || pv->of != subject) return std::nullopt;
  auto year = period_year(pv->period);
  if (!year) return std::nullopt;
  return indicators::YearValue{.year = *year, .value = pv->value};
}

// The value the progress is assessed on. Women's share is women / (women +
// men) whatever the unit: the share of the people for counts, and 50 % when
// the rates of women and men are equal (docs/indicator-progress.md).
std::optional<double> value_of(const stats::GenderAnalysis& a, const std::string& subject) {
  if (subject == "women") return a.women;
  if (subject == "men") return a.men;
  if (subject == "women_share") {
    if (a.women_share) return a.women_share;
    if (a.women && a.men && *a.women + *a.men > 0) return 100.0 * *a.women / (*a.women + *a.men);
    return std::nullopt;
  }
  return a.total;
}

indicators::Progress progress_of(const IndicatorInStrategy& item, const IndicatorSeries& series) {
  const Indicator& ind = item.indicator;
  auto direction = indicators::parse_direction(ind.direction).value_or(indicators::Direction::none);
  const bool share = direction == indicators::Direction::parity || direction == indicators::Direction::within_40_60;
  std::string subject = share ? "women_share" : (ind.target ? ind.target->of : ind.baseline ? ind.baseline->of : "total");
  indicators::ProgressInput in{.direction = direction,
                               .subject = subject,
                               .series = {},
                               .baseline = year_value(ind.baseline, subject),
                               .target = share ? std::nullopt : year_value(ind.target, subject),
                               .horizon_year = item.strategy.end_year};
  if (share && ind.target)
    if (auto y = period_year(ind.target->period)) in.horizon_year = *y;
  for (const auto& r : series.rows)
    if (auto v = value_of(r.analysis, subject)) in.series.push_back({.year = *period_year(r.period), .value = *v});
  indicators::Progress p = indicators::assess(in);
  // Rates and averages have no women's share of people: the sentence names
  // what is assessed, women's part of women's and men's values together.
  if (share && !series.additive) p.subject = "women_share_of_sum";
  return p;
}

}  // namespace

std::optional<int> period_year(const std::string& period) {
  if (period.size() != 4 || !std::all_of(period.begin(), period.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  return std::stoi(period);
}

Result<IndicatorInStrategy> get_indicator(store::Database& db, std::int64_t id, const std::optional<User>& viewer) {
  std::optional<std::int64_t> strategy_id;
  Status st = db.read([&](soci::session& s) -> Status {
    strategy_id = store::strategy_of_indicator(s, id);
    return {};
  });
  if (!st) return st.error();
  if (!strategy_id) return not_found_error("Indikatorn finns inte.");
  auto strategy = get_strategy(db, *strategy_id, viewer);
  if (!strategy) return strategy.error();
  Found f = find_indicator(strategy->goals, id);
  if (!f.indicator) return not_found_error("Indikatorn finns inte.");
  IndicatorInStrategy out{.strategy = {}, .indicator = *f.indicator, .node_id = f.node->id,
                          .node_code = f.node->code, .node_title = f.node->title};
  out.strategy = std::move(*strategy);
  return out;
}

Result<IndicatorSeries> indicator_values(store::Database& db, const IndicatorInStrategy& item, const YearRange& range) {
  if (range.from && range.to && *range.from > *range.to)
    return validation_error(i18n::tr("Första året kan inte vara senare än det sista."), "from", "from");
  IndicatorSeries series;
  series.kind = std::string(source_kind(item.indicator));
  const auto& baseline = item.indicator.baseline;
  series.from_year = range.from.value_or(baseline && period_year(baseline->period) ? *period_year(baseline->period)
                                                                                  : item.strategy.start_year - 5);
  // Counts from Jämt run up to the asked year, else to the current year (the
  // Clock's): the state at 31 December of a year not yet over is today's.
  const int count_to = std::max(series.from_year, range.to.value_or(db.clock().current_year()));
  // A range Jämt cannot count (before 1900, after 2100, over 200 years) is
  // the asker's mistake, answered as such, not a series with a problem.
  if (series.kind != "measure" && series.kind != "manual")
    if (Status years = indicator_counts::check_year_range(series.from_year, count_to); !years) return years.error();
  Status st = series.kind == "measure"  ? from_measure(db, item, series)
              : series.kind == "manual" ? from_typed_values(db, item, series)
                                        : computed_from_jamt(db, item, series.from_year, count_to, series);
  if (!st) return st.error();
  std::sort(series.rows.begin(), series.rows.end(),
            [](const IndicatorRow& a, const IndicatorRow& b) { return a.period < b.period; });
  int last = series.from_year;
  for (const auto& r : series.rows) last = std::max(last, *period_year(r.period));
  series.to_year = range.to.value_or(last);
  std::erase_if(series.rows, [&](const IndicatorRow& r) {
    int y = *period_year(r.period);
    return y < series.from_year || y > series.to_year;
  });
  series.progress = progress_of(item, series);
  return series;
}

}  // namespace jamt::service
