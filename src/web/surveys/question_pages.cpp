// Changing a survey's questions from its overview page: a question's text,
// help and required flag, removing one, adding one — each through
// service::update_survey, so a live change keeps every answer (a removed
// question with answers is hidden; docs/surveys.md "Changing a live survey").
#include <sstream>

#include "domain/i18n/translate.hpp"
#include "service/surveys/survey_json.hpp"
#include "service/surveys/survey_service.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/surveys/authoring_page_handlers.hpp"
#include "web/surveys/authoring_page_support.hpp"

namespace jamt::web {

namespace {

using surveys::Question;
using surveys::QuestionKind;

// The input that keeps `survey` as it is: its visible questions (a hidden
// one stays hidden when left out).
service::SurveyInput unchanged(const surveys::Survey& survey) {
  service::SurveyInput input{.survey = survey, .county_code = survey.county};
  std::erase_if(input.survey.questions, [](const Question& q) { return q.hidden; });
  return input;
}

// The lines of `text` trimmed, blank ones kept as "" (a blank line skips
// an option), trailing blank ones dropped.
std::vector<std::string> lines_with_blanks(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    while (!line.empty() && line.front() == ' ') line.erase(line.begin());
    out.push_back(line);
  }
  while (!out.empty() && out.back().empty()) out.pop_back();
  return out;
}

// The non-blank lines of `text`, trimmed.
std::vector<std::string> lines(const std::string& text) {
  auto out = lines_with_blanks(text);
  std::erase_if(out, [](const std::string& l) { return l.empty(); });
  return out;
}

// Sets the English labels of `q`'s options from `text` (one a line, in the
// options' order); an error for `field` when there are more lines than options.
Status set_english_labels(Question& q, const std::string& text, const std::string& field) {
  auto labels = lines_with_blanks(text);
  if (labels.size() > q.options.size())
    return validation_error(i18n::trf("Frågan har {1} svarsalternativ men {2} engelska rader.",
                                      {std::to_string(q.options.size()), std::to_string(labels.size())}),
                            {}, field);
  for (std::size_t i = 0; i < q.options.size(); ++i) q.options[i].label_en = i < labels.size() ? labels[i] : "";
  return {};
}

// The error of update_survey placed beside the form field it is about:
// "questions[3].text" → `prefix` + "text".
Error placed(Error e, const std::string& prefix) {
  auto dot = e.field.rfind('.');
  std::string leaf = dot == std::string::npos ? e.field : e.field.substr(dot + 1);
  if (leaf == "value" || leaf == "label" || leaf == "options") leaf = "options";
  if (leaf == "statements") leaf = "statements";
  static const std::vector<std::string> known{"code", "kind", "text", "help", "options", "statements", "section"};
  e.field = std::find(known.begin(), known.end(), leaf) != known.end() ? prefix + leaf : "";
  return e;
}

// Shows the overview again (400) with `error` and the values of the form.
void reshow(const Request& req, Response& res, store::Database& db, const RequestAuth& auth, std::int64_t id,
            OverviewState state) {
  auto survey = service::get_survey(db, id, auth.user);
  if (!survey) return send_service_error_page(req, res, survey.error());
  show_overview(res, db, auth, *survey, state, 400);
}

void after_change(const Request& req, Response& res, store::Database& db, const RequestAuth& auth, std::int64_t id,
                  const Result<service::SurveyChange>& changed, const std::string& code, OverviewState state,
                  const std::string& prefix) {
  if (!changed) {
    if (!keeps_form(changed.error())) return send_service_error_page(req, res, changed.error());
    state.errors.push_back(placed(changed.error(), prefix));
    return reshow(req, res, db, auth, id, state);
  }
  std::string what = "edited";
  for (const auto& [c, w] : changed->questions)
    if (c == code) what = w;
  redirect_to(res, "/enkater/" + std::to_string(id) + "?fraga=" + code + "&andring=" + what + "#fraga-" + code);
}

}  // namespace

