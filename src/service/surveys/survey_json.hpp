#pragma once
// Surveys and answers as the API reads and writes them (docs/api.md,
// "Surveys"). Reading checks shapes and names the field of the first
// problem; the rules of a valid survey are surveys::validate_survey's.
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "domain/result.hpp"
#include "domain/surveys/survey.hpp"

namespace jamt::service {

// What a client sends to create or change a survey.
struct SurveyInput {
  surveys::Survey survey{};
  std::string county_code{};  // "" unless named (admins: the survey's county)
};

// `body` read as a survey: {title, code?, description?, anonymous?, round?,
// previous_round_id?, county_code?, national?, max_reminders?,
// reminder_interval_days?, questions: [{code, kind, text, text_en?, help?,
// required?, options?: [{value, label, label_en?}], statements?: [{code, text}],
// section?, profile?}], profile?: [questions]} — the questions of `profile`
// are appended as profile questions. Error "validation" naming the field
// ("questions[2].kind").
Result<SurveyInput> survey_input_from_json(const nlohmann::json& body);

// The survey as GET /api/v1/surveys/{id} answers (hidden questions
// included, flagged, with their version).
nlohmann::ordered_json survey_json(const surveys::Survey& survey);

// One question as the survey JSON writes it.
nlohmann::ordered_json question_json(const surveys::Question& question);

// `answers` ({"Q1": "helt", "Q2": ["a", "c"], "Q3": 4, "Q7": {"s1": "helt"}})
// read against `survey`: a string is a choice (a text for a text question,
// a number written with "," or "." for a number question), a list the
// choices of a multiple-choice question, an object a matrix, null or ""
// nothing. Error "validation" with field "answers.Q3" for an answer of the
// wrong shape or to a question the survey does not show; the values
// themselves are checked by surveys::validate_answers.
Result<std::map<std::string, surveys::Answer>> answers_from_json(const surveys::Survey& survey,
                                                                 const nlohmann::json& answers);

// Answers as the API writes them (the inverse of answers_from_json).
nlohmann::ordered_json answers_json(const std::map<std::string, surveys::Answer>& answers);

}  // namespace jamt::service
