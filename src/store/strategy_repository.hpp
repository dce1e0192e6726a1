#pragma once
// Storage of strategies and their goal trees. Every function works on a
// session the caller leased (inside Database::transaction or ::read) and
// throws soci errors, which those turn into Errors.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/strategy.hpp"

namespace soci {
class session;
}

namespace jamt::store {

// One line of the strategy list.
struct StrategySummary {
  std::int64_t id = 0;
  std::string county_code;
  std::string title;
  std::string title_en{};  // the author's English title, "" when not given
  int start_year = 0;
  int end_year = 0;
  StrategyStatus status = StrategyStatus::draft;
  bool revision_open = false;  // the row's title and period are the draft revision's
};

// A goal-tree node that serves a national sub-goal, with its strategy.
struct NodeServingGoal {
  std::int64_t strategy_id = 0;
  std::string county_code;
  std::string strategy_title;
  std::string strategy_title_en{};  // "" when not given
  StrategyStatus strategy_status = StrategyStatus::draft;
  int start_year = 0;
  int end_year = 0;
  std::string code;
  NodeKind kind = NodeKind::target;
  std::string title;
  std::string title_en{};  // "" when not given
};

// Inserts the strategy with its whole tree (the ids it carries are ignored);
// returns the new strategy id.
std::int64_t insert_strategy(soci::session& s, const Strategy& strategy);

// Replaces the strategy `id` by `strategy`, keeping the id: the row is updated
// (status, adoption, revision flag included) and the tree is written over the
// stored one so that nodes and indicators keep their rows and ids — matched
// by the id they carry when it is one of this strategy's, else by code under
// the same parent (nodes) or node (indicators); the rest are deleted and new
// ones inserted. The action plan is deleted and inserted anew.
void replace_strategy(soci::session& s, std::int64_t id, const Strategy& strategy);

// The id of the strategy of `county_code` for exactly that period, if any.
std::optional<std::int64_t> find_strategy_id(soci::session& s, const std::string& county_code, int start_year,
                                             int end_year);

// The strategy with its tree and action plan (ids filled in), or nullopt.
std::optional<Strategy> load_strategy(soci::session& s, std::int64_t id);

// All strategies ordered by county code and start year.
std::vector<StrategySummary> list_strategies(soci::session& s);

// Nodes linked to the national sub-goal `reference` ("2017:6"), ordered by
// county, period and tree position.
std::vector<NodeServingGoal> list_nodes_serving(soci::session& s, const std::string& reference);

}  // namespace jamt::store
