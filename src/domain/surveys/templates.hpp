#pragma once
// The questionnaires a board starts a survey from (issue 11, item 7),
// written from the seeds: the key-person survey of the county boards'
// coordination (seed 001), the yearly kartläggning of the organisations'
// work against violence that the Kalmar action plan names as its follow-up
// source (seed 002), and the user survey of the strategy's contact persons
// (seed 000). Pure values; the targets a kartläggning question follows up
// are in the table survey_target_links (migration 18, docs/surveys.md).
#include <string>
#include <string_view>
#include <vector>

#include "domain/surveys/survey.hpp"

namespace jamt::surveys {

// One template: `code` is what POST /api/v1/surveys {template} names.
struct SurveyTemplate {
  std::string code{};         // "nyckelpersoner", "kartlaggning", "brukarundersokning"
  std::string title{};        // the survey's default title
  std::string description{};  // the introduction shown to respondents
  std::string source{};       // where it comes from, for the board ("Efter enkäten till 43 nyckelpersoner …"; seed 001)
  bool anonymous = false;
  std::vector<Question> questions{};  // valid by validate_survey, at version 1
};

// The three templates in the order a page lists them. Built once;
// thread-safe to read.
const std::vector<SurveyTemplate>& survey_templates();

// The template with `code`, or nullptr.
const SurveyTemplate* find_survey_template(std::string_view code);

// A draft survey made from `t`: its title, description, anonymity and
// questions; round, county and the rest at their defaults.
Survey survey_from_template(const SurveyTemplate& t);

}  // namespace jamt::surveys
