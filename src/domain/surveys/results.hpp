#pragma once
// The honest numbers of a survey round (issue 11, item 5): who took part, and
// per question how many answered, skipped, were not shown the question or
// said "vet ej", with counts and percents per option. Pure computation over
// the submitted responses; the store reads them and the report layer renders
// them (report/survey_json.*, report/survey_chart.*, report/survey_download.*).
//
// Definitions (docs/survey_results.md):
//   n           respondents who answered the question ("vet ej" included)
//   no_answer   shown the question, submitted, but left it empty (item non-response)
//   not_shown   never shown the question (added later, or hidden before they answered)
//   dont_know   of n, those who said "vet ej"; shown apart, not among `options`
//   percent     count / n, rounded half away from zero to one decimal (31/43 → 72.1)
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "domain/surveys/survey.hpp"

namespace jamt::surveys {

// How many people a round reached, from the invitations.
struct ParticipantCounts {
  int invited = 0;    // personal links sent (0 for an open survey)
  int opened = 0;     // opened their link at least once
  int started = 0;    // saved at least one answer
  int completed = 0;  // submitted
  int opted_out = 0;  // declined through their link
};

// Everything compute_results needs. The caller owns nothing shared; the
// function keeps no reference after it returns.
struct ResultsInput {
  Survey survey{};                   // its questions, in the order shown (hidden ones included)
  std::vector<Response> responses{}; // only submitted ones count; others are ignored
  ParticipantCounts participants{};
  // Response id → codes ("Q3", or "Q7" for a whole matrix) of questions that
  // respondent was never shown. Anything else left empty is a skip.
  std::map<std::string, std::set<std::string>> not_shown{};
  // (response id, question code) of free-text answers the owner has hidden.
  std::set<std::pair<std::string, std::string>> hidden_texts{};
};

// One option's share of a question.
struct OptionResult {
  std::string value{};
  std::string label{};
  int count = 0;
  double percent = 0;  // count / n · 100, one decimal; 0 when n is 0
};

struct NumberSummary {
  double mean = 0;
  double median = 0;
  double min = 0;
  double max = 0;
};

// A free-text answer that the owner has not hidden.
struct TextAnswer {
  std::string response_id{};
  std::string text{};
};

// The result of one question, or of one statement of a matrix ("Q7.s1").
struct QuestionResult {
  std::string code{};            // "Q1", or "Q7.s1" for a matrix statement
  QuestionKind kind = QuestionKind::single;
  std::string text{};            // the question's text; for a statement "question – statement"
  bool hidden = false;           // the question was removed after it had answers
  int n = 0;
  int no_answer = 0;
  int not_shown = 0;
  int dont_know = 0;
  std::optional<double> dont_know_percent{};  // dont_know / n, when the scale has "vet ej" and n > 0
  std::vector<OptionResult> options{};        // the scale in order, "vet ej" left out
  // helt + delvis (agreement4) or ja + delvis (yes_partly_no, and a matrix
  // on either scale), over n; nullopt for other kinds or when n is 0.
  std::optional<double> positive_percent{};
  int unrecognised = 0;                       // answers whose value is on no option (counted in n)
  std::optional<NumberSummary> numbers{};     // number questions with n > 0
  std::vector<TextAnswer> texts{};            // text questions: the visible answers
  int hidden_texts = 0;                       // text questions: answers the owner hid
  // Set only in a breakdown: the numbers of this group for this question are
  // withheld (options, percents and texts emptied) and `withheld_reason` says why.
  bool withheld = false;
  std::string withheld_reason{};
};

// The response rate and what it is a share of.
struct ParticipantSummary {
  ParticipantCounts counts{};
  int respondents = 0;                     // submitted responses counted in the questions
  std::optional<double> response_rate{};   // completed / invited · 100, one decimal; nullopt without invitations
  int response_rate_denominator = 0;       // = invited
};

struct SurveyResults {
  ParticipantSummary participants{};
  std::vector<QuestionResult> questions{};  // survey order; a matrix gives one entry per statement
};

// The label of a question's positive share, in Swedish: "Andel positiva
// (ja eller delvis)" on the ja/delvis/nej scale (a matrix on it included),
// else "Andel positiva (helt eller delvis)".
std::string positive_share_label(const QuestionResult& q);
// The same label for a scale known to be ja/delvis/nej (`yes_scale`) or not.
std::string positive_share_label(bool yes_scale);

// The results of one round. Never fails: an answer that does not fit its
// question (a value on no option, text for a number question) is counted as
// `unrecognised`: in n, on no option, out of the number summary.
SurveyResults compute_results(const ResultsInput& input);

// The question results over `responses` only (pointers into
// input.responses or elsewhere; unsubmitted ones are skipped), with
// input.not_shown and input.hidden_texts applied: what a breakdown computes
// per group. input.responses is not read.
std::vector<QuestionResult> question_results(const ResultsInput& input, const std::vector<const Response*>& responses);

// count / denominator as a percent rounded half away from zero to one
// decimal, computed in integers so 201/400 gives 50.3, not 50.2. 0 when the
// denominator is 0.
double percent_one_decimal(std::int64_t count, std::int64_t denominator);

}  // namespace jamt::surveys
