// The indicator's page, its typed-in values form and the method page
// (issue 13, engineer IA).
#include <nlohmann/json.hpp>

#include "domain/regions.hpp"
#include "report/svg_chart.hpp"
#include "report/number_text.hpp"
#include "service/authorization.hpp"
#include "service/indicators/indicator_values.hpp"
#include "service/indicators/typed_values.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/http/request_auth.hpp"
#include "web/indicators/indicator_handlers.hpp"
#include "web/indicators/indicator_support.hpp"
#include "web/strategy/strategy_editor_support.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;
namespace support = indicator_support;
namespace editor = strategy_editor;

std::string region_name(const std::string& code) {
  const Region* r = RegionCatalogue::instance().find(code);
  return r ? r->name : code;
}

std::string period_value_text(const std::optional<PeriodValue>& pv, const std::string& unit) {
  if (!pv) return "";
  std::string v = support::number_text(pv->value);
  if (unit == "percent" || pv->of == "women_share") v += "\u00a0%";
  return v + " (" + pv->period + ", " + support::subject_label(pv->of) + ")";
}

std::vector<editor::Field> typed_value_fields() {
  return {{.name = "period", .label = i18n::tr("År"), .hint = i18n::tr("Fyra siffror, till exempel 2018."), .type = "text", .required = true, .options = {}},
          {.name = "women", .label = i18n::tr("Kvinnor"), .hint = "", .type = "text", .required = false, .options = {}},
          {.name = "men", .label = i18n::tr("Män"), .hint = "", .type = "text", .required = false, .options = {}},
          {.name = "total", .label = i18n::tr("Totalt"), .hint = i18n::tr("Minst ett av kvinnor, män och totalt."), .type = "text", .required = false, .options = {}},
          {.name = "source", .label = i18n::tr("Källa"), .hint = i18n::tr("Var värdena kommer ifrån, till exempel Försäkringskassan."), .type = "text", .required = true, .options = {}}};
}

bool may_type_values(const RequestAuth& auth, const service::IndicatorInStrategy& item) {
  const Strategy& s = item.strategy;
  return source_kind(item.indicator) == "manual" &&
         service::authorize(auth.user, service::Action::update,
                            service::Scope{.county_code = s.county_code, .organisation_id = std::nullopt,
                                           .published = s.status != StrategyStatus::draft, .reader_organisations = {}})
             .ok();
}

json rows_context(const service::IndicatorSeries& series, report::LineChart& chart) {
  json rows = json::array();
  bool any_sex = false;
  for (const auto& r : series.rows)
    any_sex = any_sex || r.analysis.women || r.analysis.men || r.hidden.women || r.hidden.men;
  if (!any_sex) chart.series = {{i18n::tr("Totalt"), report::SeriesKind::total, {}}};
  for (const auto& r : series.rows) {
    const auto& a = r.analysis;
    chart.x_labels.push_back(r.period);
    if (any_sex) {
      chart.series[0].values.push_back(a.women);
      chart.series[1].values.push_back(a.men);
    } else {
      chart.series[0].values.push_back(a.total);
    }
    auto fmt = [](const std::optional<double>& v) { return v ? support::number_text(*v) : std::string(".."); };
    const std::string none = r.hidden.shares() ? ".." : "–";
    rows.push_back({{"period", r.period}, {"women", fmt(a.women)}, {"men", fmt(a.men)}, {"total", fmt(a.total)},
                    // A share of a protected count is protected too ("..").
                    {"share", a.women_share ? report::number_text(*a.women_share, 1) + "\u00a0%" : none},
                    {"ratio", a.women_pct_of_men ? report::number_text(*a.women_pct_of_men, 1) + "\u00a0%" : none},
                    {"balance", a.balance ? i18n::tr(stats::swedish_name(*a.balance)) : none},
                    {"typed", series.kind == "manual"}, {"source", r.source}});
  }
  return rows;
}

