#pragma once
// Survey results over the API and on the results page (issue 11, items 5,
// 6 and 8; docs/survey_results.md, docs/api.md "Survey results"). Each
// function returns the handler of one route of web/route_table.cpp, bound
// to `db`, which must outlive it. Reading needs the right to read the
// survey; hiding an answer and the raw answers the right to change it.
#include "web/route_table.hpp"

namespace jamt::web {

// GET /api/v1/surveys/{id}/results[?by=<profile key>][&compare=<survey id>]
// → report::survey_results_json plus {survey: {id, title, round, anonymous,
// national}, profile_keys, breakdown, compared_with, comparison,
// national_table} (null where there is none).
Handler api_survey_results(store::Database& db);
// GET /api/v1/surveys/{id}/results.csv and .xlsx: the aggregated results.
Handler api_survey_results_csv(store::Database& db);
Handler api_survey_results_xlsx(store::Database& db);
// GET /api/v1/surveys/{id}/answers.csv and .xlsx: the raw answers, one row
// per response; 403 for an anonymous survey and for readers who may not
// change the survey.
Handler api_survey_answers_csv(store::Database& db);
Handler api_survey_answers_xlsx(store::Database& db);
// POST /api/v1/surveys/{id}/texts/hide and /unhide {response_id, question}
// → {response_id, question, hidden}.
Handler api_survey_text_hide(store::Database& db, bool hide);

// GET /enkater/{id}/resultat[?by=<profile key>]: the results page.
Handler survey_results_page(store::Database& db);
// POST /enkater/{id}/resultat/dolj (csrf_token, response_id, question):
// hides an open answer and goes back to the page (303).
Handler survey_results_hide_submit(store::Database& db);

}  // namespace jamt::web
