#pragma once
// A survey (enkät): a questionnaire run in one round, its questions, and the
// answers respondents submit. Pure values with designated-initialiser
// defaults; no I/O. The store keeps question versions and respondents
// (docs/surveys.md); results are computed in domain/surveys/results.*.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace jamt::surveys {

// The kinds of question (API names in to_string):
//   agreement4     stämmer helt / delvis / inte / vet ej — values helt, delvis, inte, vet_ej
//   yes_partly_no  ja / delvis / nej — values ja, delvis, nej
//   single         one of the question's options
//   multiple       any number of the question's options
//   number         a number
//   text           free text
//   matrix         statements answered on one scale (the options; agreement4's when none are given)
enum class QuestionKind { agreement4, yes_partly_no, single, multiple, number, text, matrix };

// "agreement4", "yes_partly_no", "single", "multiple", "number", "text", "matrix".
std::string_view to_string(QuestionKind kind);
// The kind named `text`, or nullopt.
std::optional<QuestionKind> parse_question_kind(std::string_view text);

// One answer alternative: `value` is what the API and the store carry
// ("helt", "a"), `label` what the respondent reads ("Stämmer helt"),
// `label_en` the author's English of it ("" when not given; English pages
// then show the Swedish marked lang="sv"). The fixed scales have no
// label_en: their labels are the program's texts, translated by tr().
struct Option {
  std::string value{};
  std::string label{};
  std::string label_en{};
};

// One statement of a matrix question; answered on the question's scale.
struct Statement {
  std::string code{};  // "s1": unique in the question; answers are keyed "Q7.s1"
  std::string text{};
};

// The fixed scale of agreement4: helt, delvis, inte, vet_ej with Swedish labels.
const std::vector<Option>& agreement4_scale();
// The fixed scale of yes_partly_no: ja, delvis, nej with Swedish labels.
const std::vector<Option>& yes_partly_no_scale();
// The value of agreement4 that is "don't know" and counted apart: "vet_ej".
inline constexpr std::string_view dont_know_value = "vet_ej";

struct Question {
  std::string code{};     // "Q1": letters, digits, "_"; unique in the survey
  QuestionKind kind = QuestionKind::single;
  std::string text{};     // Swedish; required
  std::string text_en{};  // English where the author gives it; optional
  std::string help{};     // help text shown under the question; optional
  bool required = false;
  std::vector<Option> options{};       // single, multiple, matrix (empty matrix: agreement4)
  std::vector<Statement> statements{}; // matrix only
  std::string section{};  // the heading of the section the question belongs to; optional
  bool profile = false;   // a respondent-profile question (sex, sector, role, years) results break down by
  int version = 1;        // raised when options change after answers exist (docs/surveys.md)
  bool hidden = false;    // removed after it had answers: not shown, answers kept and exportable

  // The options a respondent picks from: the fixed scale of agreement4 and
  // yes_partly_no, agreement4's for a matrix without options, else `options`
  // (empty for number and text).
  const std::vector<Option>& scale() const;
  // The label of `value` on scale(), or `value` itself when it is not on it.
  std::string label_of(std::string_view value) const;
};

enum class SurveyStatus { draft, open, closed };

// "draft", "open", "closed".
std::string_view to_string(SurveyStatus status);
// The status named `text`, or nullopt.
std::optional<SurveyStatus> parse_survey_status(std::string_view text);

struct Survey {
  std::int64_t id = 0;        // 0 until stored
  std::string code{};         // short name shared by the rounds of one survey ("NYCKEL"); optional
  std::string title{};
  std::string description{};  // introduction shown above the questions; optional
  bool anonymous = false;     // no link between a respondent and the answers once submitted
  std::string round{};        // "2025"; optional
  std::optional<std::int64_t> previous_round_id{};  // the same survey's earlier round, for comparison
  std::string county{};       // the owning county's region code ("25"); empty for a national survey
  bool national = false;      // sent by the national coordinator to the counties
  int max_reminders = 2;          // reminders per respondent at most (0: none)
  int reminder_interval_days = 7; // at least this many days between invitation/reminders
  std::vector<Question> questions{};  // in the order shown, hidden ones included
  SurveyStatus status = SurveyStatus::draft;

  // The question with `code` (hidden ones included), or nullptr.
  const Question* question(std::string_view code) const;
};

// One answer to one question. `kind` says which member holds it:
//   choice   one value (agreement4, yes_partly_no, single; a matrix statement in Response)
//   choices  several values (multiple)
//   number   a number
//   text     free text
//   matrix   statement code → value (a matrix as the API carries it)
struct Answer {
  enum class Kind { none, choice, choices, number, text, matrix };
  Kind kind = Kind::none;
  std::string choice{};
  std::vector<std::string> choices{};
  double number = 0;
  std::string text{};
  std::map<std::string, std::string> matrix{};

  // Whether the answer holds nothing (none, empty text/choices/matrix):
  // the question was skipped.
  bool empty() const;
};

// A respondent's answers. In a submitted response a matrix question is
// flattened into one `choice` answer per statement, keyed "Q7.s1".
struct Response {
  std::string id{};       // random, never derived from the respondent or the order of submission
  bool submitted = false;
  std::string submitted_on{};  // "2025-03-14" (a date only); empty until submitted
  std::map<std::string, Answer> answers{};  // by question code ("Q1", "Q7.s1")
  std::map<std::string, std::string> profile{};  // profile code → value ("sex" → "kvinna")
};

// Checks a survey definition: a title, at least one question, unique valid
// question codes, a text on each question, options with unique non-empty
// values for single/multiple, statements with unique codes for a matrix,
// reminders ≥ 0 and an interval ≥ 1 day. Error "validation" whose `field`
// names the place ("questions[2].code").
Status validate_survey(const Survey& survey);

// Checks `answers` (API form: a matrix as Answer::Kind::matrix) against the
// survey's visible questions: known codes, values on each question's scale,
// numbers for number questions; with `complete`, every required question
// answered (and every statement of a required matrix). Error "validation"
// whose `field` is "answers.Q3" and whose message says, in Swedish, what is
// wrong with that question.
Status validate_answers(const Survey& survey, const std::map<std::string, Answer>& answers,
                        bool complete);

// Every problem of `answers` at once, one per question at most, in the
// survey's order (for a page that shows each error beside its question):
// what validate_answers would say about each question alone.
std::vector<Error> answer_problems(const Survey& survey, const std::map<std::string, Answer>& answers,
                                   bool complete);

// `answers` with each matrix answer flattened into "Q7.s1" choice answers
// and empty answers dropped: the form a submitted Response stores.
std::map<std::string, Answer> flatten_answers(const std::map<std::string, Answer>& answers);

// Whether `code` is a valid question, statement or option code: 1–40 ASCII
// letters, digits, "_" or "-", starting with a letter or digit.
bool valid_code(std::string_view code);

}  // namespace jamt::surveys
