// Editing a strategy's content piece by piece over the JSON API (docs/api.md,
// "Strategies: editing the content"; issue 12, item 1): node order,
// indicators, problem areas, the action plan, archiving and a draft from an
// uploaded strategy document. Parse, call one service function, answer.
#include <nlohmann/json.hpp>

#include "formats/strategy_json/strategy_json.hpp"
#include "service/strategy/strategy_content_editing.hpp"
#include "service/strategy/strategy_lifecycle.hpp"
#include "web/http/api_request.hpp"
#include "web/http/guards.hpp"
#include "web/http/json_response.hpp"
#include "web/strategy/strategy_content_handlers.hpp"

namespace jamt::web {

namespace {

using nlohmann::json;
using nlohmann::ordered_json;

ordered_json document_of(const Strategy& s) {
  ordered_json out = ordered_json::parse(formats::write_strategy_json(s, formats::StrategyJsonOptions{.with_ids = true}));
  out["revision_open"] = s.revision_open;
  return out;
}

// The node with `id` in a document's goal tree, or null.
ordered_json node_of(const ordered_json& nodes, std::int64_t id) {
  for (const auto& n : nodes) {
    if (n["id"] == id) return n;
    if (auto found = node_of(n["children"], id); !found.is_null()) return found;
  }
  return nullptr;
}

// A JSON path's last name ("$.baseline.period" → "period"), for the field of an error.
Error with_field(Error e) {
  if (e.field.empty() && !e.where.empty()) {
    std::string last = e.where.substr(e.where.rfind('.') == std::string::npos ? 0 : e.where.rfind('.') + 1);
    e.field = last == "$" ? "" : last.substr(0, last.find('['));
  }
  return e;
}

// The 1-based number in capture group `group` (problem area, objective), or
// nullopt after answering 404.
std::optional<int> number_at(const Request& req, Response& res, std::size_t group) {
  auto n = path_id(req, res, group);
  if (!n) return std::nullopt;
  if (*n > 100000) {
    send_json_error(res, 404, "not_found", "no such item");
    return std::nullopt;
  }
  return static_cast<int>(*n);
}

// {"direction": "up"|"down"} or {"position": n}; nullopt after answering 400.
std::optional<service::NewPosition> position_body(const Request& req, Response& res) {
  auto body = json_body(req, res);
  if (!body) return std::nullopt;
  service::NewPosition where;
  for (const auto& [key, value] : body->items()) {
    if (key == "direction" && value.is_string()) {
      where.direction = value.get<std::string>();
    } else if (key == "position" && value.is_number_integer() && value.get<long long>() > 0 &&
               value.get<long long>() < 100000) {
      where.position = static_cast<int>(value.get<long long>());
    } else {
      const bool known = key == "direction" || key == "position";
      send_service_error(req, res,
                         validation_error(known ? (key == "direction" ? "direction ska vara \"up\" eller \"down\"."
                                                                      : "position ska vara ett heltal från 1.")
                                                : "Okänt fält \"" + key + "\".",
                                          {}, key));
      return std::nullopt;
    }
  }
  return where;
}

// The request body read as a part of the strategy document, or nullopt after
// answering 400 with the field named.
template <class T, class Read>
std::optional<T> part_body(const Request& req, Response& res, Read read) {
  auto parsed = read(req.body);
  if (!parsed) {
    send_service_error(req, res, with_field(parsed.error()));
    return std::nullopt;
  }
  return std::move(*parsed);
}

// Ids of the path and the user changing; nullopt after answering.
struct Target {
  std::int64_t id = 0;
  std::int64_t node = 0;
  std::optional<User> user;
};

std::optional<Target> target(const Request& req, Response& res, store::Database& db, bool with_node) {
  auto id = path_id(req, res);
  if (!id) return std::nullopt;
  std::int64_t node = 0;
  if (with_node) {
    auto n = path_id(req, res, 2);
    if (!n) return std::nullopt;
    node = *n;
  }
  auto auth = changing_user(req, res, db);
  if (!auth) return std::nullopt;
  return Target{.id = *id, .node = node, .user = auth->user};
}

}  // namespace

Handler api_strategy_node_position(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto t = target(req, res, db, true);
    if (!t) return;
    auto where = position_body(req, res);
    if (!where) return;
    auto changed = service::reorder_node(db, t->id, t->node, *where, t->user);
    if (!changed) return send_service_error(req, res, changed.error());
    send_json(res, document_of(*changed));
  };
}

Handler api_strategy_indicator_create(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto t = target(req, res, db, true);
    if (!t) return;
    auto ind = part_body<Indicator>(req, res, formats::read_indicator_json);
    if (!ind) return;
    auto made = service::add_indicator(db, t->id, t->node, *ind, t->user);
    if (!made) return send_service_error(req, res, made.error());
    GoalNode wrapper{.id = t->node, .code = "x", .title = "x", .indicators = {*made}};
    Strategy doc;
    doc.goals = {wrapper};
    send_json(res, document_of(doc)["goals"][0]["indicators"][0], 201);
  };
}

