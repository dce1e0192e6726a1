// A strategy's adopted versions and their comparison over the JSON API
// (docs/api.md, "Strategies: drafts, revisions and versions").
#include <nlohmann/json.hpp>

#include "formats/strategy_json/strategy_json.hpp"
#include "service/strategy/strategy_versions.hpp"
#include "web/http/guards.hpp"
#include "web/http/json_response.hpp"
#include "web/http/request_auth.hpp"
#include "web/strategy/strategy_handlers.hpp"

namespace jamt::web {

namespace {

using nlohmann::ordered_json;

// The version number in capture group `group`, or nullopt after answering 404.
std::optional<int> version_number(const Request& req, Response& res, std::size_t group) {
  auto n = path_id(req, res, group);
  if (!n) return std::nullopt;
  if (*n > 1000000) {
    send_json_error(res, 404, "not_found", "no such version");
    return std::nullopt;
  }
  return static_cast<int>(*n);
}

}  // namespace

Handler api_strategy_versions(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto versions = service::list_versions(db, *id, authenticate(req, db).user);
    if (!versions) return send_service_error(req, res, versions.error());
    ordered_json out = ordered_json::array();
    for (const auto& v : *versions)
      out.push_back({{"version", v.version}, {"adopted_on", v.adopted_on}, {"decision", v.decision}});
    send_json(res, out);
  };
}

Handler api_strategy_version(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto n = version_number(req, res, 2);
    if (!n) return;
    auto version = service::strategy_version(db, *id, *n, authenticate(req, db).user);
    if (!version) return send_service_error(req, res, version.error());
    res.set_content(formats::write_strategy_json(*version, formats::StrategyJsonOptions{.with_ids = true}),
                    "application/json; charset=utf-8");
  };
}

Handler api_strategy_version_diff(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto a = version_number(req, res, 2);
    if (!a) return;
    auto b = version_number(req, res, 3);
    if (!b) return;
    auto changes = service::compare_versions(db, *id, *a, *b, authenticate(req, db).user);
    if (!changes) return send_service_error(req, res, changes.error());
    ordered_json list = ordered_json::array();
    for (const auto& c : *changes)
      list.push_back({{"text", c.text}, {"kind", c.kind}, {"code", c.code}, {"change", c.change},
                      {"before", c.before}, {"after", c.after}});
    send_json(res, {{"from", *a}, {"to", *b}, {"changes", list}});
  };
}

}  // namespace jamt::web
