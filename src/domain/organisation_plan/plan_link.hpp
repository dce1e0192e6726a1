#pragma once
// An organisation's own plan tied to the county's strategy (issue 12, item
// 4): the targets of the action plan and the goal nodes the plan says it
// contributes to. Plain values; no I/O.
#include <cstdint>
#include <string>

namespace jamt {

// One declared link: exactly one of `target_code` (a target of the
// strategy's action plan, "1.3") and `node_id` (a goal node of the
// strategy) is set; `note` says what the organisation's plan says.
struct PlanLink {
  std::int64_t strategy_id = 0;
  std::string target_code;  // "" for a goal node
  std::int64_t node_id = 0;  // 0 for a target
  std::string note;
  std::string declared_by;  // the account that declared it
  std::string declared_at;  // "YYYY-MM-DDTHH:MM:SSZ"
};

// Whether `a` and `b` name the same target or node (notes aside).
inline bool same_subject(const PlanLink& a, const PlanLink& b) {
  return a.strategy_id == b.strategy_id && a.target_code == b.target_code && a.node_id == b.node_id;
}

}  // namespace jamt
