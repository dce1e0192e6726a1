#pragma once
// What changed between two versions of a strategy, as a list a person reads
// ("Mål 1.2 har fått ny rubrik: … → …") with machine fields beside each line.
// Pure; no I/O.
#include <string>
#include <vector>

#include "domain/strategy.hpp"

namespace jamt {

// One change. `kind` is what changed: "strategy", "node", "indicator",
// "commitment", "objective" (action plan) or "action_plan_target"; `code` the
// node's, indicator's, objective's or target's code ("" for the strategy);
// `change` how: "title", "period", "vision", "description",
// "national_goal_version", "added", "removed", "code", "level", "moved",
// "national_goals", "name", "definition", "action_plan", and for commitments
// "text", "owner", "targets"; `before`/`after` the
// values in words ("" where there is none); `text` the sentence in Swedish.
struct StrategyChange {
  std::string kind;
  std::string code;
  std::string change;
  std::string before;
  std::string after;
  std::string text;
};

// The changes that turn `before` into `after`, in reading order: the
// strategy's own fields, then the goal tree in `after`'s order (removed nodes
// last), then the action plan. Nodes and indicators are matched by id when
// both sides carry ids, else by code (nodes: code under the same parent
// code; indicators: code; commitments: under the same node, by id, else by
// text). Empty when nothing differs.
std::vector<StrategyChange> diff_strategies(const Strategy& before, const Strategy& after);

}  // namespace jamt
