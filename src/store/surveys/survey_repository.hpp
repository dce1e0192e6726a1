#pragma once
// Storage of surveys and their versioned questions (migration 16,
// docs/surveys.md). Functions work on a leased session and throw soci
// errors; the service wraps them in transactions.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/surveys/survey.hpp"

namespace soci {
class session;
}

namespace jamt::store {

// A survey as lists show it, with its participation counts.
struct SurveySummary {
  std::int64_t id = 0;
  std::string title{};
  std::string round{};
  std::string county_code{};
  bool national = false;
  bool anonymous = false;
  std::string status{};   // "draft", "open", "closed"
  int invited = 0;
  int completed = 0;
};

// Stores `survey` (its id ignored) with its questions as version 1, status
// draft; created_at/updated_at from the session's clock. Returns the new id.
std::int64_t insert_survey(soci::session& s, const surveys::Survey& survey, const std::string& created_by);

// The survey with `id` with the current version of each question (hidden
// ones included, flagged) in position order, or nullopt.
std::optional<surveys::Survey> find_survey(soci::session& s, std::int64_t id);

// Every survey of `county_code` and the national ones when `county_code` is
// not "*"; every survey for "*". Newest first.
std::vector<SurveySummary> list_surveys(soci::session& s, const std::string& county_code);

// Replaces title, description, round, previous round, reminder settings
// and code of survey `survey.id`; updated_at from the clock.
void update_survey_header(soci::session& s, const surveys::Survey& survey);

// Sets the status (and opened_at/closed_at) of survey `id`.
void set_survey_status(soci::session& s, std::int64_t id, surveys::SurveyStatus status);

// Whether any submitted answer exists for survey `survey_id`'s question
// `code` (a matrix's "Q7.s1" rows count for "Q7"). Drafts do not count:
// the service drops a draft's values that no longer fit when it loads them.
bool question_has_answers(soci::session& s, std::int64_t survey_id, const std::string& code);

// Overwrites the current version row of `question.code` (text, help, order,
// options, flags) in place.
void update_question(soci::session& s, std::int64_t survey_id, const surveys::Question& question, int position);

// Adds `question` as a new row with version `question.version`, making it
// the current version (the older rows are kept, no longer current).
void insert_question_version(soci::session& s, std::int64_t survey_id, const surveys::Question& question,
                             int position);

// Deletes every version of question `code` (only when it has no answers).
void delete_question(soci::session& s, std::int64_t survey_id, const std::string& code);

}  // namespace jamt::store
