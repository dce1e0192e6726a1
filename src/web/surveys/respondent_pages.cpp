// The respondent's page /enkat/{token}: one fieldset per question (and per
// statement of a matrix), radio buttons and checkboxes, errors beside the
// question, a thank-you page.
#include <nlohmann/json.hpp>


#include "domain/i18n/translate.hpp"
#include "service/surveys/response_service.hpp"
#include "service/surveys/survey_json.hpp"
#include "web/http/content_text.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/http/request_auth.hpp"
#include "web/surveys/respondent_page_handlers.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;
using surveys::Answer;
using surveys::Question;
using surveys::QuestionKind;

// An id for an HTML element from a question or statement code ("Q7.s1" → "q-Q7-s1").
std::string html_id(std::string code) {
  for (auto& c : code) {
    if (c == '.') c = '-';
  }
  return "q-" + code;
}

json options_json(const Question& q, const std::string& name, const std::vector<std::string>& chosen) {
  json out = json::array();
  for (const auto& o : q.scale()) {
    bool checked = std::find(chosen.begin(), chosen.end(), o.value) != chosen.end();
    // The built-in scales' labels are the program's texts; options a survey's
    // author wrote are content: their English where given, else the Swedish
    // marked lang="sv" on an English page.
    const ContentText label =
        q.options.empty() ? ContentText{.text = i18n::tr(o.label), .lang = "", .english = false}
                          : content_text(o.label, o.label_en);
    out.push_back({{"name", name},
                   {"value", o.value},
                   {"label", label.text},
                   {"label_lang", label.lang},
                   {"id", html_id(name) + "-" + o.value},
                   {"checked", checked}});
  }
  return out;
}

// `value` as the answer's input shows it: all its digits, no thousands
// separator (it is read back), a decimal comma in Swedish and a point in
// English (the reader takes either).
std::string number_text(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", value);
  std::string text = buf;
  if (i18n::current_language() == i18n::Language::en) return text;
  for (auto& c : text) {
    if (c == '.') c = ',';
  }
  return text;
}

// The page's questions with the given answers and errors (by "answers.Q3").
json questions_json(const surveys::Survey& survey, const std::map<std::string, Answer>& answers,
                    const std::map<std::string, std::string>& errors) {
  json out = json::array();
  std::string section;
  for (const auto& q : survey.questions) {
    const Answer* a = nullptr;
    if (auto it = answers.find(q.code); it != answers.end()) a = &it->second;
    // The question in English where its author gave it; help and section
    // are written in Swedish only (marked on an English page).
    const auto text = content_text(q.text, q.text_en);
    const std::string shown_section = q.section != section ? q.section : "";
    json item{{"code", q.code},
              {"id", html_id(q.code)},
              {"text", text.text},
              {"text_lang", text.lang},
              {"help", q.help},
              {"help_lang", content_text(q.help, "").lang},
              {"required", q.required},
              {"section", shown_section},
              {"section_lang", content_text(shown_section, "").lang}};
    section = q.section;
    std::string describedby = q.help.empty() ? "" : html_id(q.code) + "-help";
    if (auto e = errors.find("answers." + q.code); e != errors.end()) {
      item["error"] = e->second;
      describedby += (describedby.empty() ? "" : " ") + html_id(q.code) + "-error";
    }
    item["describedby"] = describedby;
    switch (q.kind) {
      case QuestionKind::agreement4:
      case QuestionKind::yes_partly_no:
      case QuestionKind::single:
        item["radio"] = options_json(q, q.code, a ? std::vector<std::string>{a->choice} : std::vector<std::string>{});
        break;
      case QuestionKind::multiple:
        item["checkbox"] = options_json(q, q.code, a ? a->choices : std::vector<std::string>{});
        break;
      case QuestionKind::number:
        item["number"] = true;
        item["value"] = a && a->kind == Answer::Kind::number ? number_text(a->number) : "";
        break;
      case QuestionKind::text:
        item["text_input"] = true;
        item["value"] = a ? a->text : "";
        break;
      case QuestionKind::matrix: {
        json statements = json::array();
        for (const auto& st : q.statements) {
          std::string name = q.code + "." + st.code;
          std::vector<std::string> chosen;
          if (a) {
            if (auto v = a->matrix.find(st.code); v != a->matrix.end()) chosen.push_back(v->second);
          }
          statements.push_back({{"text", st.text},
                                {"text_lang", content_text(st.text, "").lang},
                                {"id", html_id(name)},
                                {"radio", options_json(q, name, chosen)}});
        }
        item["matrix"] = statements;
        break;
      }
    }
    out.push_back(item);
  }
  return out;
}

void show_message(Response& res, int status, const std::string& heading, const std::string& text) {
  json ctx = page_context(RequestAuth{});
  ctx.update({{"heading", heading}, {"text", text}});
  res.set_header("Cache-Control", "no-store");
  send_html(res, render_page("survey_message", heading, ctx), status);
}

