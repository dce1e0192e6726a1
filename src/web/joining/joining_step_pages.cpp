// The steps on a joining's page — approve, reject, withdraw, record a
// follow-up, upload the action plan — and the overdue follow-ups page.
// A step that fails shows its form again with the message beside the field
// and what was typed.

#include <algorithm>

#include "web/http/messages.hpp"

#include "domain/i18n/translate.hpp"
#include <functional>
#include <nlohmann/json.hpp>

#include "domain/regions.hpp"
#include "service/authorization.hpp"
#include "web/http/http_types.hpp"
#include "web/http/guards.hpp"
#include "domain/organisation_plan/follow_up_dialogue.hpp"
#include "domain/registers/joining.hpp"
#include "service/joining/joining_application.hpp"
#include "service/joining/joining_decisions.hpp"
#include "service/joining/joining_register.hpp"
#include "service/joining/joining_reports.hpp"
#include "web/http/file_download.hpp"
#include "web/joining/joining_handlers.hpp"
#include "web/http/page_context.hpp"
#include "web/registers/register_pages.hpp"
#include "web/http/render.hpp"
#include "web/http/request_params.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;
using registers::FieldKind;
using registers::Record;
using registers::value_of;

struct Step {
  std::string path;     // "godkann"
  std::string heading;  // "Godkänn ansökan"
  std::string button;
  registers::EntitySpec fields;  // the form's fields (none for an upload)
  bool with_file = false;
  // Runs the step with the form's values (and the uploaded file).
  std::function<Result<Record>(store::Database&, std::int64_t, const Record&, const std::optional<service::UploadedFile>&,
                               const RequestAuth&)>
      run;
};

registers::EntitySpec inputs(std::vector<registers::FieldSpec> fields) {
  registers::EntitySpec s;
  s.entity = "joining_step";
  s.fields = std::move(fields);
  return s;
}

// The follow-up's fields: date, note, and per commitment of the joining
// a status and notes from the dialogue (issue 12, item 5).
registers::EntitySpec follow_up_inputs() {
  std::vector<registers::FieldSpec> fields{
      {.name = "held_on", .label_sv = std::string(i18n::N_("Datum för uppföljningen")), .kind = FieldKind::date, .required = true},
      {.name = "note", .label_sv = std::string(i18n::N_("Anteckning")), .kind = FieldKind::long_text, .max_length = 4000}};
  std::vector<registers::Choice> statuses;
  for (auto a : commitment_assessments())
    statuses.push_back({.code = std::string(to_string(a)), .label_sv = std::string(swedish_name(a))});
  for (const auto& c : registers::joining_commitments()) {
    fields.push_back({.name = "status_" + c.field, .label_sv = c.title_sv + ": " + std::string(i18n::N_("status")), .kind = FieldKind::choice,
                      .required = true, .choices = statuses});
    fields.push_back({.name = "note_" + c.field, .label_sv = c.title_sv + ": " + std::string(i18n::N_("anteckningar från dialogen")),
                      .kind = FieldKind::long_text, .max_length = 2000});
  }
  return inputs(std::move(fields));
}

