// The intersectional part of a measure page, its CSV and its JSON.
#include "web/statistics/measure_intersection.hpp"

#include <nlohmann/json.hpp>
#include <set>

#include "domain/statistics/value_flags.hpp"
#include "report/csv_table.hpp"
#include "report/svg_chart.hpp"
#include "report/number_text.hpp"
#include "web/http/http_types.hpp"
#include "web/statistics/value_flag_cells.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;
using report::optional_number_text;

// What a bar chart writes for a value: its flag, or in place of a missing
// bar the flag and its meaning.
std::string bar_label(const std::optional<double>& value, const std::string& symbol) {
  if (value) return symbol == "-" ? "" : symbol;
  if (symbol.empty()) return i18n::tr("uppgift saknas");
  return symbol + " " + i18n::tr(stats::describe_flag(symbol).text);
}

std::string percent_text(const std::optional<double>& v) {
  return v ? optional_number_text(v, 1) + "\u00a0%" : "–";
}

std::string balance_text(const stats::GenderAnalysis& a) {
  return a.balance ? i18n::tr(stats::swedish_name(*a.balance)) : "–";
}

std::string csv_flags(const stats::CategoryAnalysis& c) {
  std::string out;
  for (stats::Sex s : {stats::Sex::women, stats::Sex::men, stats::Sex::total})
    if (auto sym = flag_of(c.status, s); !sym.empty())
      out += (out.empty() ? "" : ", ") + std::string(stats::swedish_name(s)) + ": " + sym;
  return out;
}

nlohmann::ordered_json opt(const std::optional<double>& v) {
  return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

}  // namespace

json intersection_section(store::Database& db, const stats::Measure& measure, const std::string& region,
                          const std::string& region_name, const std::string& period, const std::string& by,
                          const service::DimensionFilter& filter, const std::string& query) {
  if (by.empty()) return {{"has_intersection", false}};
  auto result = service::intersect_measure(
      db, {.measure_id = measure.id, .region = region, .period = period, .by = by, .filter = filter});
  if (!result) {
    std::string why = result.error().code == ErrorKind::not_found
                          ? i18n::trf("Det finns inga värden för {1} {2} att jämföra efter {3}.", {region_name, period, by})
                          : i18n::trf("Jämförelsen efter {1} går inte att göra: {2}", {by, result.error().message});
    return {{"has_intersection", false}, {"intersection_error", why}};
  }
  const auto& in = result->intersection;
  const int decimals = measure.decimals;
  report::BarChart bar;
  bar.id = "korsanalys";
  bar.title = i18n::trf("{1} {2}, {3}, efter {4}", {measure.title, period, region_name, by});
  bar.description = i18n::trf(
      "Kvinnor och män per kategori av {1}. Samma siffror, med kvinnors andel och 40/60-klass, finns i tabellen under diagrammet.",
      {by});
  bar.decimals = decimals;
  bar.series = {{i18n::tr("Kvinnor"), report::SeriesKind::women, {}, {}}, {i18n::tr("Män"), report::SeriesKind::men, {}, {}}};
  json rows = json::array();
  std::set<std::string> symbols;
  for (const auto& c : in.categories) {
    const auto& a = c.analysis;
    std::string w = flag_of(c.status, stats::Sex::women), m = flag_of(c.status, stats::Sex::men), t = flag_of(c.status, stats::Sex::total);
    symbols.insert({w, m, t});
    bar.categories.push_back(c.label);
    bar.series[0].values.push_back(a.women);
    bar.series[0].labels.push_back(bar_label(a.women, w));
    bar.series[1].values.push_back(a.men);
    bar.series[1].labels.push_back(bar_label(a.men, m));
    rows.push_back({{"label", c.label},
                    {"women", flagged_number(a.women, w, decimals)},
                    {"men", flagged_number(a.men, m, decimals)},
                    {"total", flagged_number(a.total, t, decimals)},
                    {"share", percent_text(a.women_share)},
                    {"ratio", percent_text(a.women_pct_of_men)},
                    {"balance", balance_text(a)},
                    {"even", a.balance == stats::Balance::even}});
  }
  json legend = flag_legend_json(symbols);
  std::string summary = stats::balance_summary(in);
  return {{"has_intersection", true},
          {"intersection",
           {{"by", by},
            {"period", period},
            {"svg", report::render_bar_chart(bar)},
            {"rows", rows},
            {"legend", legend},
            {"has_legend", !legend.empty()},
            {"summary", summary},
            {"announcement", i18n::trf("Visar kvinnor och män efter {1}, {2} {3}. {4}", {by, region_name, period, summary})},
            {"additive", measure.additive},
            {"csv_url", "/statistik/" + std::to_string(measure.id) + "/data.csv?" + query + "&by=" +
                            encode_query_param(by) + "&period=" + encode_query_param(period)}}}};
}

std::string intersection_csv(const service::MeasureIntersection& r, const std::string& region_name) {
  const int decimals = r.measure.decimals;
  report::CsvTable table({"Regionkod", "Region", "Period", r.intersection.dimension, "Kvinnor", "Män", "Totalt",
                          "Kvinnors andel (%)", "Kvinnors värde i % av mäns", "40/60", "Symboler"});
  for (const auto& c : r.intersection.categories) {
    const auto& a = c.analysis;
    table.add_row({r.region_code, region_name, r.period, c.label, report::csv_number(a.women, decimals),
                   report::csv_number(a.men, decimals), report::csv_number(a.total, decimals),
                   report::csv_number(a.women_share, 1), report::csv_number(a.women_pct_of_men, 1),
                   a.balance ? std::string(stats::swedish_name(*a.balance)) : "", csv_flags(c)});
  }
  return table.str();
}

nlohmann::ordered_json intersection_json(const service::MeasureIntersection& r) {
  using ojson = nlohmann::ordered_json;
  ojson rows = ojson::array();
  for (const auto& c : r.intersection.categories) {
    const auto& a = c.analysis;
    ojson status = ojson::object();
    for (const auto& [sex, symbol] : c.status) status[std::string(stats::to_string(sex))] = symbol;
    rows.push_back({{"code", c.code},
                    {"label", c.label},
                    {"women", opt(a.women)},
                    {"men", opt(a.men)},
                    {"total", opt(a.total)},
                    {"women_share", opt(a.women_share)},
                    {"women_pct_of_men", opt(a.women_pct_of_men)},
                    {"gap", opt(a.gap)},
                    {"balance", a.balance ? ojson(std::string(stats::to_string(*a.balance))) : ojson(nullptr)},
                    {"status", status}});
  }
  return {{"region", r.region_code},
          {"period", r.period},
          {"by", r.intersection.dimension},
          {"rows", rows},
          {"summary",
           {{"even", r.intersection.even},
            {"with_share", r.intersection.with_share},
            {"without_share", r.intersection.without_share},
            {"sentence", stats::balance_summary(r.intersection)}}}};
}

}  // namespace jamt::web
