// JSON API v1 for statistics: measures, their values and the gender analysis.
#include <nlohmann/json.hpp>

#include "domain/regions.hpp"
#include "web/statistics/measure_intersection.hpp"
#include "web/statistics/statistics_handlers.hpp"
#include "web/http/http_types.hpp"
#include "formats/jsonstat/jsonstat.hpp"
#include "report/measure_dataset.hpp"
#include "service/authorization.hpp"
#include "service/disclosure/audience.hpp"
#include "service/statistics/answer_cache.hpp"
#include "service/statistics/statistics_import.hpp"
#include "service/statistics/statistics_query.hpp"
#include "web/http/api_request.hpp"
#include "web/http/request_auth.hpp"
#include "web/http/request_params.hpp"
#include "web/http/json_response.hpp"
#include "web/http/session.hpp"
#include "domain/i18n/language.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::ordered_json;

json opt(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

json measure_json(const stats::Measure& m) {
  return {{"id", m.id}, {"code", m.code}, {"title", m.title}, {"unit", m.unit}, {"source", m.source},
          {"decimals", m.decimals}, {"additive", m.additive}};
}

json analysis_json(const stats::GenderAnalysis& a) {
  return {{"women", opt(a.women)},
          {"men", opt(a.men)},
          {"total", opt(a.total)},
          {"women_share", opt(a.women_share)},
          {"women_pct_of_men", opt(a.women_pct_of_men)},
          {"gap", opt(a.gap)},
          {"balance", a.balance ? json(std::string(stats::to_string(*a.balance))) : json(nullptr)}};
}

json batch_json(const service::ImportBatch& b, const std::optional<User>& user) {
  return {{"id", b.id},
          {"file_name", b.file_name},
          {"format", b.format},
          {"sha256", b.sha256},
          {"imported_at", b.imported_at},
          {"imported_by", b.imported_by},
          {"county_code", b.county_code.empty() ? json(nullptr) : json(b.county_code)},
          {"status", service::batch_status_text(b)},
          {"observations", b.observations},
          {"regions", b.regions},
          {"periods", b.periods},
          {"measures", b.measure_codes},
          {"warnings", b.warnings},
          {"rolled_back_at", b.rolled_back_at ? json(*b.rolled_back_at) : json(nullptr)},
          {"rolled_back_by", b.rolled_back_by ? json(*b.rolled_back_by) : json(nullptr)},
          {"may_roll_back", service::batch_is_current(b) && b.format != "reporting" &&
                                service::authorize_statistics_change(user, b.county_code).ok()}};
}

}  // namespace

Handler api_statistics_batches(store::Database& db) {
  return [&db](const Request& req, Response& res) {
  auto auth = authenticate(req, db);
  auto batches = service::list_batches(db, auth.user);
  if (!batches) return send_service_error(req, res, batches.error());
  json items = json::array();
  for (const auto& b : *batches) items.push_back(batch_json(b, auth.user));
  send_json(res, {{"count", items.size()}, {"items", items}});
  };
}

Handler api_statistics_batch_rollback(store::Database& db) {
  return [&db](const Request& req, Response& res) {
  auto id = parse_id(req.matches[1]);
  if (!id) return send_json_error(res, 404, "not_found", "no such import batch");
  auto auth = changing_user(req, res, db);
  if (!auth) return;
  if (Status st = service::rollback_batch(db, auth->user, *id); !st) return send_service_error(req, res, st.error());
  res.status = 204;
  };
}

namespace {
}  // namespace

Handler api_measures(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto list = service::list_measures(db);
    if (!list) return send_service_error(req, res, list.error());
    json out = json::array();
    for (const auto& m : *list) out.push_back(measure_json(m));
    send_json(res, out);
  };
}

Handler api_measure_data(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = parse_id(req.matches[1]);
    if (!id) return send_json_error(res, 400, "bad_parameter", "measure id must be a positive integer", "id");
    auto params = statistics_params(req);
    if (!params) return send_json_error(res, 400, "bad_parameter", params.error().message, params.error().field);
    auto measure = service::get_measure(db, *id);
    if (!measure) return send_service_error(req, res, measure.error());
    auto cells = service::measure_values(db, *id, params->regions, params->from, params->to, params->filter);
    if (!cells) return send_service_error(req, res, cells.error());
    if (params->format == "jsonstat") {
      res.set_content(formats::write_jsonstat(report::measure_dataset(*measure, *cells)),
                      "application/json; charset=utf-8");
      return;
    }
    if (!params->format.empty() && params->format != "json")
      return send_json_error(res, 400, "bad_parameter", "format must be json or jsonstat", "format");
    json rows = json::array();
    for (const auto& c : *cells) {
      json status = json::object();
      for (const auto& [sex, symbol] : c.status) status[std::string(stats::to_string(sex))] = symbol;
      rows.push_back({{"region", c.region_code},
                      {"period", c.period},
                      {"women", opt(c.values.women)},
                      {"men", opt(c.values.men)},
                      {"total", opt(c.values.total)},
                      {"status", status}});
    }
    json out = {{"measure", measure_json(*measure)}, {"rows", rows}};
    if (auto note = service::disclosure::protected_note(); !note.empty()) out["small_counts_note"] = note;
    send_json(res, out);
  };
}

