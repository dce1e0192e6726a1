#pragma once
// A survey round's results read from the store (issue 11, items 5, 6 and 8;
// docs/survey_results.md): the honest numbers, a breakdown by a profile, the
// comparison with an earlier round, the national Ja/Delvis/Nej table, the
// owner hiding an open answer, and the raw answers of a survey that is not
// anonymous. Reading needs authorize_survey_read (readable_survey); hiding
// and the raw answers need authorize_survey_change.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/surveys/results.hpp"
#include "domain/surveys/results_breakdown.hpp"
#include "domain/surveys/results_comparison.hpp"
#include "domain/surveys/results_national.hpp"
#include "store/database.hpp"

namespace soci {
class session;
}

namespace jamt::service {

// What the reader asks for beside the round's own numbers.
struct ResultsQuery {
  std::string by{};                       // a profile key to break down by; "" for none
  std::optional<std::int64_t> compare{};  // the round to compare with; nullopt: the survey's previous round
};

// A round's results and what goes with them on the page and in the API.
struct SurveyResultsView {
  surveys::Survey survey{};
  surveys::SurveyResults results{};
  std::vector<std::string> profile_keys{};   // what a breakdown may use: profile questions, then response profile keys
  std::optional<surveys::Breakdown> breakdown{};
  std::optional<surveys::Survey> compared_with{};  // the earlier round (its questions), when there is one
  std::vector<surveys::QuestionComparison> comparison{};
  bool national = false;                      // a national survey: `national_table` is filled
  std::vector<surveys::NationalRow> national_table{};
  std::vector<std::string> counties_not_answered{};  // a national survey: invited counties without a submission, by code
  bool may_change = false;                    // the reader may hide answers
  bool may_read_answers = false;              // the reader may download the raw answers
};

// The input of compute_results for survey `survey` as stored: its submitted
// responses with their answers and profile, the participation counts, the
// questions each response was not shown (survey_question_marks and hidden
// questions, docs/survey_results.md "Not shown") and the hidden open answers.
surveys::ResultsInput load_results_input(soci::session& s, const surveys::Survey& survey);

// The results of survey `id` for `user` (readable_survey). `query.by` must
// be one of the survey's profile keys (error "validation", field "by");
// `query.compare` a survey the user may read (error "validation", field
// "compare"); without it the survey's previous round is compared when the
// user may read it. Errors of get_survey otherwise.
Result<SurveyResultsView> survey_results(store::Database& db, std::int64_t id, const ResultsQuery& query,
                                         const std::optional<User>& user);

// Hides (`hide`) or shows again the open answer of response `response_id`
// to text question `question` of survey `id` (authorize_survey_change).
// Audited (entity "survey", action "hide_text" / "show_text", the question,
// and the response id unless the survey is anonymous). Errors: "validation"
// naming "question" (no text question with that code) or "response_id"
// (no such answer), "conflict" when it is hidden (shown) already,
// "not_found", "unauthorized", "forbidden".
Status set_text_hidden(store::Database& db, std::int64_t id, const std::string& response_id,
                       const std::string& question, bool hide, const std::optional<User>& user);

// The raw answers of a survey that is not anonymous, for its owner.
struct RawAnswers {
  surveys::Survey survey{};
  std::vector<surveys::Response> responses{};  // in response-id order
  // Response id → (e-mail, name) of the respondent who gave it.
  std::map<std::string, std::pair<std::string, std::string>> respondents{};
};

// The raw answers of survey `id` (authorize_survey_change). Error
// "forbidden" with a Swedish message for an anonymous survey (its answers
// are never given out one by one), errors of get_survey otherwise.
Result<RawAnswers> raw_answers(store::Database& db, std::int64_t id, const std::optional<User>& user);

}  // namespace jamt::service