Handler api_strategy_indicator_update(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto t = target(req, res, db, true);
    if (!t) return;
    auto indicator = path_id(req, res, 3);
    if (!indicator) return;
    auto ind = part_body<Indicator>(req, res, formats::read_indicator_json);
    if (!ind) return;
    auto changed = service::update_indicator(db, t->id, t->node, *indicator, *ind, t->user);
    if (!changed) return send_service_error(req, res, changed.error());
    GoalNode wrapper{.id = t->node, .code = "x", .title = "x", .indicators = {*changed}};
    Strategy doc;
    doc.goals = {wrapper};
    send_json(res, document_of(doc)["goals"][0]["indicators"][0]);
  };
}

Handler api_strategy_indicator_delete(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto t = target(req, res, db, true);
    if (!t) return;
    auto indicator = path_id(req, res, 3);
    if (!indicator) return;
    if (auto removed = service::remove_indicator(db, t->id, t->node, *indicator, t->user); !removed)
      return send_service_error(req, res, removed.error());
    res.status = 204;
  };
}

Handler api_strategy_indicator_position(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto t = target(req, res, db, true);
    if (!t) return;
    auto indicator = path_id(req, res, 3);
    if (!indicator) return;
    auto where = position_body(req, res);
    if (!where) return;
    auto changed = service::reorder_indicator(db, t->id, t->node, *indicator, *where, t->user);
    if (!changed) return send_service_error(req, res, changed.error());
    send_json(res, node_of(document_of(*changed)["goals"], t->node));
  };
}

Handler api_strategy_problem_area_create(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto t = target(req, res, db, true);
    if (!t) return;
    auto area = part_body<ProblemArea>(req, res, formats::read_problem_area_json);
    if (!area) return;
    auto changed = service::add_problem_area(db, t->id, t->node, *area, t->user);
    if (!changed) return send_service_error(req, res, changed.error());
    send_json(res, node_of(document_of(*changed)["goals"], t->node), 201);
  };
}

Handler api_strategy_problem_area_update(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto t = target(req, res, db, true);
    if (!t) return;
    auto number = number_at(req, res, 3);
    if (!number) return;
    auto area = part_body<ProblemArea>(req, res, formats::read_problem_area_json);
    if (!area) return;
    auto changed = service::update_problem_area(db, t->id, t->node, *number, *area, t->user);
    if (!changed) return send_service_error(req, res, changed.error());
    send_json(res, node_of(document_of(*changed)["goals"], t->node));
  };
}

Handler api_strategy_problem_area_delete(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto t = target(req, res, db, true);
    if (!t) return;
    auto number = number_at(req, res, 3);
    if (!number) return;
    auto changed = service::remove_problem_area(db, t->id, t->node, *number, t->user);
    if (!changed) return send_service_error(req, res, changed.error());
    res.status = 204;
  };
}

Handler api_strategy_action_plan_put(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto t = target(req, res, db, false);
    if (!t) return;
    auto plan = part_body<ActionPlan>(req, res, formats::read_action_plan_json);
    if (!plan) return;
    auto changed = service::set_action_plan(db, t->id, *plan, t->user);
    if (!changed) return send_service_error(req, res, changed.error());
    send_json(res, document_of(*changed)["action_plan"]);
  };
}

Handler api_strategy_action_plan_delete(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto t = target(req, res, db, false);
    if (!t) return;
    auto changed = service::set_action_plan(db, t->id, std::nullopt, t->user);
    if (!changed) return send_service_error(req, res, changed.error());
    res.status = 204;
  };
}

Handler api_strategy_objective_create(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto t = target(req, res, db, false);
    if (!t) return;
    auto objective = part_body<ActionPlanObjective>(req, res, formats::read_objective_json);
    if (!objective) return;
    auto changed = service::add_objective(db, t->id, *objective, t->user);
    if (!changed) return send_service_error(req, res, changed.error());
    send_json(res, document_of(*changed)["action_plan"], 201);
  };
}

Handler api_strategy_objective_update(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto t = target(req, res, db, false);
    if (!t) return;
    auto number = number_at(req, res, 2);
    if (!number) return;
    auto objective = part_body<ActionPlanObjective>(req, res, formats::read_objective_json);
    if (!objective) return;
    auto changed = service::update_objective(db, t->id, *number, *objective, t->user);
    if (!changed) return send_service_error(req, res, changed.error());
    send_json(res, document_of(*changed)["action_plan"]);
  };
}

Handler api_strategy_objective_delete(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto t = target(req, res, db, false);
    if (!t) return;
    auto number = number_at(req, res, 2);
    if (!number) return;
    auto changed = service::remove_objective(db, t->id, *number, t->user);
    if (!changed) return send_service_error(req, res, changed.error());
    res.status = 204;
  };
}

Handler api_strategy_archive(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto t = target(req, res, db, false);
    if (!t) return;
    auto archived = service::archive_strategy(db, t->id, t->user);
    if (!archived) return send_service_error(req, res, archived.error());
    send_json(res, document_of(*archived));
  };
}

Handler api_strategy_import_new(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto made = service::import_strategy_draft(db, req.body, std::nullopt, auth->user);
    if (!made) return send_service_error(req, res, made.error());
    send_json(res, document_of(*made), 201);
  };
}

Handler api_strategy_import_revision(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto t = target(req, res, db, false);
    if (!t) return;
    auto changed = service::import_strategy_draft(db, req.body, t->id, t->user);
    if (!changed) return send_service_error(req, res, changed.error());
    send_json(res, document_of(*changed));
  };
}

}  // namespace jamt::web
