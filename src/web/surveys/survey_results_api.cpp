// Survey results over the JSON API: the numbers, the files, hiding an open answer.
#include <charconv>
#include <nlohmann/json.hpp>

#include "domain/i18n/language.hpp"
#include "report/survey_download.hpp"
#include "report/survey_json.hpp"
#include "report/survey_raw_answers.hpp"
#include "report/xlsx_table.hpp"
#include "service/surveys/survey_results_service.hpp"
#include "web/http/api_request.hpp"
#include "web/http/file_download.hpp"
#include "web/http/guards.hpp"
#include "web/http/json_response.hpp"
#include "web/http/request_auth.hpp"
#include "web/surveys/survey_handlers.hpp"
#include "web/surveys/survey_results_handlers.hpp"

namespace jamt::web {

namespace {

using nlohmann::json;

// ?by and ?compare, or nullopt after answering 400 naming "compare".
std::optional<service::ResultsQuery> results_query(const Request& req, Response& res) {
  service::ResultsQuery query{.by = req.get_param_value("by"), .compare = std::nullopt};
  const std::string compare = req.get_param_value("compare");
  if (!compare.empty()) {
    std::int64_t id = 0;
    auto [end, ec] = std::from_chars(compare.data(), compare.data() + compare.size(), id);
    if (ec != std::errc{} || end != compare.data() + compare.size() || id <= 0) {
      send_service_error(req, res, validation_error("compare ska vara id:t för en enkät (ett heltal).", {}, "compare"));
      return std::nullopt;
    }
    query.compare = id;
  }
  return query;
}

// The results of the survey in the path for the requester, or nullopt after answering.
std::optional<service::SurveyResultsView> results_of(const Request& req, Response& res, store::Database& db,
                                                     const service::ResultsQuery& query) {
  auto id = path_id(req, res);
  if (!id) return std::nullopt;
  auto view = service::survey_results(db, *id, query, authenticate(req, db).user);
  if (!view) {
    send_service_error(req, res, view.error());
    return std::nullopt;
  }
  return std::move(*view);
}

std::string file_name(const surveys::Survey& survey, const std::string& what) {
  return "enkat-" + std::to_string(survey.id) + "-" + what;
}

Handler raw_answers_file(store::Database& db, bool xlsx) {
  return [&db, xlsx](const Request& req, Response& res) {
    // Downloads and the JSON API speak Swedish whatever the page language
    // (docs/i18n.md): labels are data a reader or program matches.
    i18n::LanguageScope swedish(i18n::Language::sv);
    auto id = path_id(req, res);
    if (!id) return;
    auto raw = service::raw_answers(db, *id, authenticate(req, db).user);
    if (!raw) return send_service_error(req, res, raw.error());
    report::RawAnswerInput input{.survey = raw->survey, .responses = raw->responses, .respondents = raw->respondents};
    if (!xlsx) return send_file_download(res, file_name(raw->survey, "svar"), "text/csv; charset=utf-8",
                                         report::raw_answers_csv(input));
    auto bytes = report::raw_answers_xlsx(input);
    if (!bytes) return send_service_error(req, res, bytes.error());
    send_file_download(res, file_name(raw->survey, "svar"), report::kXlsxContentType, *bytes);
  };
}

}  // namespace

Handler api_survey_results(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    // Downloads and the JSON API speak Swedish whatever the page language
    // (docs/i18n.md): labels are data a reader or program matches.
    i18n::LanguageScope swedish(i18n::Language::sv);
    auto query = results_query(req, res);
    if (!query) return;
    auto view = results_of(req, res, db, *query);
    if (!view) return;
    json body = report::survey_results_json(view->results);
    body["survey"] = {{"id", view->survey.id},
                      {"title", view->survey.title},
                      {"round", view->survey.round},
                      {"anonymous", view->survey.anonymous},
                      {"national", view->survey.national}};
    body["profile_keys"] = view->profile_keys;
    body["breakdown"] = view->breakdown ? report::breakdown_json(*view->breakdown) : json();
    body["compared_with"] = view->compared_with ? json{{"id", view->compared_with->id},
                                                       {"title", view->compared_with->title},
                                                       {"round", view->compared_with->round}}
                                                : json();
    body["comparison"] = view->compared_with ? report::comparison_json(view->comparison) : json();
    body["national_table"] = view->national ? report::national_table_json(view->national_table) : json();
    if (view->national) body["counties_not_answered"] = view->counties_not_answered;
    send_json(res, body);
  };
}

Handler api_survey_results_csv(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    // Downloads and the JSON API speak Swedish whatever the page language
    // (docs/i18n.md): labels are data a reader or program matches.
    i18n::LanguageScope swedish(i18n::Language::sv);
    auto view = results_of(req, res, db, {});
    if (!view) return;
    send_file_download(res, file_name(view->survey, "resultat"), "text/csv; charset=utf-8",
                       report::survey_results_csv(view->results));
  };
}

Handler api_survey_results_xlsx(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    // Downloads and the JSON API speak Swedish whatever the page language
    // (docs/i18n.md): labels are data a reader or program matches.
    i18n::LanguageScope swedish(i18n::Language::sv);
    auto view = results_of(req, res, db, {});
    if (!view) return;
    auto bytes = report::survey_results_xlsx(view->results);
    if (!bytes) return send_service_error(req, res, bytes.error());
    send_file_download(res, file_name(view->survey, "resultat"), report::kXlsxContentType, *bytes);
  };
}

Handler api_survey_answers_csv(store::Database& db) { return raw_answers_file(db, false); }
Handler api_survey_answers_xlsx(store::Database& db) { return raw_answers_file(db, true); }

Handler api_survey_text_hide(store::Database& db, bool hide) {
  return [&db, hide](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto body = json_body(req, res);
    if (!body) return;
    for (const char* field : {"response_id", "question"}) {
      if (!body->is_object() || !body->contains(field) || !(*body)[field].is_string() ||
          (*body)[field].get<std::string>().empty())
        return send_service_error(req, res, validation_error(std::string("Ange ") + field + " som en text.", {}, field));
    }
    const auto response_id = (*body)["response_id"].get<std::string>();
    const auto question = (*body)["question"].get<std::string>();
    auto done = service::set_text_hidden(db, *id, response_id, question, hide, auth->user);
    if (!done) return send_service_error(req, res, done.error());
    send_json(res, {{"response_id", response_id}, {"question", question}, {"hidden", hide}});
  };
}

}  // namespace jamt::web