// Renders the page of `item` with the form's values and errors.
void send_indicator_page(const Request& req, Response& res, store::Database& db, const RequestAuth& auth,
                         const service::IndicatorInStrategy& item, const editor::FormValues& values,
                         const std::vector<Error>& errors, const std::string& saved, int status) {
  const Indicator& i = item.indicator;
  auto range = support::year_range(req);
  if (!range) return send_service_error_page(req, res, range.error());
  auto series = service::indicator_values(db, item, *range);
  if (!series) return send_service_error_page(req, res, series.error());
  const std::string id = std::to_string(i.id), page_url = "/indikatorer/" + id;
  report::LineChart chart{.id = "indikator-" + id,
                          .title = i.name,
                          .description = i18n::trf("Kvinnor och män per år {1}–{2}. Samma siffror finns i tabellen under diagrammet.",
                                                    {std::to_string(series->from_year), std::to_string(series->to_year)}),
                          .x_labels = {},
                          .series = {{i18n::tr("Kvinnor"), report::SeriesKind::women, {}}, {i18n::tr("Män"), report::SeriesKind::men, {}}},
                          .decimals = 1};
  json rows = rows_context(*series, chart);
  std::string measure_url;
  if (series->measure_id) {
    measure_url = "/statistik/" + std::to_string(*series->measure_id) + "?region=" + series->region_code;
    for (const auto& [k, v] : i.measure->filter) measure_url += "&" + encode_query_param(k) + "=" + encode_query_param(v);
  }
  const std::string strategy_url = "/strategier/" + std::to_string(item.strategy.id);
  json ctx = page_context(auth);
  ctx.update({{"code", i.code}, {"name", i.name}, {"note", i.note},
              {"strategy_title", item.strategy.title}, {"strategy_url", strategy_url},
              {"node_code", item.node_code}, {"node_title", item.node_title},
              {"source_label", support::source_kind_label(series->kind)}, {"source_text", i.source},
              {"measure_url", measure_url}, {"measure_title", series->measure_title},
              {"region_name", region_name(series->region_code)},
              {"unit", i18n::tr(swedish_label(i.unit))}, {"periodicity", i18n::tr(swedish_label(i.periodicity))},
              {"direction", i18n::tr(swedish_label(i.direction))},
              {"baseline", period_value_text(i.baseline, i.unit)}, {"target", period_value_text(i.target, i.unit)},
              {"status_label", i18n::tr(indicators::swedish_name(series->progress.status))},
              {"explanation", support::progress_sentence(series->progress)}, {"method_url", support::kMethodUrl},
              {"from", std::to_string(series->from_year)}, {"to", std::to_string(series->to_year)},
              {"page_url", page_url}, {"problem", series->problem},
              {"chart_svg", rows.empty() ? "" : report::render_line_chart(chart)}, {"rows", rows},
              {"has_rows", !rows.empty()}, {"typed", series->kind == "manual"},
              {"json_url", "/api/v1/indicators/" + id + "/values?from=" + std::to_string(series->from_year) +
                               "&to=" + std::to_string(series->to_year)},
              {"may_type", may_type_values(auth, item)}, {"values_url", page_url + "/varden"},
              {"csrf_token", auth.csrf_token},
              {"fields", editor::form_context(typed_value_fields(), values, errors)},
              {"errors", editor::error_summary(errors)}, {"has_errors", !errors.empty()}, {"saved", saved},
              {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                           {{"url", strategy_url}, {"label", item.strategy.title}}})}});
  send_html(res, render_page("indicator", i.name, ctx), status);
}

}  // namespace

Handler indicator_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = authenticate(req, db);
    auto item = service::get_indicator(db, *id, auth.user);
    if (!item) return send_service_error_page(req, res, item.error());
    std::string saved = req.query.count("sparat") ? i18n::trf("Värdena för {1} är sparade.", {req.query.find("sparat")->second}) : "";
    send_indicator_page(req, res, db, auth, *item, {}, {}, saved, 200);
  };
}

Handler indicator_values_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto item = service::get_indicator(db, *id, auth->user);
    if (!item) return send_service_error_page(req, res, item.error());
    editor::FormValues values = editor::form_values(req);
    service::TypedValueInput input{.period = editor::first(values, "period"),
                                   .women = editor::first(values, "women"),
                                   .men = editor::first(values, "men"),
                                   .total = editor::first(values, "total"),
                                   .source = editor::first(values, "source")};
    // Those who may not type values get the service's refusal (403) before any field check.
    std::vector<Error> errors = may_type_values(*auth, *item) ? service::check_typed_value(input) : std::vector<Error>{};
    if (errors.empty()) {
      Status saved = service::save_typed_value(db, *id, input, auth->user);
      if (saved) return res.set_redirect("/indikatorer/" + std::to_string(*id) + "?sparat=" + input.period, 303);
      if (!reshow_form_after(req, res, errors, saved.error())) return;
    }
    send_indicator_page(req, res, db, *auth, *item, values, errors, "", 400);
  };
}

Handler indicator_method_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    json ctx = page_context(authenticate(req, db));
    ctx["breadcrumbs"] = json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}});
    send_html(res, render_page("indicator_method", i18n::tr("Så beräknas en indikators status"), ctx));
  };
}

}  // namespace jamt::web
