// The national level's pure rules (issue 14, item 3): unspent funds are
// granted less used; a national action plan names its title, overall goal
// and sub-goals, and no line of it is empty.
#include <gtest/gtest.h>

#include "domain/national/national_plan.hpp"

using namespace jamt;

TEST(NationalResources, UnspentIsGrantedLessUsedAndNegativeWhenOverspent) {
  EXPECT_EQ(unspent({.county_code = "08", .year = 2014, .granted = 476'190, .used = 431'500, .carried_over = 0}),
            44'690);
  EXPECT_EQ(unspent({.county_code = "01", .year = 2014, .granted = 100, .used = 120, .carried_over = 0}), -20);
}

TEST(NationalPlanRules, ACompletePlanHasNoProblems) {
  NationalPlan plan{.title = "Handlingsplan",
                    .overall_goal = "Resurser tas tillvara",
                    .subgoals = {{.title = "Delmål", .insatser = {"Kartläggningar"}, .expected_effects = {}}}};
  EXPECT_TRUE(plan_problems(plan).empty());
}

TEST(NationalPlanRules, EachMissingPartIsNamedByItsField) {
  NationalPlan plan{.title = "", .overall_goal = "Mål", .subgoals = {}};
  auto problems = plan_problems(plan);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].field, "title");
  EXPECT_EQ(problems[0].message, "Rubriken får inte vara tom");
  EXPECT_EQ(problems[1].field, "subgoals");

  plan.title = "Plan";
  plan.subgoals = {{.title = "Delmål", .insatser = {"Möten", " "}, .expected_effects = {std::string(2001, 'x')}}};
  problems = plan_problems(plan);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].field, "subgoals[0].insatser[1]");
  EXPECT_EQ(problems[1].field, "subgoals[0].expected_effects[0]");
  EXPECT_EQ(problems[1].message, "En förväntad effekt får vara högst 2000 tecken");
}

TEST(NationalPlan, TheNationsResourcesAreTheCountiesSummedAndItsUnspentFollows) {
  std::vector<CountyResources> counties = {
      {.county_code = "08", .year = 2025, .granted = 500000, .used = 450000, .carried_over = 30000},
      {.county_code = "01", .year = 2025, .granted = 700000, .used = 720000, .carried_over = 0}};
  CountyResources total = resources_total(counties);
  EXPECT_EQ(total.county_code, "00");
  EXPECT_EQ(total.year, 2025);
  EXPECT_EQ(total.granted, 1200000);
  EXPECT_EQ(total.used, 1170000);
  EXPECT_EQ(total.carried_over, 30000);
  EXPECT_EQ(unspent(total), 30000);  // 50 000 left in Kalmar, 20 000 overspent in Stockholm
  EXPECT_EQ(resources_total({}).granted, 0);
}
