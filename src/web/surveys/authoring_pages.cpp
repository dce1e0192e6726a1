// The survey list, the form for a new survey, the overview and its status
// buttons (docs/surveys.md, "Pages").
#include <nlohmann/json.hpp>

#include "domain/i18n/translate.hpp"
#include "domain/surveys/templates.hpp"
#include "service/authorization.hpp"
#include "service/surveys/survey_service.hpp"
#include "service/surveys/survey_templates.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/surveys/authoring_page_handlers.hpp"
#include "web/surveys/authoring_page_support.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;

std::string status_word(const std::string& status) {
  if (status == "open") return i18n::tr("Öppen");
  if (status == "closed") return i18n::tr("Stängd");
  return i18n::tr("Utkast");
}

// The fields of the new-survey form (besides the template and the boxes).
const std::vector<std::string>& new_fields() {
  static const std::vector<std::string> names{"title", "round", "anonymous", "previous_round_id", "max_reminders",
                                              "reminder_interval_days"};
  return names;
}

void show_new_form(Response& res, store::Database& db, const RequestAuth& auth, const std::map<std::string, std::string>& values,
                   const std::vector<Error>& errors, int status) {
  auto value = [&](const std::string& name, const std::string& otherwise = "") {
    auto it = values.find(name);
    return it == values.end() ? otherwise : it->second;
  };
  auto error_for = [&](const std::string& field) {
    std::string out;
    for (const auto& e : errors)
      if (e.field == field) out += (out.empty() ? "" : " ") + e.message;
    return out;
  };
  json templates = json::array();
  const std::string chosen = value("template", "nyckelpersoner");
  for (const auto& t : surveys::survey_templates())
    templates.push_back({{"code", t.code}, {"title", t.title}, {"source", t.source}, {"count", t.questions.size()}, {"count_word", t.questions.size() == 1 ? i18n::tr("fråga") : i18n::tr("frågor")},
                         {"checked", chosen == t.code}});
  templates.push_back({{"code", "tom"}, {"title", i18n::tr("Tom enkät")}, {"source", i18n::tr("Börjar med en fritextfråga (Q1) som du ändrar; övriga frågor lägger du till på enkätens sida.")},
                       {"count", 1}, {"count_word", i18n::tr("fråga")}, {"checked", chosen == "tom"}});
  auto field = [&](const std::string& name, const std::string& label, const std::string& hint, bool required,
                   const std::string& type) {
    std::string error = error_for(name);
    std::string described = hint.empty() ? "" : name + "-hint";
    if (!error.empty()) described += (described.empty() ? "" : " ") + name + "-error";
    return json{{"name", name}, {"label", label}, {"hint", hint}, {"required", required}, {"error", error},
                {"value", value(name)}, {"describedby", described}, {"is_input", type != "select"},
                {"is_select", type == "select"}, {"input_type", type == "number" ? "text" : "text"},
                {"empty_label", ""}};
  };
  json anonymous = field("anonymous", i18n::tr("Anonym"), i18n::tr("Anonyma svar kan inte kopplas till den som svarat. Kan inte ändras senare."), false, "select");
  anonymous["empty_label"] = i18n::tr("Mallens val (en tom enkät: nej)");
  anonymous["options"] = json::array({{{"code", "ja"}, {"label", i18n::tr("Ja")}, {"selected", value("anonymous") == "ja"}},
                                      {{"code", "nej"}, {"label", i18n::tr("Nej")}, {"selected", value("anonymous") == "nej"}}});
  json previous = field("previous_round_id", i18n::tr("Föregående omgång"), i18n::tr("Resultaten jämförs med den."), false, "select");
  previous["empty_label"] = "– ingen –";
  previous["options"] = json::array();
  if (auto list = service::list_surveys(db, auth.user))
    for (const auto& s : *list)
      previous["options"].push_back({{"code", std::to_string(s.id)},
                                     {"label", s.title + (s.round.empty() ? "" : " " + s.round)},
                                     {"selected", value("previous_round_id") == std::to_string(s.id)}});
  json fields = json::array({field("title", i18n::tr("Titel"), i18n::tr("Lämna tom för mallens titel."), false, "text"),
                             field("round", i18n::tr("Omgång"), i18n::tr("Till exempel 2025."), false, "text"), anonymous, previous,
                             field("max_reminders", i18n::tr("Påminnelser högst"), i18n::tr("Antal påminnelser till den som inte svarat."), false, "number"),
                             field("reminder_interval_days", i18n::tr("Dagar mellan påminnelser"), "", false, "number")});
  if (values.find("max_reminders") == values.end()) fields[4]["value"] = "2";
  if (values.find("reminder_interval_days") == values.end()) fields[5]["value"] = "7";
  json summary = json::array();
  for (const auto& e : errors) {
    std::string anchor = e.field.empty() ? "fel" : e.field == "template" ? "field-template" : "field-" + e.field;
    summary.push_back({{"anchor", anchor}, {"message", e.message}});
  }
  json ctx = page_context(auth);
  ctx.update({{"csrf_token", auth.csrf_token},
              {"templates", templates},
              {"template_error", error_for("template")},
              {"fields", fields},
              {"may_national", service::is_coordinator(auth.user) || service::is_admin(auth.user)},
              {"national", value("national") == "1" || (service::is_coordinator(auth.user) && !values.count("national_shown"))},
              {"errors", summary},
              {"has_errors", !errors.empty()},
              {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}, {{"url", "/enkater"}, {"label", i18n::tr("Enkäter")}}})}});
  send_html(res, render_page("survey_new", errors.empty() ? i18n::tr("Ny enkät") : i18n::trf("Fel i formuläret – {1}", {i18n::tr("Ny enkät")}), ctx),
            status);
}