std::vector<Step> steps() {
  using service::UploadedFile;
  const registers::FieldSpec reason{.name = "reason", .label_sv = std::string(i18n::N_("Skäl")), .kind = FieldKind::long_text, .required = true,
                                    .max_length = 2000};
  auto reason_as = [&](const std::string& label) {
    auto f = reason;
    f.label_sv = label;
    return f;
  };
  return {
      {"godkann", std::string(i18n::N_("Godkänn ansökan")), std::string(i18n::N_("Godkänn ansökan")),
       inputs({{.name = "joined_on", .label_sv = std::string(i18n::N_("Ansluten från")), .kind = FieldKind::date}}), false,
       [](store::Database& db, std::int64_t id, const Record& v, const std::optional<UploadedFile>&,
          const RequestAuth& auth) { return service::approve_joining(db, id, value_of(v, "joined_on"), auth.user); }},
      {"avsla", std::string(i18n::N_("Avslå ansökan")), std::string(i18n::N_("Avslå ansökan")),
       inputs({reason_as(std::string(i18n::N_("Skäl för avslag")))}), false,
       [](store::Database& db, std::int64_t id, const Record& v, const std::optional<UploadedFile>&,
          const RequestAuth& auth) { return service::reject_joining(db, id, value_of(v, "reason"), auth.user); }},
      {"uttrade", std::string(i18n::N_("Registrera utträde")), std::string(i18n::N_("Registrera utträde")),
       inputs({{.name = "withdrawn_on", .label_sv = std::string(i18n::N_("Datum för utträdet")), .kind = FieldKind::date},
               reason_as(std::string(i18n::N_("Skäl för utträdet")))}),
       false,
       [](store::Database& db, std::int64_t id, const Record& v, const std::optional<UploadedFile>&,
          const RequestAuth& auth) {
         return service::withdraw_joining(db, id, value_of(v, "withdrawn_on"), value_of(v, "reason"), auth.user);
       }},
      {"uppfoljning", std::string(i18n::N_("Registrera uppföljning")), std::string(i18n::N_("Registrera uppföljning")),
       follow_up_inputs(), false,
       [](store::Database& db, std::int64_t id, const Record& v, const std::optional<UploadedFile>&,
          const RequestAuth& auth) {
         // Issue 12, item 5: the dialogue per commitment of the joining.
         std::vector<service::CommitmentInput> commitments;
         for (const auto& c : registers::joining_commitments())
           if (v.count("status_" + c.field))
             commitments.push_back({.commitment = c.field, .status = value_of(v, "status_" + c.field),
                                    .note = value_of(v, "note_" + c.field)});
         return service::record_follow_up(db, id, value_of(v, "held_on"), value_of(v, "note"), commitments, auth.user);
       }},
      {"handlingsplan", std::string(i18n::N_("Ladda upp handlingsplan")), std::string(i18n::N_("Ladda upp")), inputs({}), true,
       [](store::Database& db, std::int64_t id, const Record&, const std::optional<UploadedFile>& file,
          const RequestAuth& auth) -> Result<Record> {
         if (!file)
           return validation_error(i18n::tr("Handlingsplan (fil): välj en fil att ladda upp"), {}, "action_plan_file");
         return service::replace_action_plan(db, id, *file, auth.user);
       }},
  };
}

// The value of form field `name`, from a plain or a multipart form.
std::string form_field(const Request& req, const std::string& name) {
  return req.has_file(name) ? req.get_file_value(name).content : req.get_param_value(name);
}

void show_step_form(Response& res, store::Database& db, const Step& step, std::int64_t id,
                    const RequestAuth& auth, const Record& values, const Error& error) {
  auto joining = service::get_record(db, service::joining_rules(), id, auth.user);
  const std::string base = "/anslutningar/" + std::to_string(id);
  json ctx = page_context(auth);
  ctx.update({{"organisation", joining ? value_of(*joining, "organisation_name") : ""},
              {"heading", i18n::tr(step.heading)},
              {"action", base + "/" + step.path},
              {"csrf_token", auth.csrf_token},
              {"fields", form_fields(db, step.fields, values, {error}, auth)},
              {"errors", json::array({{{"field", step.fields.field(error.field) || error.field == "action_plan_file"
                                                     ? error.field
                                                     : ""},
                                       {"message", error.message}}})},
              {"with_file", step.with_file},
              {"file_error", error.field == "action_plan_file" ? error.message : ""},
              {"button", i18n::tr(step.button)},
              {"cancel_url", base},
              {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                           {{"url", "/anslutningar"}, {"label", i18n::tr("Anslutningar")}},
                                           {{"url", base}, {"label", joining ? value_of(*joining, "organisation_name")
                                                                             : i18n::tr("Anslutning")}}})}});
  int status = error.code == ErrorKind::conflict ? 409 : 400;
  send_html(res, render_page("joining_step_form", i18n::tr(messages::validation_summary.sv) + i18n::tr(step.heading), ctx), status);
}

