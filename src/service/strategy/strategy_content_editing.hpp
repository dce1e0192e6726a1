#pragma once
// Editing a strategy's content piece by piece (issue 12, item 1): the order
// of a node among its siblings; a node's indicators (add, change, remove,
// reorder); its problem areas with suggested actions; the action plan and
// its objectives with their targets. Each is one edit_strategy change: on an
// adopted strategy it works on the draft revision, an archived strategy is
// refused ("conflict"), and it is audited with the document before and after.
// Who may, and the errors before the input is judged: as strategy_editing.hpp.
// The board's commitments are not edited here.
#include <cstdint>
#include <optional>
#include <string>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "domain/strategy.hpp"
#include "store/database.hpp"

namespace jamt::service {

// Where to put a node or an indicator among its siblings: one step "up" or
// "down", or at `position` (1 = first). Exactly one of the two.
struct NewPosition {
  std::optional<std::string> direction{};
  std::optional<int> position{};
};

// Moves node `node_id` among its siblings. "validation" naming direction or
// position (unknown word, outside 1…number of siblings, up from the first,
// down from the last); "not_found" when the strategy has no such node.
Result<Strategy> reorder_node(store::Database& db, std::int64_t id, std::int64_t node_id, const NewPosition& where,
                              const std::optional<User>& user);

// Adds `indicator` last among node `node_id`'s indicators (its id ignored);
// the indicator as stored, with its new id. "validation" naming the field
// (code, name, unit, periodicity, disaggregation, direction, baseline,
// target…); "not_found" for no such node.
Result<Indicator> add_indicator(store::Database& db, std::int64_t id, std::int64_t node_id, Indicator indicator,
                                const std::optional<User>& user);

// Replaces the definition of indicator `indicator_id` of node `node_id` by
// `indicator`, keeping its id. Errors as add_indicator; "not_found" for no
// such indicator on that node.
Result<Indicator> update_indicator(store::Database& db, std::int64_t id, std::int64_t node_id,
                                   std::int64_t indicator_id, Indicator indicator, const std::optional<User>& user);

// Removes indicator `indicator_id` of node `node_id`; "not_found" as above.
Status remove_indicator(store::Database& db, std::int64_t id, std::int64_t node_id, std::int64_t indicator_id,
                        const std::optional<User>& user);

// Moves indicator `indicator_id` among its node's indicators (as reorder_node).
Result<Strategy> reorder_indicator(store::Database& db, std::int64_t id, std::int64_t node_id,
                                   std::int64_t indicator_id, const NewPosition& where,
                                   const std::optional<User>& user);

// Adds a problem area (with its suggested actions) last on node `node_id`.
// "validation" naming problem, action or subgoals (a code that is not a
// sub-goal of the strategy); "not_found" for no such node.
Result<Strategy> add_problem_area(store::Database& db, std::int64_t id, std::int64_t node_id, ProblemArea area,
                                  const std::optional<User>& user);

// Replaces problem area number `number` (1 = first) of node `node_id`;
// "not_found" when there is no such node or number.
Result<Strategy> update_problem_area(store::Database& db, std::int64_t id, std::int64_t node_id, int number,
                                     ProblemArea area, const std::optional<User>& user);

// Removes problem area number `number` of node `node_id`; "not_found" as above.
Result<Strategy> remove_problem_area(store::Database& db, std::int64_t id, std::int64_t node_id, int number,
                                     const std::optional<User>& user);

// Sets the action plan (title, period, description, objectives), or removes
// it with nullopt. "validation" naming the field (title, start_year,
// end_year, code…).
Result<Strategy> set_action_plan(store::Database& db, std::int64_t id, std::optional<ActionPlan> plan,
                                 const std::optional<User>& user);

// Adds `objective` (with its targets) last in the action plan; "conflict"
// when the strategy has no action plan; "validation" naming the field.
Result<Strategy> add_objective(store::Database& db, std::int64_t id, ActionPlanObjective objective,
                               const std::optional<User>& user);

// Replaces objective number `number` (1 = first) with its targets;
// "not_found" when there is no such objective.
Result<Strategy> update_objective(store::Database& db, std::int64_t id, int number, ActionPlanObjective objective,
                                  const std::optional<User>& user);

// Removes objective number `number` with its targets; "not_found" as above.
Result<Strategy> remove_objective(store::Database& db, std::int64_t id, int number, const std::optional<User>& user);

}  // namespace jamt::service
