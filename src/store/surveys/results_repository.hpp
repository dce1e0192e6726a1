#pragma once
// What survey results read beyond the survey and its responses
// (docs/survey_results.md): participation counts, which responses were not
// shown a question, the open answers the owner has hidden (migration 17),
// and who gave each response of a survey that is not anonymous. Functions
// work on a leased session and throw soci errors; the service wraps them.
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "domain/surveys/results.hpp"

namespace soci {
class session;
}

namespace jamt::store {

// The counts of survey `survey_id`'s respondents: invited (every row),
// opened, started, completed and opted out (their time or date set).
surveys::ParticipantCounts count_participants(soci::session& s, std::int64_t survey_id);

// One mark of survey_question_marks: whether `response_id` was shown
// question `question_code` (a whole matrix by its code, "Q7").
struct QuestionMark {
  std::string question_code{};
  std::string response_id{};
  bool shown = false;
};

// Every mark of survey `survey_id`, by question code then response id.
std::vector<QuestionMark> list_question_marks(soci::session& s, std::int64_t survey_id);

// Marks every response of survey `survey_id` that has no mark for `code`
// yet as shown (`shown`) or not shown the question, in one statement, in
// response-id order. Called by the change that adds, hides or brings back
// the question; returns the number of marks written.
int mark_existing_responses(soci::session& s, std::int64_t survey_id, const std::string& code, bool shown);

// Deletes the marks of question `code` (when the question itself is deleted).
void delete_question_marks(soci::session& s, std::int64_t survey_id, const std::string& code);

// The (response id, question code) of every hidden open answer of the survey.
std::set<std::pair<std::string, std::string>> list_hidden_texts(soci::session& s, std::int64_t survey_id);

// Whether response `response_id` of survey `survey_id` has a stored answer
// to question `code`.
bool response_has_answer(soci::session& s, std::int64_t survey_id, const std::string& response_id,
                         const std::string& code);

// Hides the answer (hidden_by, hidden_at from the clock); false when it was
// hidden already.
bool hide_text(soci::session& s, std::int64_t survey_id, const std::string& response_id, const std::string& code,
               const std::string& hidden_by);

// Shows it again; false when it was not hidden.
bool unhide_text(soci::session& s, std::int64_t survey_id, const std::string& response_id, const std::string& code);

// Who gave a response of a survey that is not anonymous.
struct ResponseRespondent {
  std::string email{};
  std::string name{};
};

// Response id → its respondent, for the responses of survey `survey_id`
// that have one (none for an anonymous survey).
std::map<std::string, ResponseRespondent> response_respondents(soci::session& s, std::int64_t survey_id);

}  // namespace jamt::store