namespace {

// Whether the request comes without credentials: only such answers are
// cached, since what a signed-in viewer sees (small counts) depends on who
// they are.
bool anonymous(const Request& req) {
  return !req.has_header("Authorization") && cookie_value(req, "jamt_session").empty();
}

// What an anonymous answer depends on besides the data: the measure, every
// query parameter, the language (of the small-counts note) and the
// small-counts threshold in force.
std::string analysis_key(std::int64_t measure_id, const Request& req) {
  std::string key = std::to_string(measure_id);
  key += '|';
  key += i18n::code(i18n::current_language());
  key += '|';
  key += std::to_string(service::disclosure::configured_threshold());
  for (const auto& [name, value] : req.query) {  // a multimap: in name order, whatever order they came in
    key += '|';
    key += name;
    key += '=';
    key += value;
  }
  return key;
}

void send_cached(const Request& req, Response& res, const service::CachedAnswer& answer) {
  res.set_header("ETag", answer.etag);
  if (service::etag_matches(req.get_header_value("If-None-Match"), answer.etag)) {
    res.status = 304;
    return;
  }
  res.status = 200;
  res.set_content(answer.body, answer.content_type);
}

}  // namespace

Handler api_measure_analysis(store::Database& db) {
  // Answers for anonymous readers, kept per data version of the measure
  // (docs/performance.md): a hit costs one indexed read.
  auto cache = std::make_shared<service::AnswerCache>();
  return [&db, cache](const Request& req, Response& res) {
    auto id = parse_id(req.matches[1]);
    if (!id) return send_json_error(res, 400, "bad_parameter", "measure id must be a positive integer", "id");
    auto params = statistics_params(req);
    if (!params) return send_json_error(res, 400, "bad_parameter", params.error().message, params.error().field);
    if (params->regions.size() != 1)
      return send_json_error(res, 400, "bad_parameter", "give exactly one region, e.g. region=08", "region");
    if (params->period.empty())
      return send_json_error(res, 400, "bad_parameter", "give the period, e.g. period=2024", "period");
    if (!params->by.empty()) {
      auto in = service::intersect_measure(db, {.measure_id = *id,
                                                .region = params->regions[0],
                                                .period = params->period,
                                                .by = params->by,
                                                .filter = params->filter});
      if (!in) return send_service_error(req, res, in.error());
      json out = {{"measure", measure_json(in->measure)}};
      out.update(intersection_json(*in));
      if (auto note = service::disclosure::protected_note(); !note.empty()) out["small_counts_note"] = note;
      return send_json(res, out);
    }
    std::optional<std::int64_t> version;
    std::string key;
    // Only a request whose parameters are all in its address is cached: the
    // key is built from the query, and form fields in a body would be read
    // as parameters too (a GET with a body could store one answer under
    // another's key).
    if (anonymous(req) && req.body.empty()) {
      auto v = service::measure_data_version(db, *id);
      if (!v) return send_service_error(req, res, v.error());
      version = *v;
      key = analysis_key(*id, req);
      if (auto hit = cache->find(key, *version)) return send_cached(req, res, *hit);
    }
    auto a = service::analyse_measure(db, *id, params->regions[0], params->period, params->base, params->filter);
    if (!a) return send_service_error(req, res, a.error());
    json out = analysis_json(a->analysis);
    out["base_period"] = a->base_period ? json(*a->base_period) : json(nullptr);
    out["change_women_share"] = opt(a->change_women_share);
    out["measure"] = measure_json(a->measure);
    out["region"] = a->region_code;
    out["period"] = a->period;
    out["base"] = a->base ? analysis_json(*a->base) : json(nullptr);
    if (auto note = service::disclosure::protected_note(); !note.empty()) out["small_counts_note"] = note;
    if (!version) return send_json(res, out);
    send_cached(req, res, *cache->store(key, *version, out.dump(), "application/json; charset=utf-8"));
  };
}

}  // namespace jamt::web
