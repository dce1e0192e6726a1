// The pages of statistics sources: the list with the add form, a source with
// its fetches and "Hämta nu". Work without JavaScript: plain POST forms with
// the CSRF token.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "domain/clock.hpp"
#include "domain/regions.hpp"
#include "domain/utc_time.hpp"
#include "service/authorization.hpp"
#include "service/statistics_fetch/fetch_settings.hpp"
#include "service/statistics_fetch/statistics_fetch.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/statistics_fetch/statistics_fetch_handlers.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;

std::string shown_time(const std::optional<std::string>& stamp) {
  if (!stamp) return i18n::tr("Aldrig");
  auto t = parse_utc_text(*stamp);
  return t ? stockholm_time_text(*t) : *stamp;
}

std::string owner_text(const std::string& county_code) {
  if (county_code.empty()) return i18n::tr("Hela landet");
  const auto* region = RegionCatalogue::instance().find(county_code);
  return region ? region->name : county_code;
}

std::string service_name(const std::string& kind) { return kind == "scb" ? "SCB" : "Kolada"; }

json source_row(const service::StatisticsSource& s) {
  return {{"id", s.id},
          {"service", service_name(s.kind)},
          {"table_id", s.table_id},
          {"address", s.address},
          {"selection", s.selection.empty() ? i18n::tr("Hela tabellen") : s.selection},
          {"measure_code", s.measure_code},
          {"owner", owner_text(s.county_code)},
          {"schedule", service::schedule_label(s.schedule)},
          {"created_at", shown_time(s.created_at)},
          {"created_by", s.created_by},
          {"last_fetched_at", shown_time(s.last_fetched_at)},
          {"last_result", s.last_result.value_or("–")}};
}

const char* kFields[] = {"address", "selection", "measure_code", "schedule"};

void show_sources(const Request& req, Response& res, store::Database& db, const RequestAuth& auth, int status,
                  const std::vector<Error>& errors, const std::map<std::string, std::string>& values) {
  auto sources = service::list_sources(db, auth.user);
  if (!sources) return send_service_error_page(req, res, sources.error());
  json rows = json::array();
  for (const auto& s : *sources) rows.push_back(source_row(s));
  json err = json::object(), listed = json::array();
  for (const auto& e : errors) {
    std::string field = e.field;
    if (std::find(std::begin(kFields), std::end(kFields), field) == std::end(kFields)) field = "address";
    if (!err.contains(field)) err[field] = e.message;
    listed.push_back({{"anchor", field}, {"message", e.message}});
  }
  json vals = json::object();
  for (const char* f : kFields) vals[f] = values.count(f) ? values.at(f) : std::string{};
  std::string chosen = vals["schedule"].get<std::string>().empty() ? "manual" : vals["schedule"].get<std::string>();
  json schedules = json::array();
  for (const char* code : {"manual", "weekly", "monthly"})
    schedules.push_back({{"code", code}, {"label", i18n::tr(service::schedule_label(code))}, {"selected", chosen == code}});
  const auto endpoints = service::fetch_settings().endpoints;
  json ctx = page_context(auth);
  ctx.update({{"csrf_token", auth.csrf_token},
              {"sources", rows},
              {"has_sources", !rows.empty()},
              {"may_add", auth.user && service::may_import_statistics(*auth.user)},
              {"has_errors", !listed.empty()},
              {"errors", listed},
              {"err", err},
              {"values", vals},
              {"schedules", schedules},
              {"scb_example", endpoints.scb + "/tables/TAB638/data?lang=sv"},
              {"kolada_example", endpoints.kolada + "/data/kpi/N00945/municipality/0880/year/2023"},
              {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                           {{"url", "/statistik"}, {"label", i18n::tr("Statistik")}}})}});
  send_html(res, render_page("statistics_sources", i18n::tr("Källor till statistiken"), ctx), status);
}

}  // namespace

Handler sources_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    show_sources(req, res, db, *auth, 200, {}, {});
  };
}

Handler source_add_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    std::map<std::string, std::string> values;
    for (const char* f : kFields) values[f] = req.get_param_value(f);
    auto added = service::add_source(db, auth->user,
                                     {.address = values["address"], .selection = values["selection"],
                                      .measure_code = values["measure_code"], .schedule = values["schedule"]});
    if (!added) {
      if (!keeps_form(added.error()) && added.error().field.empty())
        return send_service_error_page(req, res, added.error());
      return show_sources(req, res, db, *auth, 400, {added.error()}, values);
    }
    res.status = 303;
    res.set_header("Location", fmt::format("/statistik/kallor/{}", added->id));
  };
}

Handler source_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto details = service::source_details(db, auth->user, *id);
    if (!details) return send_service_error_page(req, res, details.error());
    json ctx = page_context(*auth);
    ctx.update(source_row(details->source));
    json fetches = json::array();
    for (const auto& f : details->fetches)
      fetches.push_back({{"finished_at", shown_time(f.finished_at)},
                         {"fetched_by", f.fetched_by},
                         {"ok", f.ok},
                         {"result", f.result},
                         {"batch_id", f.batch_id ? json(*f.batch_id) : json(false)},
                         {"calls", f.calls},
                         {"cells", f.cells}});
    ctx.update({{"csrf_token", auth->csrf_token},
                {"may_fetch", details->may_fetch},
                {"fetches", fetches},
                {"has_fetches", !fetches.empty()},
                {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                             {{"url", "/statistik"}, {"label", i18n::tr("Statistik")}},
                                             {{"url", "/statistik/kallor"}, {"label", i18n::tr("Källor")}}})}});
    if (req.query.count("hamtad") && !details->fetches.empty())
      ctx["fetched"] = details->fetches.front().ok
                           ? i18n::trf("Hämtat: {1}", {details->fetches.front().result})
                           : i18n::trf("Hämtningen misslyckades: {1}", {details->fetches.front().result});
    send_html(res, render_page("statistics_source", service_name(details->source.kind) + " " + details->source.table_id, ctx));
  };
}

Handler source_fetch_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto outcome = service::fetch_source(db, auth->user, *id);
    if (!outcome) return send_service_error_page(req, res, outcome.error());
    res.status = 303;
    res.set_header("Location", fmt::format("/statistik/kallor/{}?hamtad=1", *id));
  };
}

}  // namespace jamt::web
