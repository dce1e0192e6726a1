// The national level's JSON API (issue 14, item 3; docs/api.md, "The
// national level"): the compilation of a year, the national action plan
// (read and replace) and a year's resources.
#include <nlohmann/json.hpp>

#include "report/document/document_json.hpp"
#include "service/authorization.hpp"
#include "service/national/national_plan.hpp"
#include "service/national/national_report.hpp"
#include "web/http/api_request.hpp"
#include "web/http/guards.hpp"
#include "web/http/json_response.hpp"
#include "web/http/request_auth.hpp"
#include "web/national/national_handlers.hpp"

namespace jamt::web {

namespace {

using ojson = nlohmann::ordered_json;
using json = nlohmann::json;

ojson plan_json(const NationalPlan& p) {
  ojson subgoals = ojson::array();
  for (const auto& g : p.subgoals)
    subgoals.push_back({{"title", g.title}, {"insatser", g.insatser}, {"expected_effects", g.expected_effects}});
  return {{"region_code", p.region_code}, {"title", p.title},           {"overall_goal", p.overall_goal},
          {"subgoals", subgoals},         {"updated_by", p.updated_by}, {"updated_at", p.updated_at}};
}

// The year of the path's first group, or nullopt after answering 400.
std::optional<int> api_year(const Request& req, Response& res) {
  int year = std::stoi(std::string(req.matches[1]));
  if (year < service::kFirstNationalYear || year > service::kLastNationalYear) {
    send_json_error(res, 400, "validation", "Året ska ligga mellan 2000 och 2100", "year");
    return std::nullopt;
  }
  return year;
}

// A list of strings at body[key], or an error naming `field`.
Result<std::vector<std::string>> strings_at(const json& body, const char* key, const std::string& field) {
  std::vector<std::string> out;
  if (!body.contains(key)) return out;
  if (!body[key].is_array()) return validation_error("ska vara en lista av texter", {}, field);
  for (const auto& v : body[key]) {
    if (!v.is_string()) return validation_error("ska vara en lista av texter", {}, field);
    out.push_back(v.get<std::string>());
  }
  return out;
}

Result<NationalPlan> plan_from(const json& body) {
  NationalPlan plan;
  for (const char* key : {"title", "overall_goal"}) {
    if (body.contains(key) && !body[key].is_string()) return validation_error("ska vara en text", {}, key);
  }
  plan.title = body.value("title", "");
  plan.overall_goal = body.value("overall_goal", "");
  if (body.contains("subgoals")) {
    if (!body["subgoals"].is_array()) return validation_error("ska vara en lista", {}, "subgoals");
    for (std::size_t i = 0; i < body["subgoals"].size(); ++i) {
      const json& g = body["subgoals"][i];
      const std::string at = "subgoals[" + std::to_string(i) + "]";
      if (!g.is_object()) return validation_error("ska vara ett objekt", {}, at);
      if (g.contains("title") && !g["title"].is_string()) return validation_error("ska vara en text", {}, at + ".title");
      auto insatser = strings_at(g, "insatser", at + ".insatser");
      if (!insatser) return insatser.error();
      auto effects = strings_at(g, "expected_effects", at + ".expected_effects");
      if (!effects) return effects.error();
      plan.subgoals.push_back(
          {.title = g.value("title", ""), .insatser = std::move(*insatser), .expected_effects = std::move(*effects)});
    }
  }
  return plan;
}

}  // namespace

Handler api_national_report(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto year = api_year(req, res);
    if (!year) return;
    auto auth = authenticate(req, db);
    auto doc = service::national_report(db, *year, auth.user);
    if (!doc) return send_service_error(req, res, doc.error());
    res.set_content(report::to_json(*doc), "application/json");
  };
}

Handler api_national_plan(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    auto plan = service::national_plan(db, auth.user);
    if (!plan) return send_service_error(req, res, plan.error());
    send_json(res, {{"plan", *plan ? plan_json(**plan) : ojson(nullptr)}});
  };
}

Handler api_national_plan_save(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    if (auto allowed = service::authorize_national_change(auth->user); !allowed)
      return send_service_error(req, res, allowed.error());
    auto body = json_body(req, res);
    if (!body) return;
    auto plan = plan_from(*body);
    if (!plan) return send_service_error(req, res, plan.error());
    auto saved = service::save_national_plan(db, std::move(*plan), auth->user);
    if (!saved) return send_service_error(req, res, saved.error());
    send_json(res, {{"plan", plan_json(*saved)}});
  };
}

Handler api_national_resources(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto year = api_year(req, res);
    if (!year) return;
    auto auth = authenticate(req, db);
    auto rows = service::resources_of_year(db, *year, auth.user);
    if (!rows) return send_service_error(req, res, rows.error());
    ojson counties = ojson::array();
    for (const auto& r : *rows)
      counties.push_back({{"county_code", r.county_code}, {"granted", r.granted}, {"used", r.used},
                          {"unspent", unspent(r)}, {"carried_over", r.carried_over}});
    const CountyResources total = resources_total(*rows);
    send_json(res, {{"year", *year},
                    {"counties", counties},
                    {"total", {{"granted", total.granted}, {"used", total.used}, {"unspent", unspent(total)},
                               {"carried_over", total.carried_over}}}});
  };
}

}  // namespace jamt::web
