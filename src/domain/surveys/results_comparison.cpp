#include "domain/surveys/results_comparison.hpp"

#include <cmath>
#include <map>

namespace jamt::surveys {

namespace {

// a − b between one-decimal percents, exact in tenths.
std::optional<double> difference(const std::optional<double>& a, const std::optional<double>& b) {
  if (!a || !b) return std::nullopt;
  return static_cast<double>(std::llround(*a * 10) - std::llround(*b * 10)) / 10;
}

}  // namespace

std::vector<QuestionComparison> compare_rounds(const SurveyResults& current, const SurveyResults& previous) {
  std::map<std::string, const QuestionResult*> earlier;
  for (const auto& q : previous.questions) earlier.emplace(q.code, &q);
  std::vector<QuestionComparison> out;
  for (const auto& q : current.questions) {
    auto it = earlier.find(q.code);
    if (it == earlier.end()) continue;
    const QuestionResult& p = *it->second;
    QuestionComparison c{.code = q.code, .text = q.text, .n_current = q.n, .n_previous = p.n};
    auto percent_in = [](const QuestionResult& r, const std::string& value) -> std::optional<double> {
      if (r.n == 0) return std::nullopt;
      for (const auto& o : r.options)
        if (o.value == value) return o.percent;
      return std::nullopt;
    };
    for (const auto& o : q.options) {
      OptionChange ch{.value = o.value, .label = o.label, .current = percent_in(q, o.value),
                      .previous = percent_in(p, o.value)};
      ch.change_pp = difference(ch.current, ch.previous);
      c.options.push_back(ch);
    }
    for (const auto& o : p.options) {
      bool known = false;
      for (const auto& mine : q.options) known = known || mine.value == o.value;
      if (!known)
        c.options.push_back(OptionChange{.value = o.value, .label = o.label, .current = std::nullopt,
                                         .previous = percent_in(p, o.value), .change_pp = std::nullopt});
    }
    c.positive_current = q.positive_percent;
    c.positive_previous = p.positive_percent;
    c.positive_change_pp = difference(q.positive_percent, p.positive_percent);
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace jamt::surveys
