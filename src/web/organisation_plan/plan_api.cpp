// The API of organisations' plans and the board's view per target
// (docs/api.md, "Organisations' own plans").

#include <nlohmann/json.hpp>

#include "service/organisation_plan/organisation_plan.hpp"
#include "web/http/api_request.hpp"
#include "web/http/guards.hpp"
#include "web/http/http_types.hpp"
#include "web/http/json_response.hpp"
#include "web/http/request_auth.hpp"
#include "web/organisation_plan/plan_handlers.hpp"

namespace jamt::web {

namespace {

using nlohmann::ordered_json;

ordered_json plan_json(const service::OrganisationPlan& plan) {
  ordered_json links = ordered_json::array();
  for (const auto& l : plan.links) {
    ordered_json item;
    if (!l.target_code.empty()) item["target_code"] = l.target_code;
    else item["node_id"] = l.node_id;
    item["note"] = l.note.empty() ? ordered_json(nullptr) : ordered_json(l.note);
    item["declared_by"] = l.declared_by;
    item["declared_at"] = l.declared_at;
    links.push_back(item);
  }
  return {{"organisation_id", plan.organisation_id}, {"strategy_id", plan.strategy.id},
          {"strategy_title", plan.strategy.title}, {"links", links}};
}

// The links of a PUT body, or nullopt after answering 400.
std::optional<std::vector<service::PlanLinkInput>> links_from_body(const nlohmann::json& body, Response& res) {
  auto refuse = [&](const std::string& message,
                    const std::string& field) -> std::optional<std::vector<service::PlanLinkInput>> {
    send_json_error(res, 400, "validation", message, field);
    return std::nullopt;
  };
  if (!body.is_object() || !body.contains("links") || !body["links"].is_array())
    return refuse("links: must be an array of {target_code or node_id, note}", "links");
  std::vector<service::PlanLinkInput> out;
  for (std::size_t i = 0; i < body["links"].size(); ++i) {
    const auto& item = body["links"][i];
    const std::string at = "links[" + std::to_string(i) + "]";
    if (!item.is_object()) return refuse(at + ": must be an object", at);
    service::PlanLinkInput in;
    bool has_target = item.contains("target_code") && !item["target_code"].is_null();
    bool has_node = item.contains("node_id") && !item["node_id"].is_null();
    if (has_target == has_node) return refuse(at + ": give either target_code or node_id", at);
    if (has_target) {
      if (!item["target_code"].is_string()) return refuse(at + ".target_code: must be a string", at + ".target_code");
      in.target_code = item["target_code"].get<std::string>();
    } else {
      if (!item["node_id"].is_number_integer()) return refuse(at + ".node_id: must be a whole number", at + ".node_id");
      in.node_id = std::to_string(item["node_id"].get<long long>());
    }
    if (item.contains("note") && !item["note"].is_null()) {
      if (!item["note"].is_string()) return refuse(at + ".note: must be a string", at + ".note");
      in.note = item["note"].get<std::string>();
    }
    out.push_back(in);
  }
  return out;
}

}  // namespace

Handler api_organisation_plan_get(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto plan = service::organisation_plan(db, *id, authenticate(req, db).user);
    if (!plan) return send_service_error(req, res, plan.error());
    send_json(res, plan_json(*plan));
  };
}

Handler api_organisation_plan_put(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto body = json_body(req, res);
    if (!body) return;
    auto links = links_from_body(*body, res);
    if (!links) return;
    auto plan = service::save_organisation_plan(db, *id, *links, auth->user);
    if (!plan) return send_service_error(req, res, plan.error());
    send_json(res, plan_json(*plan));
  };
}

Handler api_plan_contributions(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto view = service::action_plan_contributions(db, *id, authenticate(req, db).user);
    if (!view) return send_service_error(req, res, view.error());
    ordered_json targets = ordered_json::array();
    for (const auto& t : view->targets) {
      ordered_json organisations = ordered_json::array();
      for (const auto& o : t.organisations) {
        ordered_json per_year = ordered_json::object(), activities = ordered_json::array();
        for (const auto& [year, n] : o.activities_per_year) per_year[std::to_string(year)] = n;
        for (const auto& a : o.activities)
          activities.push_back({{"id", a.activity_id}, {"title", a.title}, {"start_date", a.start_date}});
        organisations.push_back({{"organisation_id", o.organisation_id},
                                 {"name", o.name},
                                 {"declared", o.declared},
                                 {"note", o.note.empty() ? ordered_json(nullptr) : ordered_json(o.note)},
                                 {"activities_per_year", per_year},
                                 {"activities", activities}});
      }
      targets.push_back({{"objective_code", t.objective_code},
                         {"objective_title", t.objective_title},
                         {"target_code", t.target_code},
                         {"target_title", t.target_title},
                         {"organisations", organisations}});
    }
    send_json(res, {{"strategy_id", view->strategy_id},
                    {"strategy_title", view->strategy_title},
                    {"action_plan_title", view->action_plan_title},
                    {"targets", targets}});
  };
}

}  // namespace jamt::web
