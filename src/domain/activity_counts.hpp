#pragma once
// Counting activities for the follow-up: "antal genomförda insatser med
// bäring på de jämställdhetspolitiska delmålen" and its breakdowns are
// computed from the register, never typed in. Pure; no I/O.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "domain/registers/activity.hpp"
#include "domain/strategy.hpp"

namespace jamt {

// One line of a breakdown: a goal node, a national sub-goal, a type or a
// status, with the number of activities counted under it.
struct ActivityCount {
  std::string code;   // "FO5.1", "2017:6", "utbildning", "genomford"
  std::string label;  // Swedish title or label
  int depth = 0;      // goal nodes: 0 for the top of the tree
  std::size_t count = 0;
  // Goal nodes: activities linked to the node or to any node under it, each
  // counted once. Other breakdowns: equal to `count`.
  std::size_t count_with_descendants = 0;
};

// Participants summed by sex.
struct ParticipantTotals {
  long long women = 0;
  long long men = 0;
  long long other = 0;  // other or unknown sex
  long long total() const { return women + men + other; }
  // Women as a percentage of women and men (others are left out, as in the
  // statistics); nullopt when there are neither.
  std::optional<double> women_share() const;
};

struct ActivityCounts {
  std::size_t total = 0;
  // Activities with more than one organiser (at least one co-organiser).
  std::size_t joint = 0;
  // Genomförda activities linked to at least one national sub-goal: the
  // Kalmar follow-up indicator.
  std::size_t completed_with_national_goal = 0;
  // Every node of `strategy` in tree order (zeros included); empty without
  // a strategy. Only links to that strategy count.
  std::vector<ActivityCount> by_goal_node;
  // Every sub-goal of the strategy's national-goal version (2017 without a
  // strategy), then any other sub-goal an activity links to.
  std::vector<ActivityCount> by_national_goal;
  // Every type and every status of the register, in the register's order.
  std::vector<ActivityCount> by_type;
  std::vector<ActivityCount> by_status;
  ParticipantTotals participants;
};

// Counts `activities` (already filtered by the caller: county, year, …). An
// activity linked to several nodes or sub-goals counts once under each.
ActivityCounts count_activities(const std::vector<registers::Activity>& activities, const Strategy* strategy);

}  // namespace jamt
