// The change-of-representative form for an organisation's contact, the
// strategist's confirm/reject forms on a change's page, and their API.

#include "domain/membership_period.hpp"

#include "web/http/messages.hpp"

#include "domain/i18n/translate.hpp"
#include "web/groups/group_handlers.hpp"
#include "web/http/http_types.hpp"
#include "service/groups/group_lookup.hpp"
#include "service/groups/group_register.hpp"
#include "service/organisations/organisation_register.hpp"
#include "service/organisations/person_register.hpp"
#include "service/registers/record_json.hpp"
#include "service/groups/representative_change_register.hpp"
#include "web/groups/group_support.hpp"
#include "web/http/guards.hpp"
#include "web/http/api_request.hpp"
#include "web/http/json_response.hpp"
#include "web/http/page_context.hpp"
#include "web/registers/register_handlers.hpp"
#include "web/registers/register_pages.hpp"
#include "web/http/render.hpp"
#include "web/http/request_params.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;
using registers::Record;
using registers::value_of;

const char* const kFormFields[] = {"group_id",          "organisation_id",      "representative_id",
                                   "representative_name", "representative_email", "representative_phone",
                                   "substitute_id",     "substitute_name",      "substitute_email",
                                   "substitute_phone",  "effective_from",       "message"};

json options(const std::vector<Record>& records, const std::string& label_field, const std::string& selected,
             const std::function<std::string(const Record&)>& suffix = {}) {
  json out = json::array();
  for (const auto& r : records) {
    const auto& id = value_of(r, "id");
    out.push_back({{"code", id},
                   {"label", value_of(r, label_field) + (suffix ? suffix(r) : "")},
                   {"selected", id == selected}});
  }
  return out;
}

void show_change_form(Response& res, store::Database& db, const RequestAuth& auth, const Record& values,
                      const std::vector<Error>& errors, int status) {
  json ctx = page_context(auth);
  bool org_contact = service::is_org_contact(auth.user);
  auto groups = service::list_records(db, service::group_rules(), {}, auth.user);
  service::RecordQuery people_query;
  if (org_contact && auth.user->organisation_id)
    people_query.equals = {{"organisation_id", std::to_string(*auth.user->organisation_id)}};
  auto people = service::list_records(db, service::person_rules(), people_query, auth.user);
  std::vector<Record> people_list = people ? *people : std::vector<Record>{};
  auto org_suffix = [&](const Record& p) {
    return org_contact ? std::string() : " (" + record_name(db, "organisation", value_of(p, "organisation_id")) + ")";
  };
  json v = json::object(), err = json::object(), summary = json::array();
  for (const char* f : kFormFields) v[f] = value_of(values, f);
  for (const auto& e : errors) {
    std::string field = e.field;
    if (field == "substitute_id" && value_of(values, "substitute_id").empty()) field = "substitute_name";
    if (field == "representative_id" && value_of(values, "representative_id").empty()) field = "representative_name";
    if (!field.empty() && !err.contains(field)) err[field] = e.message;
    summary.push_back({{"field", field}, {"message", e.message}});
  }
  ctx.update({{"heading", i18n::tr("Anmäl byte av representant")},
              {"csrf_token", auth.csrf_token},
              {"org_contact", org_contact},
              {"own_organisation",
               org_contact && auth.user->organisation_id
                   ? record_name(db, "organisation", std::to_string(*auth.user->organisation_id))
                   : ""},
              {"groups", options(groups ? *groups : std::vector<Record>{}, "name", value_of(values, "group_id"))},
              {"rep_people", options(people_list, "name", value_of(values, "representative_id"), org_suffix)},
              {"sub_people", options(people_list, "name", value_of(values, "substitute_id"), org_suffix)},
              {"v", v},
              {"err", err},
              {"errors", summary},
              {"has_errors", !errors.empty()},
              {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}, {{"url", "/grupper"}, {"label", i18n::tr("Grupper")}}})}});
  if (!org_contact) {
    auto organisations = service::list_records(db, service::organisation_rules(), {}, auth.user);
    ctx["organisations"] =
        options(organisations ? *organisations : std::vector<Record>{}, "name", value_of(values, "organisation_id"));
  }
  send_html(res, render_page("representative_change_form", (errors.empty() ? "" : i18n::tr(messages::validation_summary.sv)) +
                                                               i18n::tr("Anmäl byte av representant"), ctx),
            status);
}

// The decision part of a pending change's page: the membership it would
// change, and the confirm and reject forms for those who decide.
json decision_context(store::Database& db, const Record& change, const RequestAuth& auth, const std::string& reason,
                      const std::string& reason_error) {
  const auto& id = value_of(change, "id");
  const auto& org = value_of(change, "organisation_id");
  bool pending = value_of(change, "status") == "vantar";
  bool may_decide = pending && service::allowed(db, service::representative_change_rules(), service::Action::decide,
                                                change, auth.user);
  json now = json::object();
  service::RecordQuery q;
  q.equals = {{"group_id", value_of(change, "group_id")}, {"organisation_id", org}};
  if (auto periods = service::list_records(db, service::group_member_rules(), q, auth.user))
    for (const auto& p : *periods)
      if (groups::covers({value_of(p, "member_from"), value_of(p, "member_to")}, value_of(change, "effective_from")))
        now = {{"rep", person_link(db, value_of(p, "representative_id"), org, auth)},
               {"sub", person_link(db, value_of(p, "substitute_id"), org, auth)},
               {"from", value_of(p, "member_from")}};
  return {{"pending", pending},
          {"may_decide", may_decide},
          {"now", now},
          {"has_now", !now.empty()},
          {"group_url", "/grupper/" + value_of(change, "group_id")},
          {"confirm_url", "/grupper/byten/" + id + "/bekrafta"},
          {"reject_url", "/grupper/byten/" + id + "/avsla"},
          {"csrf_token", auth.csrf_token},
          {"reason", reason},
          {"reason_error", reason_error}};
}

