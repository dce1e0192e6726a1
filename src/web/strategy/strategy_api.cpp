// JSON API v1 (docs/api.md).
#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include "domain/national_goals.hpp"
#include "web/strategy/strategy_handlers.hpp"
#include "web/http/http_types.hpp"
#include "domain/regions.hpp"
#include "formats/strategy_json/strategy_json.hpp"
#include "service/strategy/strategy_service.hpp"
#include "service/strategy/strategy_versions.hpp"
#include "web/http/json_response.hpp"
#include "web/http/request_auth.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::ordered_json;  // fields in the documented order

}  // namespace

Handler api_regions(store::Database&) {
  return [](const Request& req, Response& res) {
    const auto& catalogue = RegionCatalogue::instance();
    std::vector<Region> regions;
    if (req.has_param("level")) {
      auto level = parse_region_level(req.get_param_value("level"));
      if (!level)
        return send_json_error(res, 400, "bad_parameter",
                          "level must be nation, county or municipality, not \"" + req.get_param_value("level") + "\"");
      regions = catalogue.at_level(*level);
    } else {
      regions = catalogue.all();
    }
    json out = json::array();
    for (const auto& r : regions)
      out.push_back({{"code", r.code}, {"name", r.name}, {"level", std::string(to_string(r.level))},
                     {"parent", r.parent.empty() ? json(nullptr) : json(r.parent)}});
    send_json(res, out);
  };
}

Handler api_national_goals(store::Database&) {
  return [](const Request& req, Response& res) {
    std::string version = req.has_param("version") ? req.get_param_value("version") : "2017";
    const auto* c = find_national_goal_catalogue(version);
    if (!c) return send_json_error(res, 400, "bad_parameter", "version must be 2006 or 2017, not \"" + version + "\"");
    json subgoals = json::array();
    for (const auto& g : c->subgoals)
      subgoals.push_back({{"code", g.code}, {"reference", g.reference(c->version)}, {"title", g.title},
                          {"description", g.description}});
    send_json(res, {{"version", c->version}, {"overall", c->overall}, {"subgoals", subgoals}});
  };
}

Handler api_strategies(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto list = service::list_strategies(db, authenticate(req, db).user);
    if (!list) return send_service_error(req, res, list.error());
    json out = json::array();
    for (const auto& s : *list)
      out.push_back({{"id", s.id}, {"county_code", s.county_code}, {"title", s.title}, {"start_year", s.start_year},
                     {"end_year", s.end_year}, {"status", std::string(to_string(s.status))}});
    send_json(res, out);
  };
}

Handler api_strategy(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    const std::string raw = req.matches[1];
    if (raw.empty() || raw.size() > 15 || raw.find_first_not_of("0123456789") != std::string::npos)
      return send_json_error(res, 400, "bad_parameter", "strategy id must be a positive integer, not \"" + raw + "\"");
    bool draft = req.get_param_value("draft") == "1";
    auto strategy = service::strategy_as_seen(db, std::stoll(raw), authenticate(req, db).user, draft);
    if (!strategy) return send_service_error(req, res, strategy.error());
    res.set_content(formats::write_strategy_json(*strategy, formats::StrategyJsonOptions{.with_ids = true}),
                    "application/json; charset=utf-8");
  };
}

}  // namespace jamt::web
