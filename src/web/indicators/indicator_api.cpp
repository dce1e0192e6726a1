// The indicator API (issue 13, engineer IA; docs/api.md, "Indicators"):
// an indicator's definition with its source, and its values by sex over the
// comparison years with the progress status.
#include <nlohmann/json.hpp>

#include "service/disclosure/audience.hpp"
#include "service/indicators/indicator_values.hpp"
#include "service/statistics/intersection_query.hpp"
#include "web/http/guards.hpp"
#include "web/http/json_response.hpp"
#include "web/http/request_auth.hpp"
#include "web/indicators/indicator_handlers.hpp"
#include "web/indicators/indicator_support.hpp"

namespace jamt::web {

namespace {

using ojson = nlohmann::ordered_json;
namespace support = indicator_support;

ojson number(const std::optional<double>& v) { return v ? ojson(*v) : ojson(nullptr); }

ojson series_json(const service::IndicatorInStrategy& item, const service::IndicatorSeries& series) {
  ojson rows = ojson::array();
  for (const auto& r : series.rows) {
    const auto& a = r.analysis;
    ojson row{{"period", r.period},
              {"women", number(a.women)},
              {"men", number(a.men)},
              {"total", number(a.total)},
              {"women_share", number(a.women_share)},
              {"women_pct_of_men", number(a.women_pct_of_men)},
              {"balance", a.balance ? ojson(std::string(stats::to_string(*a.balance))) : ojson(nullptr)}};
    if (series.kind == "manual") row["source"] = r.source;
    // Counts of persons protected for this viewer, as the measures API
    // marks them: null with the status "..".
    if (r.hidden.any()) {
      ojson status = ojson::object();
      if (r.hidden.women) status["women"] = "..";
      if (r.hidden.men) status["men"] = "..";
      if (r.hidden.total) status["total"] = "..";
      if (r.hidden.shares()) status["women_share"] = "..";
      row["status"] = status;
    }
    rows.push_back(std::move(row));
  }
  const auto& p = series.progress;
  return {{"indicator_id", item.indicator.id},
          {"from", series.from_year},
          {"to", series.to_year},
          {"source", support::source_json(item.indicator, series.region_code)},
          {"rows", rows},
          {"problem", series.problem.empty() ? ojson(nullptr) : ojson(series.problem)},
          {"progress",
           {{"status", std::string(indicators::to_string(p.status))},
            {"label", std::string(indicators::swedish_name(p.status))},
            {"explanation", support::progress_sentence(p)},
            {"forecast_year", p.forecast_year ? ojson(*p.forecast_year) : ojson(nullptr)},
            {"method", support::kMethodUrl}}}};
}

ojson analysis_json(const stats::GenderAnalysis& a) {
  return {{"women", number(a.women)},
          {"men", number(a.men)},
          {"total", number(a.total)},
          {"women_share", number(a.women_share)},
          {"women_pct_of_men", number(a.women_pct_of_men)},
          {"balance", a.balance ? ojson(std::string(stats::to_string(*a.balance))) : ojson(nullptr)}};
}

// by=DIMENSION: each row gains `categories` (sex × the further dimension of
// the bound measure, in the indicator's region and the row's period) and the
// sentence "X av Y kategorier har jämn könsfördelning". Only a measure-bound
// indicator has further dimensions; a period the measure has no value for
// keeps an empty list.
Status add_intersections(store::Database& db, const service::IndicatorInStrategy& item,
                         const service::IndicatorSeries& series, const std::string& by, ojson& out) {
  if (series.kind != "measure" || !series.measure_id)
    return validation_error("by= needs an indicator bound to an imported statistics measure; this one is computed "
                            "from " + series.kind + " values, which have no further dimension",
                            "by", "by");
  auto dims = service::measure_dimensions(db, *series.measure_id);
  if (!dims) return dims.error();
  if (!dims->count(by)) {
    std::string names;
    for (const auto& [name, _] : *dims) names += (names.empty() ? "" : ", ") + name;
    return validation_error("the measure " + item.indicator.measure->code + " has no dimension \"" + by + "\"" +
                                (names.empty() ? std::string(" (it has none besides region, period and sex)")
                                               : " (dimensions: " + names + ")"),
                            "by", "by");
  }
  for (auto& row : out["rows"]) {
    auto cut = service::intersect_measure(db, {.measure_id = *series.measure_id,
                                               .region = series.region_code,
                                               .period = row["period"].get<std::string>(),
                                               .by = by,
                                               .filter = item.indicator.measure->filter});
    row["categories"] = ojson::array();
    if (!cut) {
      if (cut.error().code == ErrorKind::not_found) continue;
      return cut.error();
    }
    for (const auto& c : cut->intersection.categories) {
      ojson cat{{"category", c.label}};
      cat.update(analysis_json(c.analysis));
      row["categories"].push_back(std::move(cat));
    }
    row["summary"] = stats::balance_summary(cut->intersection);
  }
  out["by"] = by;
  return {};
}

}  // namespace

Handler api_indicator(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto item = service::get_indicator(db, *id, authenticate(req, db).user);
    if (!item) return send_service_error(req, res, item.error());
    const Indicator& i = item->indicator;
    const std::string region = i.measure ? i.measure->region.value_or(item->strategy.county_code) : "";
    send_json(res, ojson{{"id", i.id},
                         {"code", i.code},
                         {"name", i.name},
                         {"unit", i.unit},
                         {"periodicity", i.periodicity},
                         {"disaggregation", i.disaggregation},
                         {"source", support::source_json(i, region)},
                         {"baseline", support::period_value_json(i.baseline)},
                         {"target", support::period_value_json(i.target)},
                         {"direction", i.direction},
                         {"note", i.note},
                         {"strategy_id", item->strategy.id},
                         {"node", {{"id", item->node_id}, {"code", item->node_code}, {"title", item->node_title}}},
                         {"values_url", "/api/v1/indicators/" + std::to_string(i.id) + "/values"},
                         {"page_url", "/indikatorer/" + std::to_string(i.id)}});
  };
}

Handler api_indicator_values(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto item = service::get_indicator(db, *id, authenticate(req, db).user);
    if (!item) return send_service_error(req, res, item.error());
    auto range = support::year_range(req);
    if (!range) return send_service_error(req, res, range.error());
    auto series = service::indicator_values(db, *item, *range);
    if (!series) return send_service_error(req, res, series.error());
    ojson out = series_json(*item, *series);
    if (auto by = req.query.find("by"); by != req.query.end() && !by->second.empty())
      if (Status st = add_intersections(db, *item, *series, by->second, out); !st)
        return send_service_error(req, res, st.error());
    if (auto note = service::disclosure::protected_note(); !note.empty()) out["small_counts_note"] = note;
    send_json(res, out);
  };
}

}  // namespace jamt::web