// The request of the new-survey form as the API's JSON.
json new_survey_body(const std::map<std::string, std::string>& values) {
  auto value = [&](const std::string& name) {
    auto it = values.find(name);
    return it == values.end() ? std::string() : it->second;
  };
  json body = json::object();
  if (value("template") != "tom") body["template"] = value("template");
  else  // validate_survey wants a question: a blank survey starts with one the author changes or replaces
    body["questions"] = json::array({{{"code", "Q1"}, {"kind", "text"}, {"text", "Övriga synpunkter"}}});
  if (!value("title").empty()) body["title"] = value("title");
  body["round"] = value("round");
  if (value("anonymous") == "ja") body["anonymous"] = true;
  if (value("anonymous") == "nej") body["anonymous"] = false;
  if (value("national") == "1") body["national"] = true;
  auto whole = [&](const std::string& name) -> json {
    const std::string text = value(name);
    if (text.empty() || text.size() > 6 || text.find_first_not_of("0123456789") != std::string::npos) return text;
    return std::stoi(text);
  };
  if (!value("max_reminders").empty()) body["max_reminders"] = whole("max_reminders");
  if (!value("reminder_interval_days").empty()) body["reminder_interval_days"] = whole("reminder_interval_days");
  if (!value("previous_round_id").empty()) body["previous_round_id"] = whole("previous_round_id");
  return body;
}

}  // namespace

Handler survey_list_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    auto list = service::list_surveys(db, auth->user);
    if (!list) return send_service_error_page(req, res, list.error());
    json surveys = json::array();
    for (const auto& s : *list)
      surveys.push_back({{"url", "/enkater/" + std::to_string(s.id)}, {"title", s.title}, {"round", s.round},
                         {"status", status_word(s.status)}, {"national", s.national}, {"invited", s.invited},
                         {"completed", s.completed}});
    json ctx = page_context(*auth);
    ctx.update({{"surveys", surveys},
                {"has_surveys", !surveys.empty()},
                {"coordinator", service::is_coordinator(auth->user)},
                {"may_create", service::works_for_board(auth->user) || service::is_coordinator(auth->user) ||
                                   service::is_admin(auth->user)},
                {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}})}});
    send_html(res, render_page("survey_list", i18n::tr("Enkäter"), ctx));
  };
}

Handler survey_new_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    if (!service::works_for_board(auth->user) && !service::is_coordinator(auth->user) && !service::is_admin(auth->user))
      return send_error_page(res, 403, i18n::tr("Du har inte behörighet att skapa enkäter."));
    show_new_form(res, db, *auth, {}, {}, 200);
  };
}

