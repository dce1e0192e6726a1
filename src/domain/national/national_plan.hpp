#pragma once
// The national level of the work (issue 14, item 3; seed 001): the national
// action plan held at region "00" — an overall goal and operational
// sub-goals, each with its insatser and förväntad effekt —, the funds each
// county is granted, uses and carries over per year, and activities that a
// county offers as learning examples (lärande exempel). Pure data.
#include <cstdint>
#include <string>
#include <vector>

namespace jamt {

// The region code of the national level.
inline constexpr const char* kNationalRegion = "00";

// One operational sub-goal (delmål) of the national action plan.
struct NationalSubGoal {
  std::string title{};                          // what is to be reached
  std::vector<std::string> insatser{};          // what the boards do, in order
  std::vector<std::string> expected_effects{};  // förväntad effekt, in order
};

// The national action plan. `updated_by`/`updated_at` are set by the store.
struct NationalPlan {
  std::string region_code = kNationalRegion;
  std::string title{};
  std::string overall_goal{};
  std::vector<NationalSubGoal> subgoals{};
  std::string updated_by{};
  std::string updated_at{};
};

// A county's funds for one year, in whole kronor.
struct CountyResources {
  std::string county_code{};
  int year = 0;
  std::int64_t granted = 0;       // anslagna medel
  std::int64_t used = 0;          // förbrukade medel
  std::int64_t carried_over = 0;  // of the unspent, carried over to the next year
  std::string updated_by{};
  std::string updated_at{};
};

// Oförbrukade medel: granted - used (negative when more was used than
// granted). Computed, never stored.
std::int64_t unspent(const CountyResources& resources);

// The nation's figures for one year: granted, used and carried over summed
// over `counties` (county_code "00", the year of the first row; unspent()
// of the total is then the sum of the counties' unspent).
CountyResources resources_total(const std::vector<CountyResources>& counties);

// An activity flagged as an example, with what the listing shows of it.
struct ActivityExample {
  std::int64_t activity_id = 0;
  std::string title{};
  std::string county_code{};
  std::string start_date{};
  std::string development_area{};  // utvecklingsområde the example illustrates
  bool published = false;        // whether the activity is public
  std::string flagged_by{};
  std::string flagged_at{};
};

// The problems with `plan` as "field: message" pairs (Swedish messages):
// a title and an overall goal of at most 2000 characters each, at least one
// sub-goal, each with a title, and no empty insats or effect line. Empty
// when the plan is valid.
struct PlanProblem {
  std::string field{};
  std::string message{};
};
std::vector<PlanProblem> plan_problems(const NationalPlan& plan);

}  // namespace jamt
