// Reporting forms and their completeness over the JSON API.
#include <nlohmann/json.hpp>

#include "service/reporting/completeness.hpp"
#include "service/authorization.hpp"
#include "service/reporting/form_service.hpp"
#include "web/http/api_request.hpp"
#include "web/http/guards.hpp"
#include "web/http/json_response.hpp"
#include "web/http/request_auth.hpp"
#include "web/reporting/reporting_handlers.hpp"

namespace jamt::web {

namespace {

using nlohmann::ordered_json;

// The form input of the request body, or nullopt after answering 400.
std::optional<service::FormInput> form_input(const Request& req, Response& res) {
  auto body = json_body(req, res);
  if (!body) return std::nullopt;
  auto input = service::form_input_from_json(*body);
  if (!input) {
    send_service_error(req, res, input.error());
    return std::nullopt;
  }
  return *input;
}

ordered_json organisations_json(const std::vector<service::ReportingOrganisation>& orgs) {
  ordered_json out = ordered_json::array();
  for (const auto& o : orgs) out.push_back({{"organisation_id", o.id}, {"name", o.name}});
  return out;
}

double rate(int part, int whole) { return whole == 0 ? 0.0 : static_cast<double>(part * 1000 / whole) / 10.0; }

}  // namespace

Handler api_form_list(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto forms = service::list_reporting_forms(db, authenticate(req, db).user);
    if (!forms) return send_service_error(req, res, forms.error());
    ordered_json out = ordered_json::array();
    for (const auto& f : *forms)
      out.push_back({{"id", f.id}, {"code", f.code}, {"title", f.title}, {"periodicity", f.periodicity},
                     {"version", f.version}});
    send_json(res, out);
  };
}

Handler api_form_create(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    // Who may define forms is decided before what they sent is judged.
    if (auto county = service::form_county_for(auth->user, ""); !county)
      return send_service_error(req, res, county.error());
    auto input = form_input(req, res);
    if (!input) return;
    auto created = service::create_reporting_form(db, *input, auth->user);
    if (!created) return send_service_error(req, res, created.error());
    send_json(res, service::form_json(created->form, created->assignments), 201);
  };
}

Handler api_form_get(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto form = service::get_reporting_form(db, *id, authenticate(req, db).user);
    if (!form) return send_service_error(req, res, form.error());
    send_json(res, service::form_json(form->form, form->assignments));
  };
}

Handler api_form_update(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto existing = service::get_reporting_form(db, *id, auth->user);
    if (!existing) return send_service_error(req, res, existing.error());
    if (auto ok = service::authorize_form_change(auth->user, existing->form.county_code); !ok)
      return send_service_error(req, res, ok.error());
    auto input = form_input(req, res);
    if (!input) return;
    auto changed = service::update_reporting_form(db, *id, *input, auth->user);
    if (!changed) return send_service_error(req, res, changed.error());
    auto body = service::form_json(changed->view.form, changed->view.assignments);
    body["new_version"] = changed->new_version;
    send_json(res, body);
  };
}

Handler api_form_completeness(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto c = service::form_completeness(db, *id, req.get_param_value("period"), req.get_param_value("county"),
                                        authenticate(req, db).user);
    if (!c) return send_service_error(req, res, c.error());
    send_json(res, {{"period", c->period},
                    {"county", c->county_code.empty() ? ordered_json(nullptr) : ordered_json(c->county_code)},
                    {"due_date", c->due_date},
                    {"expected", c->expected},
                    {"submitted", c->submitted},
                    {"on_time", c->on_time},
                    {"late", c->late},
                    {"approved", c->approved},
                    {"returned", c->returned},
                    {"rates", {{"submitted", rate(c->submitted, c->expected)},
                               {"on_time", rate(c->on_time, c->expected)},
                               {"approved", rate(c->approved, c->expected)}}},
                    {"missing", organisations_json(c->missing)}});
  };
}

}  // namespace jamt::web