void show_form(const Request& req, Response& res, const service::ResponseView& view,
               const std::map<std::string, Answer>& answers, const std::vector<Error>& errors, bool saved,
               int status) {
  std::map<std::string, std::string> by_field;
  json summary = json::array();
  for (const auto& e : errors) {
    by_field.emplace(e.field, e.message);
    auto code = e.field.rfind("answers.", 0) == 0 ? e.field.substr(8) : e.field;
    const Question* q = view.survey.question(code);
    summary.push_back({{"id", html_id(code)}, {"message", (q ? q->text + " – " : std::string()) + e.message}});
  }
  json ctx = page_context(RequestAuth{});
  // A survey's title and introduction are written in Swedish only.
  ctx.update({{"title", view.survey.title},
              {"title_lang", content_text(view.survey.title, "").lang},
              {"description", view.survey.description},
              {"description_lang", content_text(view.survey.description, "").lang},
              {"anonymous", view.survey.anonymous},
              {"action", req.path},
              {"saved", saved},
              {"opted_out", view.opted_out},
              {"has_errors", !errors.empty()},
              {"summary", summary},
              {"questions", questions_json(view.survey, answers, by_field)}});
  // The link is a secret: keep the page out of caches.
  res.set_header("Cache-Control", "no-store");
  res.set_header("Referrer-Policy", "no-referrer");
  send_html(res, render_page("survey_response", view.survey.title, ctx), status);
}

// The page's answer for a service error on the link: 404 unknown, 410 used or closed.
void show_link_error(const Request& req, Response& res, const Error& error) {
  if (error.code == ErrorKind::not_found)
    return show_message(res, 404, i18n::tr("Länken finns inte"),
                        i18n::tr("Vi hittar ingen enkät för den här länken. Kontrollera att du har kopierat hela länken "
                                 "från e-postmeddelandet."));
  if (error.code == ErrorKind::conflict) return show_message(res, 410, i18n::tr("Enkäten går inte att besvara"), error.message);
  send_service_error_page(req, res, error);
}

// The answers of the posted form, read against the survey as the API reads JSON.
json posted_answers(const Request& req, const surveys::Survey& survey) {
  json out = json::object();
  for (const auto& q : survey.questions) {
    if (q.kind == QuestionKind::multiple) {
      json values = json::array();
      for (std::size_t i = 0; i < req.get_param_value_count(q.code); ++i) values.push_back(req.get_param_value(q.code, i));
      if (!values.empty()) out[q.code] = values;
    } else if (q.kind == QuestionKind::matrix) {
      json values = json::object();
      for (const auto& st : q.statements) {
        std::string v = req.get_param_value(q.code + "." + st.code);
        if (!v.empty()) values[st.code] = v;
      }
      if (!values.empty()) out[q.code] = values;
    } else {
      std::string v = req.get_param_value(q.code);
      if (!v.empty()) out[q.code] = v;
    }
  }
  return out;
}

}  // namespace

Handler survey_response_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto view = service::get_response(db, req.matches.at(1));
    if (!view) return show_link_error(req, res, view.error());
    if (view->submitted)
      return show_message(res, 410, i18n::tr("Du har redan svarat"),
                          i18n::tr("Dina svar på enkäten är inskickade och kan inte ändras. Tack för att du svarade!"));
    if (view->survey.status != surveys::SurveyStatus::open)
      return show_message(res, 410, i18n::tr("Enkäten är stängd"),
                          i18n::trf("Enkäten \"{1}\" tar inte emot svar.", {view->survey.title}));
    show_form(req, res, *view, view->answers, {}, false, 200);
  };
}

Handler survey_response_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    const std::string token = req.matches.at(1);
    const std::string action = req.get_param_value("action");
    if (action == "avboj") {
      auto done = service::opt_out(db, token);
      if (!done) return show_link_error(req, res, done.error());
      return show_message(res, 200, i18n::tr("Du har tackat nej"),
                          i18n::tr("Du får inga fler påminnelser om enkäten. Ändrar du dig kan du fortfarande svara med "
                                   "samma länk."));
    }
    auto current = service::get_response(db, token);
    if (!current) return show_link_error(req, res, current.error());
    if (current->submitted)
      return show_message(res, 410, i18n::tr("Du har redan svarat"),
                          i18n::tr("Dina svar på enkäten är inskickade och kan inte ändras."));
    const bool submit = action == "skicka";
    auto answers = service::answers_from_json(current->survey, posted_answers(req, current->survey));
    if (!answers) return show_form(req, res, *current, {}, {answers.error()}, false, 400);
    auto problems = surveys::answer_problems(current->survey, *answers, submit);
    if (!problems.empty()) return show_form(req, res, *current, *answers, problems, false, 400);
    auto saved = service::save_response(db, token, *answers, submit);
    if (!saved) {
      if (saved.error().code == ErrorKind::validation)
        return show_form(req, res, *current, *answers, {saved.error()}, false, 400);
      return show_link_error(req, res, saved.error());
    }
    if (submit)
      return show_message(res, 200, i18n::tr("Tack för dina svar!"),
                          i18n::trf("Dina svar på enkäten \"{1}\" är inskickade.", {current->survey.title}));
    show_form(req, res, *saved, *answers, {}, true, 200);
  };
}

}  // namespace jamt::web
