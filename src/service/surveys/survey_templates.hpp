#pragma once
// Starting a survey from a template (issue 11, item 7; docs/surveys.md
// "Templates"): the templates as the API lists them, with the action-plan
// targets each question follows up, and a request's survey made from one.
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "service/surveys/survey_json.hpp"
#include "store/database.hpp"

namespace jamt::service {

// For template `template_code`: question code → the target codes of the
// action plan it follows up (table survey_target_links); empty when none.
std::map<std::string, std::vector<std::string>> template_targets(store::Database& db, const std::string& template_code);

// The questions of the kartläggning template by the action-plan target they
// follow up ("1.1" → {"K1"}), for a strategy page that lists its targets.
std::map<std::string, std::vector<std::string>> kartlaggning_questions_by_target(store::Database& db);

// GET /api/v1/survey-templates: [{code, title, description, source,
// anonymous, questions: [question_json + follows_up: ["1.1"]]}].
nlohmann::ordered_json survey_templates_json(store::Database& db);

// `body` {template: "nyckelpersoner", title?, round?, anonymous?, …} read
// as survey_input_from_json reads a survey, with the template's questions
// (a `questions` list in the body is refused: start blank instead) and its
// title, description, code and anonymity where the body gives none. Error
// "validation" with field "template" for a template that does not exist.
Result<SurveyInput> survey_input_from_template(const nlohmann::json& body);

}  // namespace jamt::service
