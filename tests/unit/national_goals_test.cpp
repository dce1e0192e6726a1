#include <gtest/gtest.h>

#include "domain/national_goals.hpp"

using namespace jamt;

TEST(NationalGoals, VersionTwoThousandSixHasFourSubgoals) {
  const auto* c = find_national_goal_catalogue("2006");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->subgoals.size(), 4u);
  EXPECT_EQ(c->subgoals[3].title, "Mäns våld mot kvinnor ska upphöra");
}

TEST(NationalGoals, VersionTwoThousandSeventeenHasSixSubgoals) {
  const auto* c = find_national_goal_catalogue("2017");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->subgoals.size(), 6u);
  EXPECT_EQ(c->subgoals[2].title, "Jämställd utbildning");
  EXPECT_EQ(c->subgoals[4].title, "Jämställd hälsa");
  EXPECT_NE(c->overall.find("flickor och pojkar"), std::string::npos);
}

TEST(NationalGoals, ResolvesReferences) {
  ASSERT_NE(find_national_subgoal("2017:6"), nullptr);
  EXPECT_EQ(find_national_subgoal("2017:6")->title, "Mäns våld mot kvinnor ska upphöra");
  EXPECT_EQ(find_national_subgoal("2006:2")->title, "Ekonomisk jämställdhet");
  EXPECT_EQ(find_national_subgoal("2006:5"), nullptr);
  EXPECT_EQ(find_national_subgoal("2017:7"), nullptr);
  EXPECT_EQ(find_national_subgoal("2017"), nullptr);
  EXPECT_EQ(find_national_subgoal("1999:1"), nullptr);
}
