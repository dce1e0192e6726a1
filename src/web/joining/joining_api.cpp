// The joining register's own API: decisions, follow-ups, the action plan
// file and the counts (docs/api.md). The generic record API is in
// register_api.cpp.

#include <functional>
#include <nlohmann/json.hpp>

#include "service/joining/joining_application.hpp"
#include "web/http/http_types.hpp"
#include "web/http/guards.hpp"
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

Handler api_joining_follow_up(store::Database& db) {
  return decision_handler(db, [](store::Database& db, std::int64_t id, const Record& b, const RequestAuth& a) {
    return service::record_follow_up(db, id, value_of(b, "date"), value_of(b, "note"), a.user);
  });
}

Handler api_joining_follow_ups(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto list = service::follow_ups_of(db, *id, authenticate(req, db).user);
    if (!list) return send_service_error(req, res, list.error());
    ordered_json items = ordered_json::array();
    for (const auto& f : *list)
      items.push_back({{"date", value_of(f, "held_on")},
                       {"note", value_of(f, "note").empty() ? nullptr : ordered_json(value_of(f, "note"))}});
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
