#pragma once
// Survey results as the API gives them (GET /api/v1/surveys/{id}/results,
// issue 11 item 8; docs/survey_results.md). Counts and percents are JSON
// numbers; percents have one decimal (72.1), and a value that does not
// exist (no positive share for a number question, no response rate for an
// open survey) is null rather than left out, so a client can rely on the keys.
#include <nlohmann/json_fwd.hpp>
#include <vector>

#include "domain/surveys/results.hpp"
#include "domain/surveys/results_breakdown.hpp"
#include "domain/surveys/results_comparison.hpp"
#include "domain/surveys/results_national.hpp"

namespace jamt::report {

// {invited, opened, started, completed, opted_out, respondents, response_rate,
//  response_rate_denominator, questions: [question_json…]}.
nlohmann::json survey_results_json(const surveys::SurveyResults& results);

// {code, kind, text, hidden, n, no_answer, not_shown, dont_know,
//  dont_know_percent, options: [{value, label, count, percent}],
//  positive_percent, unrecognised}, plus numbers {mean, median, min, max}
// for a number question, texts [{response_id, text}] and hidden_texts for a
// text question, and withheld + withheld_reason when a breakdown withheld it.
nlohmann::json question_json(const surveys::QuestionResult& question);

// {by, suppressed, suppressed_reason, groups: [{value, label, respondents,
//  questions}], merged: [{value, label, reason}]}.
nlohmann::json breakdown_json(const surveys::Breakdown& breakdown);

// [{code, text, n_current, n_previous, options: [{value, label, current,
//  previous, change_pp}], positive_current, positive_previous, positive_change_pp}].
nlohmann::json comparison_json(const std::vector<surveys::QuestionComparison>& comparison);

// [{code, text, ja, delvis, nej, not_answered}].
nlohmann::json national_table_json(const std::vector<surveys::NationalRow>& rows);

}  // namespace jamt::report
