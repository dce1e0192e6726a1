// One organisation's report for one period over the JSON API: read, save a
// draft, submit, and the board's approve, return and reopen. The row
// version is sent as ETag and checked against If-Match.
#include <nlohmann/json.hpp>

#include <functional>

#include "service/reporting/form_json.hpp"
#include "service/reporting/submission_service.hpp"
#include "web/http/api_request.hpp"
#include "web/http/guards.hpp"
#include "web/http/json_response.hpp"
#include "web/http/request_auth.hpp"
#include "web/reporting/reporting_handlers.hpp"

namespace jamt::web {

namespace {

using nlohmann::ordered_json;

// The submission named by the path (form, organisation, period) and the
// If-Match header, or nullopt after answering 404 or 400.
std::optional<service::SubmissionKey> key_of(const Request& req, Response& res) {
  auto form = path_id(req, res, 1);
  if (!form) return std::nullopt;
  auto org = path_id(req, res, 2);
  if (!org) return std::nullopt;
  service::SubmissionKey key{.form_id = *form, .organisation_id = *org, .period = req.matches.at(3), .if_match = {}};
  std::string tag = req.get_header_value("If-Match");
  if (tag.empty() || tag == "*") return key;
  if (tag.rfind("W/", 0) == 0) tag = tag.substr(2);
  if (tag.size() >= 2 && tag.front() == '"' && tag.back() == '"') tag = tag.substr(1, tag.size() - 2);
  if (tag.empty() || tag.size() > 9 || tag.find_first_not_of("0123456789") != std::string::npos) {
    send_json_error(res, 400, "validation", "If-Match ska vara rapportens version som den kom i ETag, t.ex. \"3\"",
                    "If-Match");
    return std::nullopt;
  }
  key.if_match = std::stoi(tag);
  return key;
}

ordered_json text_or_null(const std::string& s) { return s.empty() ? ordered_json(nullptr) : ordered_json(s); }

void send_view(Response& res, const service::SubmissionView& v) {
  const auto& s = v.submission;
  ordered_json history = ordered_json::array();
  for (const auto& e : v.history)
    history.push_back({{"at", e.at}, {"by", e.actor}, {"action", e.action}, {"comment", text_or_null(e.comment)}});
  ordered_json problems = ordered_json::array();
  for (const auto& p : v.problems)
    problems.push_back({{"field", p.field}, {"message", p.message},
                        {"importance", std::string(reporting::to_string(p.importance))},
                        {"rule_id", text_or_null(p.rule_id)}});
  res.set_header("ETag", "\"" + std::to_string(s.row_version) + "\"");
  send_json(res, {{"id", s.id},
                  {"form_id", s.form_id},
                  {"organisation_id", s.organisation_id},
                  {"period", s.period},
                  {"version", v.version},
                  {"status", s.status},
                  {"row_version", s.row_version},
                  {"comment", s.comment},
                  {"values", service::values_json(v.definition, v.values)},
                  {"late", v.late},
                  {"due_date", v.due_date},
                  {"editable", v.locked_reason.empty()},
                  {"locked_reason", text_or_null(v.locked_reason)},
                  {"submitted_at", text_or_null(s.submitted_at)},
                  {"submitted_by", text_or_null(s.submitted_by)},
                  {"approved_at", text_or_null(s.approved_at)},
                  {"approved_by", text_or_null(s.approved_by)},
                  {"history", history},
                  {"problems", problems}});
}

void send_result(const Request& req, Response& res, const Result<service::SubmissionView>& r) {
  if (!r) return send_service_error(req, res, r.error());
  send_view(res, *r);
}

// The optional string member `name` of `body`: nullopt when absent or null,
// or after answering 400 when it is not a string (then `failed` is set).
std::optional<std::string> member_text(const Request& req, Response& res, const nlohmann::json& body,
                                       const std::string& name, bool& failed) {
  if (!body.is_object() || !body.contains(name) || body[name].is_null()) return std::nullopt;
  if (!body[name].is_string()) {
    send_service_error(req, res, validation_error("Ska vara text.", {}, name));
    failed = true;
    return std::nullopt;
  }
  return body[name].get<std::string>();
}

using Step = std::function<Result<service::SubmissionView>(const service::SubmissionKey&, const nlohmann::json&,
                                                          const std::optional<User>&)>;

Handler step_handler(store::Database& db, Step step) {
  return [&db, step](const Request& req, Response& res) {
    auto key = key_of(req, res);
    if (!key) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto body = json_body(req, res);
    if (!body) return;
    send_result(req, res, step(*key, *body, auth->user));
  };
}

// The string `name` of a JSON object body, or "" when absent or not a string.
std::string string_field(const nlohmann::json& body, const char* name) {
  return body.is_object() && body.contains(name) && body[name].is_string() ? body[name].get<std::string>() : "";
}

}  // namespace

Handler api_submission_get(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto key = key_of(req, res);
    if (!key) return;
    send_result(req, res, service::get_submission(db, *key, authenticate(req, db).user));
  };
}

Handler api_submission_save(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto key = key_of(req, res);
    if (!key) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto body = json_body(req, res);
    if (!body) return;
    bool failed = false;
    auto comment = member_text(req, res, *body, "comment", failed);
    if (failed) return;
    const nlohmann::json values = body->is_object() && body->contains("values") ? (*body)["values"] : nlohmann::json();
    send_result(req, res, service::save_submission(db, *key, values, comment.value_or(""), auth->user));
  };
}

Handler api_submission_submit(store::Database& db) {
  return step_handler(db, [&db](const service::SubmissionKey& key, const nlohmann::json& body,
                                const std::optional<User>& user) {
    std::optional<std::string> comment;
    if (body.is_object() && body.contains("comment") && body["comment"].is_string())
      comment = body["comment"].get<std::string>();
    return service::submit_submission(db, key, comment, user);
  });
}

Handler api_submission_approve(store::Database& db) {
  return step_handler(db, [&db](const service::SubmissionKey& key, const nlohmann::json&,
                                const std::optional<User>& user) { return service::approve_submission(db, key, user); });
}

Handler api_submission_return(store::Database& db) {
  return step_handler(db, [&db](const service::SubmissionKey& key, const nlohmann::json& body,
                                const std::optional<User>& user) {
    return service::return_submission(db, key, string_field(body, "comment"), user);
  });
}

Handler api_submission_reopen(store::Database& db) {
  return step_handler(db, [&db](const service::SubmissionKey& key, const nlohmann::json& body,
                                const std::optional<User>& user) {
    return service::reopen_submission(db, key, string_field(body, "reason"), user);
  });
}

}  // namespace jamt::web
