#pragma once
// The sentences of a list of strategy changes, in order, for comparing with
// the sentences a test expects (strategy_diff_test, strategy_commitments_test).
#include <string>
#include <vector>

#include "domain/strategy/strategy_diff.hpp"

namespace jamt::testing {

inline std::vector<std::string> change_texts(const std::vector<StrategyChange>& changes) {
  std::vector<std::string> out;
  for (const auto& c : changes) out.push_back(c.text);
  return out;
}

}  // namespace jamt::testing
