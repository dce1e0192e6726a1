#include "web/surveys/authoring_page_support.hpp"

#include <nlohmann/json.hpp>

#include "domain/i18n/translate.hpp"
#include "domain/regions.hpp"
#include "service/authorization.hpp"
#include "service/surveys/invitation_sources.hpp"
#include "service/surveys/open_link.hpp"
#include "service/surveys/survey_service.hpp"
#include "service/surveys/survey_templates.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;
using surveys::QuestionKind;

std::string status_label(surveys::SurveyStatus status) {
  switch (status) {
    case surveys::SurveyStatus::draft: return i18n::tr("Utkast – inte öppnad");
    case surveys::SurveyStatus::open: return i18n::tr("Öppen – tar emot svar");
    case surveys::SurveyStatus::closed: return i18n::tr("Stängd");
  }
  return "";
}

// The id of the element an error's field stands beside.
std::string anchor_of(const std::string& field) {
  if (field.empty()) return "fel";
  if (field == "csv") return "field-csv";
  if (field == "source" || field == "group_id") return "field-source";
  if (field == "open_link") return "oppen-lank";
  std::string out = field;
  for (auto& c : out)
    if (c == '.') c = '-';
  return out;
}

// The label a next round is offered: a year-like round plus one ("2025" →
// "2026"), otherwise nothing.
std::string next_round_label(const std::string& round) {
  if (round.empty() || round.size() > 6 || round.find_first_not_of("0123456789") != std::string::npos) return "";
  return std::to_string(std::stoi(round) + 1);
}

std::string error_for(const OverviewState& state, const std::string& field) {
  std::string out;
  for (const auto& e : state.errors)
    if (e.field == field) out += (out.empty() ? "" : " ") + e.message;
  return out;
}

std::string kept(const OverviewState& state, const std::string& field, const std::string& otherwise) {
  auto it = state.values.find(field);
  return it == state.values.end() ? otherwise : it->second;
}

std::string join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

json question_context(const surveys::Question& q, const OverviewState& state,
                      const std::map<std::string, std::vector<std::string>>& targets, bool may_change) {
  std::vector<std::string> labels;
  if (q.kind != QuestionKind::number && q.kind != QuestionKind::text)
    for (const auto& o : q.scale()) labels.push_back(o.label);
  for (const auto& st : q.statements) labels.push_back(st.code + ": " + st.text);
  const std::string at = "q." + q.code + ".";
  auto found = targets.find(q.code);
  // The author's English of the options, one a line in the options' order.
  std::vector<std::string> labels_en;
  for (const auto& o : q.options) labels_en.push_back(o.label_en);
  while (!labels_en.empty() && labels_en.back().empty()) labels_en.pop_back();
  return {{"code", q.code},
          {"text", q.text},
          {"help", q.help},
          {"kind_label", kind_label(q.kind)},
          {"required", q.required},
          {"profile", q.profile},
          {"version", q.version},
          {"new_version", q.version > 1},
          {"hidden", q.hidden},
          {"options_text", join(labels, ", ")},
          {"follows_up", found == targets.end() ? "" : join(found->second, ", ")},
          {"editable", may_change && !q.hidden},
          {"open", state.open_question == q.code},
          {"form_text", kept(state, at + "text", q.text)},
          {"form_text_en", kept(state, at + "text_en", q.text_en)},
          {"has_written_options", !q.options.empty()},
          {"form_options_en", kept(state, at + "options_en", join(labels_en, "\n"))},
          {"options_en_error", error_for(state, at + "options_en")},
          {"form_help", kept(state, at + "help", q.help)},
          {"form_required", kept(state, at + "required", q.required ? "1" : "") == "1"},
          {"text_error", error_for(state, at + "text")}};
}

