// The joining register's own API: decisions, follow-ups, the action plan
// file and the counts (docs/api.md). The generic record API is in
// register_api.cpp.

#include <functional>
#include <nlohmann/json.hpp>

#include "service/joining/joining_application.hpp"
#include "web/http/http_types.hpp"
#include "web/http/guards.hpp"
#include "service/joining/follow_up_history.hpp"
#include "service/joining/joining_decisions.hpp"
#include "service/joining/joining_register.hpp"
#include "service/joining/joining_reports.hpp"
#include "service/registers/record_json.hpp"
#include "web/http/file_download.hpp"
#include "web/joining/joining_handlers.hpp"
#include "web/http/api_request.hpp"
#include "web/http/json_response.hpp"
#include "web/http/request_auth.hpp"
#include "web/http/request_params.hpp"

namespace jamt::web {

namespace {

using nlohmann::ordered_json;
using registers::Record;
using registers::value_of;

// The body's string fields ({} for an empty body), or nullopt after 400.
std::optional<Record> body_fields(const Request& req, Response& res) {
  auto body = parse_body(req.body);
  if (body.is_discarded()) {
    send_json_error(res, 400, "validation", "the request body is not valid JSON");
    return std::nullopt;
  }
  auto record = service::record_from_json(body);
  if (!record) {
    send_service_error(req, res, record.error());
    return std::nullopt;
  }
  return *record;
}

// Sends a decision's result; the service's date fields are "date" in the API.
void send_result(const Request& req, Response& res, const Result<Record>& result) {
  if (result) return send_json(res, service::record_json(*service::joining_rules().spec, *result));
  Error e = result.error();
  if (e.field == "joined_on" || e.field == "withdrawn_on" || e.field == "held_on") e.field = "date";
  send_service_error(req, res, e);
}

using Decision = std::function<Result<Record>(store::Database&, std::int64_t, const Record&, const RequestAuth&)>;

Handler decision_handler(store::Database& db, Decision decide) {
  return [&db, decide](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto body = body_fields(req, res);
    if (!body) return;
    send_result(req, res, decide(db, *id, *body, *auth));
  };
}

ordered_json summary_json(const service::JoiningSummary& s) {
  ordered_json by_type = ordered_json::object();
  for (const auto& [type, n] : s.joined_by_type) by_type[type] = n;
  return {{"county", s.county_code.empty() ? nullptr : ordered_json(s.county_code)},
          {"as_of", s.as_of},
          {"joined", s.joined},
          {"joined_by_type", by_type},
          {"action_plans", {{"with", s.with_action_plan}, {"without", s.without_action_plan}}},
          {"pending", s.pending},
          {"rejected", s.rejected},
          {"withdrawn", s.withdrawn},
          {"overdue_follow_ups", s.overdue_follow_ups}};
}

}  // namespace

Handler api_joining_approve(store::Database& db) {
  return decision_handler(db, [](store::Database& db, std::int64_t id, const Record& b, const RequestAuth& a) {
    return service::approve_joining(db, id, value_of(b, "date"), a.user);
  });
}

Handler api_joining_reject(store::Database& db) {
  return decision_handler(db, [](store::Database& db, std::int64_t id, const Record& b, const RequestAuth& a) {
    return service::reject_joining(db, id, value_of(b, "reason"), a.user);
  });
}

Handler api_joining_withdraw(store::Database& db) {
  return decision_handler(db, [](store::Database& db, std::int64_t id, const Record& b, const RequestAuth& a) {
    return service::withdraw_joining(db, id, value_of(b, "date"), value_of(b, "reason"), a.user);
  });
}

// The body {"date", "note", "commitments": {"<commitment>": {"status", "note"}}}
// (issue 12, item 5: the dialogue per commitment; optional).
Handler api_joining_follow_up(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto body = json_body(req, res);
    if (!body) return;
    auto text = [](const nlohmann::json& o, const char* key) {
      return o.is_object() && o.contains(key) && o[key].is_string() ? o[key].get<std::string>() : std::string{};
    };
    std::vector<service::CommitmentInput> commitments;
    if (body->is_object() && body->contains("commitments") && !(*body)["commitments"].is_null()) {
      const auto& c = (*body)["commitments"];
      if (!c.is_object())
        return send_json_error(res, 400, "validation", "commitments: must be an object by commitment", "commitments");
      for (const auto& [key, v] : c.items()) {
        if (!v.is_object() || !v.contains("status") || !v["status"].is_string())
          return send_json_error(res, 400, "validation", "commitments." + key + ": must be {status, note}",
                                 "commitments." + key);
        commitments.push_back({.commitment = key, .status = text(v, "status"), .note = text(v, "note")});
      }
    }
    auto done = service::record_follow_up(db, *id, text(*body, "date"), text(*body, "note"), commitments, auth->user);
    if (!done) {
      Error e = done.error();
      if (e.field == "held_on") e.field = "date";
      else if (e.field.rfind("status_", 0) == 0) e.field = "commitments." + e.field.substr(7) + ".status";
      else if (e.field.rfind("note_", 0) == 0) e.field = "commitments." + e.field.substr(5) + ".note";
      return send_service_error(req, res, e);
    }
    send_json(res, service::record_json(*service::joining_rules().spec, *done));
  };
}