std::string change_detail(store::Database& db, const Record& change, const RequestAuth& auth) {
  return render_template("representative_change_decision", decision_context(db, change, auth, "", ""));
}

Record form_input(const Request& req) {
  Record input;
  for (const char* f : kFormFields) input[f] = req.get_param_value(f);
  return input;
}

void get_form(const Request& req, Response& res, store::Database& db) {
  auto auth = page_user(req, res, db, false);
  if (!auth) return;
  Record values;
  values["group_id"] = req.get_param_value("group_id");
  values["effective_from"] = db.clock().today_text();
  show_change_form(res, db, *auth, values, {}, 200);
}

void post_form(const Request& req, Response& res, store::Database& db) {
  auto auth = page_user(req, res, db, true);
  if (!auth) return;
  Record input = form_input(req);
  if (service::is_org_contact(auth->user)) input.erase("organisation_id");  // always their own
  std::vector<Error> problems;
  auto saved = service::file_representative_change(db, input, auth->user, &problems);
  if (!saved) {
    if (problems.empty() && saved.error().code == ErrorKind::validation) problems.push_back(saved.error());
    if (problems.empty()) return send_service_error_page(req, res, saved.error());
    return show_change_form(res, db, *auth, form_input(req), problems, 400);
  }
  res.status = 303;
  res.set_header("Location", "/grupper/byten/" + value_of(*saved, "id") + "?sparad=1");
}

void post_decision(const Request& req, Response& res, store::Database& db, bool confirm) {
  auto auth = page_user(req, res, db, true);
  if (!auth) return;
  auto id = path_id(req, res);
  if (!id) return;
  std::string reason = req.get_param_value("decision_reason");
  auto done = confirm ? service::confirm_representative_change(db, *id, auth->user)
                      : service::reject_representative_change(db, *id, reason, auth->user);
  if (!done) {
    if (confirm || done.error().code != ErrorKind::validation) return send_service_error_page(req, res, done.error());
    auto change = service::get_record(db, service::representative_change_rules(), *id, auth->user);
    if (!change) return send_service_error_page(req, res, change.error());
    json ctx = page_context(*auth);
    ctx.update(decision_context(db, *change, *auth, reason, done.error().message));
    ctx["standalone"] = true;
    ctx["heading"] = i18n::tr("Avslå byte av representant");
    ctx["breadcrumbs"] = json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}, {{"url", "/grupper/byten"}, {"label", i18n::tr("Byten av representant")}}});
    return send_html(res, render_page("representative_change_decision", i18n::tr("Fel i formuläret – avslå byte"), ctx), 400);
  }
  res.status = 303;
  res.set_header("Location", confirm ? "/grupper/" + value_of(*done, "group_id") + "?sparad=1#medlemmar"
                                     : "/grupper/byten/" + std::to_string(*id) + "?sparad=1");
}

void post_api(const Request& req, Response& res, store::Database& db) {
  auto auth = changing_user(req, res, db);
  if (!auth) return;
  auto body = parse_body(req.body);
  if (body.is_discarded()) return send_json_error(res, 400, "validation", "the request body is not valid JSON");
  auto input = service::record_from_json(body);
  if (!input) return send_service_error(req, res, input.error());
  auto saved = service::file_representative_change(db, *input, auth->user);
  if (!saved) return send_service_error(req, res, saved.error());
  const auto& spec = *service::representative_change_rules().spec;
  res.set_header("Location", "/api/v1/representative-changes/" + value_of(*saved, "id"));
  send_json(res, service::record_json(spec, *saved), 201);
}

void post_decision_api(const Request& req, Response& res, store::Database& db, bool confirm) {
  auto id = path_id(req, res);
  if (!id) return;
  auto auth = changing_user(req, res, db);
  if (!auth) return;
  std::string reason;
  if (!confirm) {
    auto body = parse_body(req.body);
    if (body.is_discarded() || !body.is_object())
      return send_json_error(res, 400, "validation", "the body must be {\"reason\": \"…\"}", "reason");
    if (body.contains("reason") && !body["reason"].is_string())
      return send_json_error(res, 400, "validation", "reason must be a string", "reason");
    reason = body.value("reason", "");
  }
  auto done = confirm ? service::confirm_representative_change(db, *id, auth->user)
                      : service::reject_representative_change(db, *id, reason, auth->user);
  if (!done) {
    Error e = done.error();
    if (e.field == "decision_reason") e.field = "reason";
    return send_service_error(req, res, e);
  }
  send_json(res, service::record_json(*service::representative_change_rules().spec, *done));
}

}  // namespace

Handler representative_change_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {get_form(req, res, db); };
}

Handler representative_change_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {post_form(req, res, db); };
}

Handler representative_change_confirm_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {post_decision(req, res, db, true); };
}

Handler representative_change_reject_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {post_decision(req, res, db, false); };
}

Handler api_representative_change_create(store::Database& db) {
  return [&db](const Request& req, Response& res) {post_api(req, res, db); };
}

Handler api_representative_change_confirm(store::Database& db) {
  return [&db](const Request& req, Response& res) {post_decision_api(req, res, db, true); };
}

Handler api_representative_change_reject(store::Database& db) {
  return [&db](const Request& req, Response& res) {post_decision_api(req, res, db, false); };
}

RecordPageHooks representative_change_page_hooks() { return {.detail_extra = change_detail, .list_extra = {}, .detail_fields = {}}; }

}  // namespace jamt::web
