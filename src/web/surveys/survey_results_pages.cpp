// The results page /enkater/{id}/resultat: participation, per question a
// chart followed by the same numbers in a table, a breakdown chosen with a
// plain GET form, the comparison with the earlier round, the open answers
// with "Dölj" for the owner, and the downloads (docs/survey_results.md).
#include <algorithm>
#include <nlohmann/json.hpp>

#include "domain/i18n/translate.hpp"
#include "domain/regions.hpp"
#include "report/survey_chart.hpp"
#include "report/number_text.hpp"
#include "report/svg_chart.hpp"
#include "service/surveys/survey_results_service.hpp"
#include "web/http/content_text.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/http/request_auth.hpp"
#include "web/surveys/survey_results_handlers.hpp"

namespace jamt::web {

namespace {

using nlohmann::json;

std::string percent_sv(double p) { return report::number_text(p, 1) + "\u00a0%"; }

std::string results_url(std::int64_t id) { return "/enkater/" + std::to_string(id) + "/resultat"; }

// An id usable in HTML and CSS for question `code` ("Q7.s1" → "fraga-Q7-s1").
std::string anchor(const std::string& code) {
  std::string out = "fraga-" + code;
  for (char& c : out)
    if (c == '.') c = '-';
  return out;
}

// "31 av 43 inbjudna svarade – 72,1 %", or what there is without invitations.
std::string rate_sentence(const surveys::ParticipantSummary& p) {
  if (!p.response_rate)
    return i18n::trf("{1} svar har kommit in (inga personliga inbjudningar, så ingen svarsfrekvens).", {std::to_string(p.respondents)});
  return i18n::trf("{1} av {2} inbjudna svarade – {3}", {std::to_string(p.counts.completed),
                                                        std::to_string(p.response_rate_denominator),
                                                        percent_sv(*p.response_rate)});
}

// The label of profile key `key`: its profile question's text, else the key.
std::string key_label(const surveys::Survey& survey, const std::string& key) {
  const auto* q = survey.question(key);
  return q != nullptr ? q->text : key;
}

std::string change_sv(const std::optional<double>& pp) {
  if (!pp) return "–";
  std::string sign = *pp > 0 ? "+" : "";
  return i18n::trf("{1} procentenheter", {sign + report::number_text(*pp, 1)});
}

// The names of the counties with `codes`, as a Swedish list ("Gotlands län och Norrbottens län"); "" for none.
std::string counties_text(const std::vector<std::string>& codes) {
  std::vector<std::string> names;
  for (const auto& code : codes) {
    const auto* county = RegionCatalogue::instance().find_county(code);
    names.push_back(county ? county->name : code);
  }
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i)
    out += (i == 0 ? "" : i + 1 == names.size() ? i18n::tr(" och ") : ", ") + names[i];
  return out;
}

json comparison_rows(const std::vector<surveys::QuestionComparison>& comparison) {
  json rows = json::array();
  for (const auto& c : comparison) {
    json options = json::array();
    for (const auto& o : c.options)
      options.push_back({{"label", o.label},
                         {"current", o.current ? percent_sv(*o.current) : "–"},
                         {"previous", o.previous ? percent_sv(*o.previous) : "–"},
                         {"change", change_sv(o.change_pp)}});
    if (c.positive_current || c.positive_previous)
      options.push_back({{"label", surveys::positive_share_label(std::any_of(
                                       c.options.begin(), c.options.end(),
                                       [](const surveys::OptionChange& o) { return o.value == "ja"; }))},
                         {"current", c.positive_current ? percent_sv(*c.positive_current) : "–"},
                         {"previous", c.positive_previous ? percent_sv(*c.positive_previous) : "–"},
                         {"change", change_sv(c.positive_change_pp)}});
    rows.push_back({{"code", c.code}, {"text", c.text}, {"n_current", c.n_current}, {"n_previous", c.n_previous},
                    {"options", options}});
  }
  return rows;
}

// `q` in the page's language: the question's and its options' English where
// the author gave them (docs/i18n.md, "Content in English"). Returns the
// lang the question's text needs ("sv" for Swedish on an English page).
std::string in_page_language(surveys::QuestionResult& q, const surveys::Survey& survey) {
  const auto dot = q.code.find('.');
  const surveys::Question* question = survey.question(q.code.substr(0, dot));
  if (question == nullptr) return "";
  for (auto& o : q.options)
    for (const auto& written : question->options)
      if (written.value == o.value) o.label = content_text(written.label, written.label_en).text;
  const auto text = content_text(question->text, question->text_en);
  if (dot == std::string::npos) {
    q.text = text.text;
    return text.lang;
  }
  // A matrix statement: "question – statement"; statements are Swedish only.
  if (text.english) {
    for (const auto& st : question->statements)
      if (st.code == q.code.substr(dot + 1)) q.text = text.text + " – " + st.text;
    return "";
  }
  return text.lang;
}

json question_blocks(const service::SurveyResultsView& view, const std::string& csrf_token) {
  json out = json::array();
  for (std::size_t i = 0; i < view.results.questions.size(); ++i) {
    surveys::QuestionResult q = view.results.questions[i];
    const std::string text_lang = in_page_language(q, view.survey);
    const std::string id = anchor(q.code);
    json texts = json::array();
    for (const auto& t : q.texts) texts.push_back({{"text", t.text}, {"response_id", t.response_id}});
    const bool is_text = q.kind == surveys::QuestionKind::text;
    q.texts.clear();  // listed below with their buttons instead of inside the table
    json block{{"id", id},
               {"code", q.code},
               {"text", q.text},
               {"text_lang", text_lang},
               {"hidden", q.hidden},
               {"figure", report::question_figure_html(q, id)},
               {"summary", i18n::trf("n = {1}, hoppade över: {2}, fick inte frågan: {3}",
                                         {std::to_string(q.n), std::to_string(q.no_answer), std::to_string(q.not_shown)}) +
                               (q.dont_know_percent ? i18n::trf(", vet ej: {1}", {std::to_string(q.dont_know)}) : std::string())},
               {"is_text", is_text},
               {"texts", texts},
               {"has_texts", !texts.empty()},
               {"hidden_texts", q.hidden_texts},
               {"may_hide", view.may_change},
               {"csrf_token", csrf_token},
               {"hide_action", results_url(view.survey.id) + "/dolj"},
               {"breakdown", ""}};
    if (view.breakdown && !view.breakdown->suppressed && !is_text) {
      std::string html = report::render_stacked_bar_chart(report::breakdown_chart(*view.breakdown, i, id + "-grupper"));
      html += report::breakdown_table_html(*view.breakdown, i, id + "-grupper");
      block["breakdown"] = html;
    }
    out.push_back(block);
  }
  return out;
}

}  // namespace