Handler api_joining_follow_ups(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto list = service::follow_up_history(db, *id, authenticate(req, db).user);
    if (!list) return send_service_error(req, res, list.error());
    ordered_json items = ordered_json::array();
    for (const auto& f : *list) {
      // Follow-ups from before issue 12 have {} and [] here.
      ordered_json commitments = ordered_json::object(), contributions = ordered_json::array();
      for (const auto& c : f.commitments)
        commitments[c.commitment] = {{"status", std::string(to_string(c.status))},
                                     {"note", c.note.empty() ? ordered_json(nullptr) : ordered_json(c.note)}};
      for (const auto& c : f.contributions)
        contributions.push_back({{"target_code", c.target_code.empty() ? ordered_json(nullptr) : ordered_json(c.target_code)},
                                 {"node_id", c.node_id ? ordered_json(c.node_id) : ordered_json(nullptr)},
                                 {"label", c.label},
                                 {"note", c.note.empty() ? ordered_json(nullptr) : ordered_json(c.note)},
                                 {"activity_count", c.activity_count}});
      items.push_back({{"id", f.id},
                       {"date", f.held_on},
                       {"note", f.note.empty() ? nullptr : ordered_json(f.note)},
                       {"commitments", commitments},
                       {"contributions", contributions}});
    }
    send_json(res, {{"count", items.size()}, {"items", items}});
  };
}

Handler api_joining_action_plan(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto file = service::action_plan_of(db, *id, authenticate(req, db).user);
    if (!file) return send_service_error(req, res, file.error());
    send_file_download(res, file->file_name, file->content_type, file->content);
  };
}

Handler api_joining_summary(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto summary = service::joining_summary(db, req.get_param_value("county"), authenticate(req, db).user);
    if (!summary) return send_service_error(req, res, summary.error());
    send_json(res, summary_json(*summary));
  };
}

Handler api_joining_overdue(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto overdue = service::overdue_follow_ups(db, req.get_param_value("county"), authenticate(req, db).user);
    if (!overdue) return send_service_error(req, res, overdue.error());
    ordered_json items = ordered_json::array();
    for (const auto& o : *overdue)
      items.push_back({{"id", o.joining_id},
                       {"organisation", o.organisation_name},
                       {"county_code", o.county_code},
                       {"joined_on", o.joined_on},
                       {"last_follow_up", o.last_follow_up.empty() ? nullptr : ordered_json(o.last_follow_up)},
                       {"due", o.due},
                       {"days_overdue", o.days_overdue}});
    send_json(res, {{"count", items.size()}, {"items", items}});
  };
}

}  // namespace jamt::web
