// Counting activities for the follow-up, checked against hand counts: an
// activity linked to several sub-goals or nodes counts once under each,
// joint activities have a co-organiser, participants are summed by sex.
#include <gtest/gtest.h>

#include "domain/activity_counts.hpp"

using jamt::ActivityCount;
using jamt::count_activities;
using jamt::GoalNode;
using jamt::NodeKind;
using jamt::Strategy;
using jamt::registers::Activity;

namespace {

Activity activity(const std::string& status, std::vector<std::string> goals, std::vector<std::string> nodes,
                  std::vector<std::int64_t> co, const std::string& women, const std::string& men,
                  const std::string& other, const std::string& type = "utbildning") {
  Activity a;
  a.record = {{"status", status},
              {"type", type},
              {"participants_women", women},
              {"participants_men", men},
              {"participants_other", other}};
  a.links.national_goals = std::move(goals);
  a.links.goal_nodes = std::move(nodes);
  a.links.co_organiser_ids = std::move(co);
  a.strategy_id = a.links.goal_nodes.empty() ? 0 : 5;
  return a;
}

// 0 → 6 → FO5 → FO5.1, FO5.2; 0 → 2 → FO1.
Strategy strategy() {
  Strategy s;
  s.id = 5;
  s.national_goal_version = "2017";
  GoalNode fo51{.code = "FO5.1", .kind = NodeKind::target, .title = "Baskunskaper"};
  GoalNode fo52{.code = "FO5.2", .kind = NodeKind::target, .title = "Genusförändrande"};
  GoalNode fo5{.code = "FO5", .kind = NodeKind::focus_area, .title = "Våld", .children = {fo51, fo52}};
  GoalNode six{.code = "6", .kind = NodeKind::subgoal, .title = "Mäns våld", .children = {fo5}};
  GoalNode fo1{.code = "FO1", .kind = NodeKind::focus_area, .title = "Arbetsmarknad"};
  GoalNode two{.code = "2", .kind = NodeKind::subgoal, .title = "Ekonomisk", .children = {fo1}};
  GoalNode overall{.code = "0", .kind = NodeKind::overall, .title = "Övergripande", .children = {six, two}};
  s.goals = {overall};
  return s;
}

const ActivityCount& row(const std::vector<ActivityCount>& rows, const std::string& code) {
  for (const auto& r : rows)
    if (r.code == code) return r;
  static ActivityCount none{"(saknas)", "", 0, 999, 999};
  return none;
}

}  // namespace

TEST(ActivityCounts, CountEachActivityOnceUnderEveryGoalItServes) {
  Strategy s = strategy();
  std::vector<Activity> list{
      activity("genomford", {"2017:6"}, {"FO5", "FO5.1"}, {2}, "10", "5", "1"),
      activity("genomford", {"2017:6", "2017:2"}, {"FO5.1"}, {}, "3", "7", ""),
      activity("planerad", {"2017:2"}, {"FO1"}, {2, 3}, "0", "0", "", "konferens"),
      activity("genomford", {}, {}, {}, "2", "", "", "kampanj"),
      activity("genomford", {"2006:4"}, {}, {4}, "4", "4", ""),
  };
  auto c = count_activities(list, &s);
  EXPECT_EQ(c.total, 5u);
  EXPECT_EQ(c.joint, 3u);
  EXPECT_EQ(c.completed_with_national_goal, 3u);
  EXPECT_EQ(c.participants.women, 19);
  EXPECT_EQ(c.participants.men, 16);
  EXPECT_EQ(c.participants.other, 1);
  EXPECT_EQ(c.participants.total(), 36);
  ASSERT_TRUE(c.participants.women_share());
  EXPECT_NEAR(*c.participants.women_share(), 100.0 * 19 / 35, 1e-9);

  ASSERT_EQ(c.by_national_goal.size(), 7u);  // 2017:1–6, then the linked 2006:4
  EXPECT_EQ(c.by_national_goal[0].code, "2017:1");
  EXPECT_EQ(c.by_national_goal[0].count, 0u);
  EXPECT_EQ(row(c.by_national_goal, "2017:6").count, 2u);
  EXPECT_EQ(row(c.by_national_goal, "2017:6").label, "Mäns våld mot kvinnor ska upphöra");
  EXPECT_EQ(row(c.by_national_goal, "2017:2").count, 2u);
  EXPECT_EQ(c.by_national_goal[6].code, "2006:4");
  EXPECT_EQ(c.by_national_goal[6].count, 1u);

  ASSERT_EQ(c.by_goal_node.size(), 7u);  // the whole tree, in order
  EXPECT_EQ(c.by_goal_node[0].code, "0");
  EXPECT_EQ(c.by_goal_node[3].code, "FO5.1");
  EXPECT_EQ(c.by_goal_node[3].depth, 3);
  EXPECT_EQ(row(c.by_goal_node, "FO5").count, 1u);
  EXPECT_EQ(row(c.by_goal_node, "FO5").count_with_descendants, 2u);
  EXPECT_EQ(row(c.by_goal_node, "FO5.1").count, 2u);
  EXPECT_EQ(row(c.by_goal_node, "FO5.2").count, 0u);
  EXPECT_EQ(row(c.by_goal_node, "6").count, 0u);
  EXPECT_EQ(row(c.by_goal_node, "6").count_with_descendants, 2u);
  EXPECT_EQ(row(c.by_goal_node, "0").count_with_descendants, 3u);

  EXPECT_EQ(row(c.by_type, "utbildning").count, 3u);
  EXPECT_EQ(row(c.by_type, "konferens").count, 1u);
  EXPECT_EQ(row(c.by_type, "statsbidrag").count, 0u);
  EXPECT_EQ(c.by_type.size(), 9u);
  EXPECT_EQ(row(c.by_status, "genomford").count, 4u);
  EXPECT_EQ(row(c.by_status, "installd").count, 0u);
}

TEST(ActivityCounts, IgnoreNodeLinksToAnotherStrategyAndWorkWithoutAStrategy) {
  Strategy s = strategy();
  auto other = activity("genomford", {}, {"FO5"}, {}, "", "", "");
  other.strategy_id = 99;
  auto c = count_activities({other}, &s);
  EXPECT_EQ(row(c.by_goal_node, "FO5").count, 0u);
  auto none = count_activities({other}, nullptr);
  EXPECT_TRUE(none.by_goal_node.empty());
  EXPECT_EQ(none.by_national_goal.size(), 6u);
  EXPECT_FALSE(none.participants.women_share());
}

TEST(ActivityYear, CountsAnActivityInEveryYearItIsUnderWay) {
  using jamt::registers::in_year;
  jamt::registers::Record spanning{{"start_date", "2025-12-01"}, {"end_date", "2026-01-31"}};
  EXPECT_TRUE(in_year(spanning, 2025));
  EXPECT_TRUE(in_year(spanning, 2026));
  EXPECT_FALSE(in_year(spanning, 2027));
  jamt::registers::Record one_day{{"start_date", "2026-01-01"}};
  EXPECT_TRUE(in_year(one_day, 2026));
  EXPECT_FALSE(in_year(one_day, 2025));
}