json add_fields(const OverviewState& state) {
  auto field = [&](const std::string& name, const std::string& label, const std::string& hint, bool required,
                   const std::string& type) {
    std::string error = error_for(state, "add." + name);
    std::string described = (hint.empty() ? "" : "add-" + name + "-hint");
    if (!error.empty()) described += (described.empty() ? "" : " ") + ("add-" + name + "-error");
    return json{{"name", name}, {"label", label}, {"hint", hint}, {"required", required},
                {"error", error}, {"value", kept(state, "add." + name, "")}, {"describedby", described},
                {"is_input", type == "input"}, {"is_textarea", type == "textarea"}, {"is_select", type == "select"}};
  };
  json kind = field("kind", i18n::tr("Typ av fråga"), "", true, "select");
  const std::string chosen = kept(state, "add.kind", "agreement4");
  kind["options"] = json::array();
  for (auto k : {QuestionKind::agreement4, QuestionKind::yes_partly_no, QuestionKind::single, QuestionKind::multiple,
                 QuestionKind::number, QuestionKind::text, QuestionKind::matrix}) {
    std::string code(surveys::to_string(k));
    kind["options"].push_back({{"code", code}, {"label", kind_label(k)}, {"selected", code == chosen}});
  }
  return json::array({field("code", i18n::tr("Kod"), i18n::tr("Bokstäver och siffror, unik i enkäten, till exempel Q8."), true, "input"),
                      kind, field("text", i18n::tr("Frågetext"), "", true, "textarea"),
                      field("text_en", i18n::tr("Frågetext på engelska"),
                            i18n::tr("Frivillig. Engelska sidor visar den svenska texten där den engelska saknas."), false,
                            "textarea"),
                      field("help", i18n::tr("Hjälptext"), "", false, "textarea"),
                      field("options", "Svarsalternativ",
                            i18n::tr("Ett per rad, för enval, flerval och matris (matris utan alternativ: stämmer helt … vet ej)."),
                            false, "textarea"),
                      field("options_en", i18n::tr("Svarsalternativ på engelska"),
                            i18n::tr("Frivilligt. Ett per rad, i samma ordning som de svenska; en tom rad hoppar över ett."),
                            false, "textarea"),
                      field("statements", i18n::tr("Påståenden i en matris"), i18n::tr("Ett per rad."), false, "textarea"),
                      field("section", i18n::tr("Avsnitt"), i18n::tr("Rubriken frågan står under; valfri."), false, "input")});
}

json invitation_context(store::Database& db, const RequestAuth& auth, const surveys::Survey& survey,
                        const OverviewState& state) {
  json ctx = json::object();
  ctx["csv_value"] = kept(state, "csv", "");
  ctx["csv_error"] = error_for(state, "csv");
  std::string register_error = error_for(state, "source");
  std::string group_error = error_for(state, "group_id");
  ctx["register_error"] = register_error + (register_error.empty() || group_error.empty() ? "" : " ") + group_error;
  auto [open_link, allow_repeat] = service::open_link_state(db, survey.id);
  ctx["open_link_on"] = open_link;
  ctx["allow_repeat"] = allow_repeat;
  ctx["open_link_url"] = state.open_link_url;
  ctx["open_link_error"] = error_for(state, "open_link");
  if (survey.status != surveys::SurveyStatus::open) return ctx;
  using service::RegisterSource;
  if (survey.national) {
    auto invited = service::survey_invited_counties(db, survey.id);
    json counties = json::array();
    for (const auto& c : RegionCatalogue::instance().at_level(RegionLevel::county))
      counties.push_back({{"code", c.code}, {"name", c.name}, {"invited", invited.count(c.code) > 0},
                          {"value", kept(state, "county." + c.code, "")}, {"error", error_for(state, "county." + c.code)}});
    ctx["counties"] = counties;
    auto strategists = service::register_invitees(db, survey.id, RegisterSource::county_strategists, {}, auth.user);
    std::size_t open_counties = 0;
    if (strategists)
      for (const auto& s : *strategists) open_counties += invited.count(s.county_code) ? 0 : 1;
    ctx["strategist_count"] = open_counties;
    return ctx;
  }
  auto joined = service::register_invitees(db, survey.id, RegisterSource::joined_contacts, {}, auth.user);
  ctx["joined_count"] = joined ? joined->size() : 0;
  json groups = json::array();
  for (const auto& [gid, name] : service::survey_groups(db, survey.county)) {
    auto people = service::register_invitees(db, survey.id, RegisterSource::group, gid, auth.user);
    groups.push_back({{"id", gid}, {"name", name}, {"count", people ? people->size() : 0}});
  }
  ctx["has_groups"] = !groups.empty();
  ctx["groups"] = groups;
  return ctx;
}

}  // namespace

