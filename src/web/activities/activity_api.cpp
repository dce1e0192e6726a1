// The activity register's JSON API (docs/api.md, "Activities"): the same
// shape as every register's API, with co-organisers, goal nodes and
// national sub-goals as arrays, and the summary of a county's year.

#include "service/disclosure/audience.hpp"
#include "service/disclosure/participants.hpp"
#include "service/activities/activity_json.hpp"
#include "web/activities/activity_handlers.hpp"
#include "web/http/http_types.hpp"
#include "web/http/guards.hpp"
#include "service/activities/activity_summary.hpp"
#include "web/activities/activity_support.hpp"
#include "web/http/api_request.hpp"
#include "web/http/json_response.hpp"
#include "web/http/request_auth.hpp"
#include "web/http/request_params.hpp"

namespace jamt::web {

namespace {

using nlohmann::ordered_json;

std::optional<service::ActivityInput> body_input(const Request& req, Response& res) {
  auto body = json_body(req, res);
  if (!body) return std::nullopt;
  auto input = service::activity_input_from_json(*body);
  if (!input) {
    send_service_error(req, res, input.error());
    return std::nullopt;
  }
  return *input;
}

ordered_json count_rows(const std::vector<ActivityCount>& rows, bool with_depth) {
  ordered_json out = ordered_json::array();
  for (const auto& r : rows) {
    ordered_json row = {{"code", r.code}, {"title", r.label}, {"count", r.count}};
    if (with_depth) {
      row["depth"] = r.depth;
      row["count_with_descendants"] = r.count_with_descendants;
    }
    out.push_back(row);
  }
  return out;
}

ordered_json summary_json(const service::ActivitySummary& s) {
  const auto& c = s.counts;
  ordered_json strategy = nullptr;
  if (s.strategy)
    strategy = {{"id", s.strategy->id},
                {"title", s.strategy->title},
                {"start_year", s.strategy->start_year},
                {"end_year", s.strategy->end_year}};
  auto share = c.participants.women_share();
  // Participants are persons: small counts are null with the status "..".
  const auto hidden = service::disclosure::summary_participants(s);
  auto count = [](bool withheld, long long n) { return withheld ? ordered_json(nullptr) : ordered_json(n); };
  ordered_json status = ordered_json::object();
  if (hidden.sexes.women) status["women"] = "..";
  if (hidden.sexes.men) status["men"] = "..";
  if (hidden.other) status["other"] = "..";
  if (hidden.sexes.total) status["total"] = "..";
  if (hidden.sexes.shares()) status["women_share"] = "..";
  ordered_json participants = {{"women", count(hidden.sexes.women, c.participants.women)},
                               {"men", count(hidden.sexes.men, c.participants.men)},
                               {"other", count(hidden.other, c.participants.other)},
                               {"total", count(hidden.sexes.total, c.participants.total())},
                               {"women_share", share && !hidden.sexes.shares() ? ordered_json(*share) : ordered_json(nullptr)}};
  if (hidden.any()) participants["status"] = status;
  return {{"county", s.county_code},
          {"year", s.year},
          {"strategy", strategy},
          {"total", c.total},
          {"joint", c.joint},
          {"completed_with_national_goal", c.completed_with_national_goal},
          {"participants", participants},
          {"by_national_goal", count_rows(c.by_national_goal, false)},
          {"by_goal_node", count_rows(c.by_goal_node, true)},
          {"by_type", count_rows(c.by_type, false)},
          {"by_status", count_rows(c.by_status, false)}};
}

}  // namespace

Handler api_activity_list(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    auto filter = activity_filter_from(req);
    if (!filter) return send_service_error(req, res, filter.error());
    auto activities = service::list_activities(db, *filter, auth.user);
    if (!activities) return send_service_error(req, res, activities.error());
    ordered_json items = ordered_json::array();
    for (const auto& a : *activities) {
      auto item = service::activity_json(a);
      // Participants are persons: small counts are null with the status "..".
      const auto hidden = service::disclosure::activity_participants(a);
      if (hidden.any()) {
        ordered_json status = ordered_json::object();
        if (hidden.sexes.women) status["participants_women"] = "..";
        if (hidden.sexes.men) status["participants_men"] = "..";
        if (hidden.other) status["participants_other"] = "..";
        for (const auto& [field, _] : status.items()) item[field] = nullptr;
        item["status"] = status;
      }
      items.push_back(std::move(item));
    }
    ordered_json out = {{"count", items.size()}, {"items", items}};
    if (auto note = service::disclosure::protected_note(); !note.empty()) out["small_counts_note"] = note;
    send_json(res, out);
  };
}

Handler api_activity_summary(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    auto filter = activity_filter_from(req);
    if (!filter) return send_service_error(req, res, filter.error());
    auto summary = service::summarise_activities(db, *filter, auth.user);
    if (!summary) return send_service_error(req, res, summary.error());
    auto out = summary_json(*summary);
    if (auto note = service::disclosure::protected_note(); !note.empty()) out["small_counts_note"] = note;
    send_json(res, out);
  };
}

Handler api_activity_create(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto input = body_input(req, res);
    if (!input) return;
    auto saved = service::create_activity(db, *input, auth->user);
    if (!saved) return send_service_error(req, res, saved.error());
    res.set_header("Location", "/api/v1/activities/" + registers::value_of(saved->record, "id"));
    send_json(res, service::activity_json(*saved), 201);
  };
}

Handler api_activity_get(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = authenticate(req, db);
    auto found = service::get_activity(db, *id, auth.user);
    if (!found) return send_service_error(req, res, found.error());
    send_json(res, service::activity_json(*found));
  };
}

Handler api_activity_update(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto input = body_input(req, res);
    if (!input) return;
    auto saved = service::update_activity(db, *id, *input, auth->user);
    if (!saved) return send_service_error(req, res, saved.error());
    send_json(res, service::activity_json(*saved));
  };
}

Handler api_activity_delete(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto done = service::delete_activity(db, *id, auth->user);
    if (!done) return send_service_error(req, res, done.error());
    res.status = 204;
  };
}

}  // namespace jamt::web
