// The indicator API (issue 13, engineer IA; docs/api.md, "Indicators"):
// an indicator's definition with its source, and its values by sex over the
// comparison years with the progress status.
#include <nlohmann/json.hpp>

#include "service/indicators/indicator_values.hpp"
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
    send_json(res, series_json(*item, *series));
  };
}

}  // namespace jamt::web
