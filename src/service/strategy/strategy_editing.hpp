#pragma once
// Writing a strategy through the API: create a draft, change its fields and
// goal tree, adopt it (docs/api.md, "Strategies: drafts, revisions and
// versions"). Changing an adopted strategy opens its draft revision (at most
// one): the stored tree becomes the revision while the public keeps reading
// the adopted version; adopting the revision makes the next version. Nodes
// and indicators keep their ids through every change, so activities and
// links that point at them survive. Every change is in the audit log with
// the document (ids included) before and after.
//
// Who may: admins and the strategists of the strategy's county. Others get
// Error "unauthorized" (public), "not_found" (may not even read it) or
// "forbidden" (may read it), decided before the input is judged.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "domain/strategy.hpp"
#include "store/database.hpp"
#include "store/strategy/strategy_version_repository.hpp"

namespace jamt::service {

struct NewStrategyInput {
  std::string county_code{};
  std::string title{};
  int start_year = 0;
  int end_year = 0;
  std::string national_goal_version{};
};

// The fields of a strategy a PATCH may change; nullopt leaves one as it is.
struct StrategyPatch {
  std::optional<std::string> title{};
  std::optional<int> start_year{};
  std::optional<int> end_year{};
  std::optional<std::string> national_goal_version{};
  std::optional<std::string> vision{};
  std::optional<std::string> description{};
  std::optional<std::string> source{};
  // The author's English ("" removes it); English pages show the Swedish
  // where one is missing.
  std::optional<std::string> title_en{};
  std::optional<std::string> vision_en{};
  std::optional<std::string> description_en{};
};

// A node's fields; nullopt leaves one as it is (PATCH) or takes the default
// (POST: description "", no national goals, at the top of the tree).
// parent_id holds nullopt-inside for "move to the top".
struct NodeInput {
  std::optional<std::string> kind{};
  std::optional<std::string> code{};
  std::optional<std::string> title{};
  std::optional<std::string> description{};
  std::optional<std::optional<std::int64_t>> parent_id{};
  std::optional<std::vector<std::string>> national_goals{};
  std::optional<std::string> title_en{};        // the author's English; "" removes it
  std::optional<std::string> description_en{};  // likewise
};

struct AdoptInput {
  std::string adopted_on{};  // "YYYY-MM-DD", not after today (the store's clock, Swedish date)
  std::string decision{};    // the decision's reference, e.g. a diarienummer
};

// Creates a draft strategy. Error "validation" naming the field (county_code,
// title, start_year, end_year, national_goal_version); "conflict" when the
// county already has a strategy for exactly that period.
Result<Strategy> create_strategy(store::Database& db, const NewStrategyInput& input, const std::optional<User>& user);

// Changes the strategy's own fields (on an adopted strategy: of its draft
// revision, opened here when there is none). "conflict" for an archived
// strategy or a period another strategy of the county has.
Result<Strategy> update_strategy(store::Database& db, std::int64_t id, const StrategyPatch& patch,
                                 const std::optional<User>& user);

// Adds a node (kind, code and title required) under parent_id or at the top.
// Returns the node with its new id. "validation" naming the field; a
// parent_id that is not a node of this strategy names parent_id.
Result<GoalNode> add_node(store::Database& db, std::int64_t id, const NodeInput& input,
                          const std::optional<User>& user);

// Changes node `node_id` (moving it when parent_id is given; not under
// itself or its own descendants). "not_found" when the strategy has no such node.
Result<GoalNode> update_node(store::Database& db, std::int64_t id, std::int64_t node_id, const NodeInput& input,
                             const std::optional<User>& user);

// Removes node `node_id` with its children and indicators. Links to it by
// code (activities) stay and point at nothing once the removal is adopted.
Status remove_node(store::Database& db, std::int64_t id, std::int64_t node_id, const std::optional<User>& user);

// Adopts the draft strategy or its draft revision: the next version
// (1, 2, …) is frozen with the document as it is now. "validation" naming
// adopted_on (not a date, in the future, before the previous version's) or
// decision (empty); "conflict" when there is nothing to adopt (adopted with
// no revision open, or archived).
Result<store::StrategyVersionRow> adopt_strategy(store::Database& db, std::int64_t id, const AdoptInput& input,
                                                 const std::optional<User>& user);

}  // namespace jamt::service