Handler survey_new_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    std::map<std::string, std::string> values;
    for (const auto& name : new_fields()) values[name] = req.get_param_value(name);
    values["template"] = req.has_param("template") ? req.get_param_value("template") : "";
    values["national_shown"] = "1";
    if (req.has_param("national")) values["national"] = req.get_param_value("national");
    if (values["template"].empty())
      return show_new_form(res, db, *auth, values, {validation_error(i18n::tr("Välj en mall eller en tom enkät."), {}, "template")},
                           400);
    json body = new_survey_body(values);
    auto input = body.contains("template") ? service::survey_input_from_template(body)
                                           : service::survey_input_from_json(body);
    if (input && !body.contains("template") && input->survey.title.empty()) {
      return show_new_form(res, db, *auth, values, {validation_error(i18n::tr("Ange en titel på en tom enkät."), {}, "title")},
                           400);
    }
    Result<surveys::Survey> created = input ? service::create_survey(db, *input, auth->user)
                                            : Result<surveys::Survey>(input.error());
    if (!created) {
      if (!keeps_form(created.error())) return send_service_error_page(req, res, created.error());
      return show_new_form(res, db, *auth, values, {created.error()}, 400);
    }
    redirect_to(res, "/enkater/" + std::to_string(created->id) + "?skapad=1");
  };
}

Handler survey_overview_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto survey = service::get_survey(db, *id, auth->user);
    if (!survey) return send_service_error_page(req, res, survey.error());
    OverviewState state;
    if (req.has_param("skapad")) state.notice = i18n::tr("Enkäten är skapad som utkast. Ändra frågorna och öppna den sedan.");
    if (req.has_param("oppnad")) state.notice = i18n::tr("Enkäten är öppen och tar emot svar.");
    if (req.has_param("stangd")) state.notice = i18n::tr("Enkäten är stängd.");
    if (req.has_param("ny_omgang"))
      state.notice = i18n::tr("Den nya omgången är ett utkast med samma frågor. Ändra det som behövs och öppna den.");
    if (req.has_param("paminda"))
      state.notice = req.get_param_value("paminda") == "0"
                         ? i18n::tr("Ingen påminnelse skickades: ingen som inte svarat är påmind för sällan eller för få gånger.")
                         : req.get_param_value("paminda") == "1" ? i18n::tr("1 påminnelse skickad.")
                                                                  : i18n::trf("{1} påminnelser skickade.", {req.get_param_value("paminda")});
    if (req.has_param("oppen_lank")) state.notice = i18n::tr("Den öppna länken är av.");
    if (req.has_param("inbjudna"))
      state.notice = req.get_param_value("inbjudna") == "1" ? i18n::tr("1 inbjudan skickad.")
                                                           : i18n::trf("{1} inbjudningar skickade.", {req.get_param_value("inbjudna")});
    if (req.has_param("fraga")) {
      const std::string code = req.get_param_value("fraga"), what = req.get_param_value("andring");
      const std::string word = what == "new_version" ? i18n::tr("ändrad – ny version, svaren på den gamla finns kvar")
                               : what == "hidden"    ? i18n::tr("dold – den har svar, som finns kvar")
                               : what == "removed"   ? i18n::tr("borttagen")
                               : what == "added"     ? i18n::tr("tillagd")
                                                     : i18n::tr("ändrad");
      state.notice = i18n::trf("Fråga {1}: {2}.", {code, word});
    }
    show_overview(res, db, *auth, *survey, state, 200);
  };
}

Handler survey_status_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    const bool open = req.get_param_value("action") == "oppna";
    auto changed = service::set_survey_status(db, *id, open ? surveys::SurveyStatus::open : surveys::SurveyStatus::closed,
                                              auth->user);
    if (!changed) {
      if (!keeps_form(changed.error())) return send_service_error_page(req, res, changed.error());
      auto survey = service::get_survey(db, *id, auth->user);
      if (!survey) return send_service_error_page(req, res, survey.error());
      Error e = changed.error();
      e.field = "";
      return show_overview(res, db, *auth, *survey, {.errors = {e}, .values = {}, .notice = {}, .open_question = {}},
                           400);
    }
    redirect_to(res, "/enkater/" + std::to_string(*id) + (open ? "?oppnad=1" : "?stangd=1"));
  };
}

}  // namespace jamt::web
