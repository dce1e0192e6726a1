// The JSON API of statistics sources (docs/api.md, "Statistics sources").
#include "service/statistics_fetch/statistics_fetch.hpp"
#include "web/http/api_request.hpp"
#include "web/http/guards.hpp"
#include "web/http/json_response.hpp"
#include "web/statistics_fetch/source_json.hpp"
#include "web/statistics_fetch/statistics_fetch_handlers.hpp"

namespace jamt::web {

namespace {
std::string text_field(const nlohmann::json& body, const char* name) {
  return body.contains(name) && body[name].is_string() ? body[name].get<std::string>() : std::string{};
}
}  // namespace

Handler api_statistics_sources(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    auto sources = service::list_sources(db, auth.user);
    if (!sources) return send_service_error(req, res, sources.error());
    nlohmann::json items = nlohmann::json::array();
    for (const auto& s : *sources) items.push_back(source_json(s));
    send_json(res, {{"count", items.size()}, {"items", items}});
  };
}

Handler api_statistics_source_create(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto body = json_body(req, res);
    if (!body) return;
    auto added = service::add_source(db, auth->user,
                                     {.address = text_field(*body, "address"),
                                      .selection = text_field(*body, "selection"),
                                      .measure_code = text_field(*body, "measure_code"),
                                      .schedule = text_field(*body, "schedule")});
    if (!added) return send_service_error(req, res, added.error());
    res.set_header("Location", "/api/v1/statistics/sources/" + std::to_string(added->id));
    send_json(res, source_json(*added), 201);
  };
}

Handler api_statistics_source_fetch(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto outcome = service::fetch_source(db, auth->user, *id);
    if (!outcome) return send_service_error(req, res, outcome.error());
    send_json(res, outcome_json(*outcome), outcome->ok ? 200 : 502);
  };
}

}  // namespace jamt::web