Handler survey_results_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    service::ResultsQuery query{.by = req.get_param_value("by"), .compare = std::nullopt};
    auto view = service::survey_results(db, *id, query, auth->user);
    if (!view) return send_service_error_page(req, res, view.error());
    const auto& survey = view->survey;
    const auto& p = view->results.participants;
    const std::string base = "/api/v1/surveys/" + std::to_string(*id);
    json keys = json::array({{{"value", ""}, {"label", i18n::tr("Ingen uppdelning")}, {"selected", query.by.empty()}}});
    for (const auto& k : view->profile_keys)
      keys.push_back({{"value", k}, {"label", key_label(survey, k)}, {"selected", k == query.by}});
    json breakdown = json::object();
    if (view->breakdown) {
      json merged = json::array();
      for (const auto& m : view->breakdown->merged) merged.push_back({{"label", m.label}, {"reason", m.reason}});
      breakdown = {{"label", key_label(survey, query.by)},
                   {"suppressed", view->breakdown->suppressed},
                   {"suppressed_reason", view->breakdown->suppressed_reason},
                   {"merged", merged},
                   {"has_merged", !merged.empty()}};
    }
    json ctx = page_context(*auth);
    const bool round_in_title = survey.round.empty() || survey.title.find(survey.round) != std::string::npos;
    const std::string title = i18n::trf("Resultat: {1}", {survey.title + (round_in_title ? "" : " " + survey.round)});
    ctx.update({{"survey_title", survey.title},
                {"round", survey.round},
                {"anonymous", survey.anonymous},
                {"status", std::string(surveys::to_string(survey.status))},
                {"rate_sentence", rate_sentence(p)},
                {"invited", p.counts.invited},
                {"opened", p.counts.opened},
                {"started", p.counts.started},
                {"completed", p.counts.completed},
                {"opted_out", p.counts.opted_out},
                {"respondents", p.respondents},
                {"keys", keys},
                {"has_keys", view->profile_keys.size() > 0},
                {"action", results_url(*id)},
                {"breakdown", breakdown},
                {"has_breakdown", view->breakdown.has_value()},
                {"questions", question_blocks(*view, auth->csrf_token)},
                {"has_comparison", view->compared_with.has_value()},
                {"compared_round", view->compared_with ? view->compared_with->round : ""},
                {"compared_title", view->compared_with ? view->compared_with->title : ""},
                {"comparison", comparison_rows(view->comparison)},
                {"national", view->national},
                {"counties_not_answered", counties_text(view->counties_not_answered)},
                {"national_table", view->national ? report::national_table_html(
                                                        view->national_table, i18n::tr("Antal län som svarat Ja, Delvis och Nej per påstående"))
                                                  : ""},
                {"results_csv", base + "/results.csv"},
                {"results_xlsx", base + "/results.xlsx"},
                {"may_read_answers", view->may_read_answers},
                {"answers_csv", base + "/answers.csv"},
                {"answers_xlsx", base + "/answers.xlsx"},
                {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}})}});
    send_html(res, render_page("survey_results", title, ctx));
  };
}

Handler survey_results_hide_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    const std::string question = req.get_param_value("question");
    auto done = service::set_text_hidden(db, *id, req.get_param_value("response_id"), question, true, auth->user);
    if (!done) return send_service_error_page(req, res, done.error());
    res.status = 303;
    res.set_header("Location", results_url(*id) + "#" + anchor(question));
  };
}

}  // namespace jamt::web