Handler survey_question_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    const std::string code = req.matches.size() > 2 ? req.matches[2] : "";
    auto survey = service::get_survey(db, *id, auth->user);
    if (!survey) return send_service_error_page(req, res, survey.error());
    auto input = unchanged(*survey);
    auto it = std::find_if(input.survey.questions.begin(), input.survey.questions.end(),
                           [&](const Question& q) { return q.code == code; });
    if (it == input.survey.questions.end()) return send_error_page(res, 404, i18n::tr("Frågan finns inte i enkäten."));
    const std::string prefix = "q." + code + ".";
    OverviewState state{.errors = {}, .values = {{prefix + "text", req.get_param_value("text")},
                                                  {prefix + "text_en", req.get_param_value("text_en")},
                                                  {prefix + "options_en", req.get_param_value("options_en")},
                                                  {prefix + "help", req.get_param_value("help")},
                                                  {prefix + "required", req.has_param("required") ? "1" : ""}},
                        .notice = {}, .open_question = code};
    if (req.get_param_value("action") == "ta-bort") {
      input.survey.questions.erase(it);
    } else {
      if (req.get_param_value("text").empty()) {
        state.errors.push_back(validation_error(i18n::tr("Skriv frågans text."), {}, prefix + "text"));
        return reshow(req, res, db, *auth, *id, state);
      }
      if (auto ok = set_english_labels(*it, req.get_param_value("options_en"), prefix + "options_en"); !ok) {
        state.errors.push_back(ok.error());
        return reshow(req, res, db, *auth, *id, state);
      }
      it->text = req.get_param_value("text");
      it->text_en = req.get_param_value("text_en");
      it->help = req.get_param_value("help");
      it->required = req.has_param("required");
    }
    auto changed = service::update_survey(db, *id, input, auth->user);
    after_change(req, res, db, *auth, *id, changed, code, state, prefix);
  };
}

Handler survey_question_add(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto survey = service::get_survey(db, *id, auth->user);
    if (!survey) return send_service_error_page(req, res, survey.error());
    OverviewState state;
    for (const auto* name : {"code", "kind", "text", "text_en", "help", "options", "options_en", "statements", "section"})
      state.values[std::string("add.") + name] = req.get_param_value(name);
    state.values["add.required"] = req.has_param("required") ? "1" : "";
    const std::string code = req.get_param_value("code");
    if (survey->question(code) != nullptr)
      state.errors.push_back(validation_error(i18n::trf("Koden {1} finns redan i enkäten.", {code}), {}, "add.code"));
    auto kind = surveys::parse_question_kind(req.get_param_value("kind"));
    if (!kind) state.errors.push_back(validation_error(i18n::tr("Välj typ av fråga."), {}, "add.kind"));
    if (req.get_param_value("text").empty())
      state.errors.push_back(validation_error(i18n::tr("Skriv frågans text."), {}, "add.text"));
    if (!state.errors.empty()) return reshow(req, res, db, *auth, *id, state);
    Question q{.code = code, .kind = *kind, .text = req.get_param_value("text"), .text_en = req.get_param_value("text_en"),
               .help = req.get_param_value("help"), .required = req.has_param("required"),
               .section = req.get_param_value("section")};
    int n = 0;
    for (const auto& line : lines(req.get_param_value("options")))
      q.options.push_back({.value = std::string(1, static_cast<char>('a' + (n < 26 ? n : 25))) +
                                    (n < 26 ? "" : std::to_string(n)),
                           .label = line}),
          ++n;
    if (auto ok = set_english_labels(q, req.get_param_value("options_en"), "add.options_en"); !ok) {
      state.errors.push_back(ok.error());
      return reshow(req, res, db, *auth, *id, state);
    }
    n = 0;
    for (const auto& line : lines(req.get_param_value("statements")))
      q.statements.push_back({.code = "s" + std::to_string(++n), .text = line});
    auto input = unchanged(*survey);
    input.survey.questions.push_back(q);
    auto changed = service::update_survey(db, *id, input, auth->user);
    after_change(req, res, db, *auth, *id, changed, code, state, "add.");
  };
}

}  // namespace jamt::web
