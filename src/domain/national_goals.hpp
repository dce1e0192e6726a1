#pragma once
// The national gender-equality policy goals (de jämställdhetspolitiska
// målen) in their two versions: "2006" with four sub-goals (seeds 000, 004)
// and "2017" with six (seed 002). Regional goals link to sub-goals by
// reference "VERSION:N", e.g. "2017:6".
#include <string>
#include <string_view>
#include <vector>

namespace jamt {

struct NationalSubgoal {
  std::string code;         // "1".."6"
  std::string title;        // "Ekonomisk jämställdhet"
  std::string description;  // the sentence that defines it

  // "VERSION:CODE" reference used by goal-tree nodes, e.g. "2017:2".
  std::string reference(std::string_view version) const { return std::string(version) + ":" + code; }
};

struct NationalGoalCatalogue {
  std::string version;  // "2006" or "2017"
  std::string overall;  // the overall goal
  std::string valid_from;  // year the version took effect, for display
  std::vector<NationalSubgoal> subgoals;
};

// Both versions, oldest first. Immutable; thread-safe.
const std::vector<NationalGoalCatalogue>& national_goal_catalogues();

// The catalogue of `version`, or nullptr if there is no such version.
const NationalGoalCatalogue* find_national_goal_catalogue(std::string_view version);

// The sub-goal a reference like "2017:6" names, or nullptr if the version or
// number is unknown or the text is not of that shape.
const NationalSubgoal* find_national_subgoal(std::string_view reference);

}  // namespace jamt
