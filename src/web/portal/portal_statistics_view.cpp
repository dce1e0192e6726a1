// The statistics part of the county portal: per national sub-goal a chart
// of the latest values of women and men followed by the table of the same
// numbers, and per indicator the county beside the nation and its
// municipalities.
#include <cmath>

#include "report/svg_chart.hpp"
#include "domain/i18n/translate.hpp"
#include "report/number_text.hpp"
#include "web/portal/portal_support.hpp"

namespace jamt::web::portal_support {

namespace {

using json = nlohmann::json;

// A short label for the chart's narrow label column; the table has the name.
std::string chart_label(const service::PortalIndicator& i) {
  std::string name = i.name;
  const std::size_t max_bytes = 18;
  if (name.size() > max_bytes) {
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 letter
    name = name.substr(0, cut) + "…";
  }
  return i.code + " " + name;
}

std::string unit_text(const std::string& unit) { return i18n::tr(swedish_label(unit)); }

json subgoal_context(const service::PortalSubgoal& g, const std::string& county_name) {
  const std::string anchor = g.code.empty() ? "delmal-egna" : "delmal-" + g.code;
  const std::string heading = g.code.empty() ? i18n::tr("Strategins egna mål")
                                             : i18n::trf("Delmål {1}: {2}", {g.code, g.title});
  report::BarChart chart{.id = anchor + "-diagram",
                         .title = i18n::trf("{1}, senaste värden för kvinnor och män i {2}", {heading, county_name}),
                         .description = {},
                         .categories = {},
                         .series = {{i18n::tr("Kvinnor"), report::SeriesKind::women, {}}, {i18n::tr("Män"), report::SeriesKind::men, {}}},
                         .decimals = 1,
                         .band = std::nullopt,
                         .band_label = {}};
  json rows = json::array();
  for (const auto& i : g.indicators) {
    const auto& a = i.latest;
    rows.push_back({{"code", i.code}, {"name", i.name}, {"url", "/indikatorer/" + std::to_string(i.id)},
                    {"unit", unit_text(i.unit)}, {"period", i.period}, {"women", value_text(a.women)},
                    {"men", value_text(a.men)}, {"total", value_text(a.total)},
                    {"share", share_text(a.women_share)}, {"ratio", share_text(a.women_pct_of_men)}});
    if (a.women || a.men) {
      chart.categories.push_back(chart_label(i));
      chart.series[0].values.push_back(a.women);
      chart.series[1].values.push_back(a.men);
    }
  }
  chart.description = i18n::trf(
      "Stapeldiagram över {1} indikatorer med värden för kvinnor och män, var och en i sin egen enhet och sitt "
      "senaste år. Samma siffror finns i tabellen under diagrammet.",
      {std::to_string(chart.categories.size())});
  const bool has_chart = !chart.categories.empty();
  const std::string shown = std::to_string(g.indicators.size()), all = std::to_string(g.indicator_count);
  const std::string count_text = g.indicator_count == 1
                                     ? i18n::trf("{1} av {2} indikator har värden för länet.", {shown, all})
                                     : i18n::trf("{1} av {2} indikatorer har värden för länet.", {shown, all});
  return {{"anchor", anchor},
          {"heading", heading},
          {"rows", rows},
          {"has_rows", !rows.empty()},
          {"count_text", count_text},
          {"has_chart", has_chart},
          {"chart_svg", has_chart ? report::render_bar_chart(chart) : ""}};
}

json comparison_context(const service::IndicatorComparison& c) {
  json rows = json::array();
  for (const auto& r : c.rows)
    rows.push_back({{"region", r.region_name}, {"own", r.level != RegionLevel::municipality},
                    {"women", value_text(r.analysis.women)}, {"men", value_text(r.analysis.men)},
                    {"total", value_text(r.analysis.total)}, {"share", share_text(r.analysis.women_share)},
                    {"ratio", share_text(r.analysis.women_pct_of_men)}, {"additive", c.additive}});
  return {{"id", std::to_string(c.indicator_id)},
          {"code", c.code},
          {"name", c.name},
          {"period", c.period},
          {"url", "/indikatorer/" + std::to_string(c.indicator_id)},
          {"compared", c.rows.size() > 1},
          {"additive", c.additive},
          {"rows", rows}};
}

}  // namespace

std::string value_text(const std::optional<double>& value) {
  if (!value) return "..";
  return report::number_text(*value, std::floor(*value) == *value ? 0 : 1);
}

std::string share_text(const std::optional<double>& share) {
  return share ? report::number_text(*share, 1) + "\u00a0%" : "–";
}

nlohmann::json statistics_context(const service::CountyPortal& portal) {
  json subgoals = json::array(), comparisons = json::array();
  for (const auto& g : portal.statistics.subgoals) subgoals.push_back(subgoal_context(g, portal.county.name));
  for (const auto& c : portal.statistics.comparisons) comparisons.push_back(comparison_context(c));
  return {{"subgoals", subgoals},
          {"comparisons", comparisons},
          {"has_comparisons", !comparisons.empty()},
          {"has_statistics", !subgoals.empty()}};
}

}  // namespace jamt::web::portal_support
