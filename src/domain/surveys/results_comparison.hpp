#pragma once
// A round's results beside the same survey's earlier round (issue 11, item
// 2 and 5): per question code found in both rounds, the change in
// percentage points per option and in the positive share. Changes are taken
// between the rounded, published percents, so a reader can check them:
// 72.1 − 65.0 = +7.1.
#include <optional>
#include <string>
#include <vector>

#include "domain/surveys/results.hpp"

namespace jamt::surveys {

struct OptionChange {
  std::string value{};
  std::string label{};
  std::optional<double> current{};    // percent this round; nullopt when the option is not in this round
  std::optional<double> previous{};   // percent the earlier round
  std::optional<double> change_pp{};  // current − previous, one decimal; nullopt unless both are there
};

struct QuestionComparison {
  std::string code{};
  std::string text{};   // this round's text
  int n_current = 0;
  int n_previous = 0;
  std::vector<OptionChange> options{};  // this round's options in order, then options only the earlier round had
  std::optional<double> positive_current{};
  std::optional<double> positive_previous{};
  std::optional<double> positive_change_pp{};
};

// One entry per question (or matrix statement) of `current` whose code is
// also in `previous`, in `current`'s order. A question answered by no one in
// either round has no changes (all change_pp nullopt).
std::vector<QuestionComparison> compare_rounds(const SurveyResults& current, const SurveyResults& previous);

}  // namespace jamt::surveys
