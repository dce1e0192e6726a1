#pragma once
// Small builders for survey results tests: a survey, and submitted responses
// made from a compact description.
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "domain/surveys/results.hpp"

namespace jamt::surveys::testing {

inline Answer choice(std::string value) { return Answer{.kind = Answer::Kind::choice, .choice = std::move(value)}; }
inline Answer choices(std::vector<std::string> values) {
  return Answer{.kind = Answer::Kind::choices, .choices = std::move(values)};
}
inline Answer number(double v) { return Answer{.kind = Answer::Kind::number, .number = v}; }
inline Answer text(std::string t) { return Answer{.kind = Answer::Kind::text, .text = std::move(t)}; }

inline Question agreement(std::string code, std::string text) {
  return Question{.code = std::move(code), .kind = QuestionKind::agreement4, .text = std::move(text)};
}

// A submitted response with id "r<index>".
inline Response submitted(int index, std::map<std::string, Answer> answers,
                          std::map<std::string, std::string> profile = {}) {
  return Response{.id = "r" + std::to_string(index), .submitted = true, .submitted_on = "2025-03-14",
                  .answers = std::move(answers), .profile = std::move(profile)};
}

// `count` responses answering `code` with `value`, numbered from `first`.
inline void add_answers(std::vector<Response>& out, int& next, const std::string& code, const std::string& value,
                        int count) {
  for (int i = 0; i < count; ++i) out.push_back(submitted(next++, {{code, choice(value)}}));
}

// The result of `code` in `results` (a test failure when absent).
inline const QuestionResult& question(const SurveyResults& results, const std::string& code) {
  for (const auto& q : results.questions)
    if (q.code == code) return q;
  throw std::runtime_error("no question " + code);
}

inline const OptionResult& option(const QuestionResult& q, const std::string& value) {
  for (const auto& o : q.options)
    if (o.value == value) return o;
  throw std::runtime_error("no option " + value + " in " + q.code);
}

}  // namespace jamt::surveys::testing