Handler step_handler(store::Database& db, Step step) {
  return [&db, step](const Request& req, Response& res) {
                auto signed_in = page_user(req, res, db, true);
                if (!signed_in) return;
                const auto& auth = *signed_in;
                auto id = path_id(req, res);
                if (!id) return;
                Record values;
                for (const auto& f : step.fields.fields)
                  if (req.has_param(f.name) || req.has_file(f.name) || f.kind != FieldKind::choice)
                    values[f.name] = form_field(req, f.name);
                std::optional<service::UploadedFile> file;
                if (step.with_file && req.has_file("action_plan_file")) {
                  const auto& part = req.get_file_value("action_plan_file");
                  if (!part.content.empty() || !part.filename.empty()) file = service::UploadedFile{part.filename, part.content};
                }
                auto done = step.run(db, *id, values, file, auth);
                if (done) {
                  res.status = 303;
                  res.set_header("Location", "/anslutningar/" + std::to_string(*id) + "?sparad=1");
                  return;
                }
                const auto& e = done.error();
                if (e.code == ErrorKind::validation || e.code == ErrorKind::conflict) return show_step_form(res, db, step, *id, auth, values, e);
                send_service_error_page(req, res, e);
              };
}

std::string county_name(const std::string& code) {
  const Region* r = RegionCatalogue::instance().find(code);
  return r ? r->name : code;
}

}  // namespace

Handler joining_step_submit(store::Database& db, const std::string& path) {
  for (auto& step : steps())
    if (step.path == path) return step_handler(db, std::move(step));
  throw std::invalid_argument("no joining step \"" + path + "\"");
}

Handler joining_action_plan_download(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    auto id = path_id(req, res);
    if (!id) return;
    auto file = service::action_plan_of(db, *id, auth.user);
    if (!file) return send_service_error_page(req, res, file.error());
    send_file_download(res, file->file_name, file->content_type, file->content);
  };
}

Handler joining_overdue_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    auto overdue = service::overdue_follow_ups(db, req.get_param_value("county"), auth.user);
    if (!overdue) return send_service_error_page(req, res, overdue.error());
    json rows = json::array();
    for (const auto& o : *overdue)
      rows.push_back({{"url", "/anslutningar/" + std::to_string(o.joining_id)},
                      {"organisation", o.organisation_name},
                      {"county", county_name(o.county_code)},
                      {"joined_on", o.joined_on},
                      {"last_follow_up", o.last_follow_up.empty() ? "–" : o.last_follow_up},
                      {"due", o.due},
                      {"days_overdue", std::to_string(o.days_overdue)}});
    // This year's three-year follow-up round (docs/follow-up-round.md): of
    // the county asked for or the strategist's, else of each county listed.
    std::vector<std::string> counties;
    std::string county = req.get_param_value("county");
    if (county.empty() && service::readable_county(auth.user) != "*") county = service::readable_county(auth.user);
    if (!county.empty()) counties.push_back(county);
    for (const auto& o : *overdue)
      if (county.empty() && std::find(counties.begin(), counties.end(), o.county_code) == counties.end())
        counties.push_back(o.county_code);
    const std::string year = std::to_string(db.clock().current_year());
    json rounds = json::array();
    for (const auto& c : counties)
      rounds.push_back({{"url", "/uppfoljning/" + c + "/" + year},
                        {"label", i18n::trf("Treårsuppföljning {1}, {2}", {year, county_name(c)})}});
    json ctx = page_context(auth);
    ctx.update({{"rows", rows},
                {"has_rows", !rows.empty()},
                {"rounds", rounds},
                {"today", db.clock().today_text()},
                {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                             {{"url", "/anslutningar"}, {"label", i18n::tr("Anslutningar")}}})}});
    send_html(res, render_page("joining_overdue", i18n::tr("Försenade uppföljningar"), ctx));
  };
}

}  // namespace jamt::web