std::string kind_label(QuestionKind kind) {
  switch (kind) {
    case QuestionKind::agreement4: return i18n::tr("stämmer helt / delvis / inte / vet ej");
    case QuestionKind::yes_partly_no: return i18n::tr("ja / delvis / nej");
    case QuestionKind::single: return i18n::tr("ett val");
    case QuestionKind::multiple: return i18n::tr("flera val");
    case QuestionKind::number: return i18n::tr("tal");
    case QuestionKind::text: return i18n::tr("fritext");
    case QuestionKind::matrix: return i18n::tr("matris av påståenden");
  }
  return "";
}

std::string form_value(const Request& req, const std::string& name) {
  if (req.has_param(name)) return req.get_param_value(name);
  if (req.has_file(name)) return req.get_file_value(name).content;
  return "";
}

void redirect_to(Response& res, const std::string& location) {
  res.status = 303;
  res.set_header("Location", location);
}

void show_overview(Response& res, store::Database& db, const RequestAuth& auth, const surveys::Survey& survey,
                   const OverviewState& state, int status) {
  const bool may_change = service::authorize_survey_change(auth.user, survey.county, survey.national).ok();
  const std::string base = "/enkater/" + std::to_string(survey.id);
  int invited = 0, completed = 0;
  if (auto list = service::list_surveys(db, auth.user))
    for (const auto& s : *list)
      if (s.id == survey.id) invited = s.invited, completed = s.completed;
  auto targets = service::template_targets(db, survey.code);
  json sections = json::array();
  for (const auto& q : survey.questions) {
    if (sections.empty() || sections.back()["heading"] != q.section)
      sections.push_back({{"heading", q.section}, {"questions", json::array()}});
    auto one = question_context(q, state, targets, may_change);
    one["base_url"] = base;
    one["csrf_token"] = auth.csrf_token;
    sections.back()["questions"].push_back(one);
  }
  json errors = json::array();
  for (const auto& e : state.errors) errors.push_back({{"anchor", anchor_of(e.field)}, {"message", e.message}});
  const auto* county = RegionCatalogue::instance().find_county(survey.county);
  json ctx = page_context(auth);
  ctx.update({{"title", survey.title},
              // The round beside the title, unless the title names it already.
              {"round", survey.title.find(survey.round) == std::string::npos ? survey.round : ""},
              {"kind_label", survey.national ? i18n::tr("Nationell enkät") : i18n::trf("Enkät, {1}", {county ? county->name : survey.county})},
              {"status_label", status_label(survey.status)},
              {"anonymous", survey.anonymous},
              {"national", survey.national},
              {"invited", invited},
              {"completed", completed},
              {"max_reminders", survey.max_reminders},
              {"reminder_interval_days", survey.reminder_interval_days},
              {"results_url", base + "/resultat"},
              {"base_url", base},
              {"csrf_token", auth.csrf_token},
              {"may_change", may_change},
              {"may_open", survey.status != surveys::SurveyStatus::open},
              {"may_close", survey.status == surveys::SurveyStatus::open},
              {"is_open", survey.status == surveys::SurveyStatus::open},
              {"sections", sections},
              {"add_fields", add_fields(state)},
              {"add_required", kept(state, "add.required", "") == "1"},
              {"next_round", kept(state, "round", next_round_label(survey.round))},
              {"round_error", error_for(state, "round")},
              {"notice", state.notice},
              {"errors", errors},
              {"has_errors", !state.errors.empty()},
              {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}, {{"url", "/enkater"}, {"label", i18n::tr("Enkäter")}}})}});
  if (may_change) ctx.update(invitation_context(db, auth, survey, state));
  send_html(res, render_page("survey_overview", state.errors.empty() ? survey.title : i18n::trf("Fel i formuläret – {1}", {survey.title}), ctx),
            status);
}

}  // namespace jamt::web
