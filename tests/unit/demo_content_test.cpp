// The demo strategies transcribed from the seed documents hold what the
// seeds hold.
#include <gtest/gtest.h>

#include <functional>
#include <set>

#include "embedded/embedded_files.hpp"
#include "formats/strategy_json/strategy_json.hpp"

using namespace jamt;

namespace {
Strategy demo(const std::string& name) {
  auto s = formats::read_strategy_json(*embedded_file("strategies/" + name));
  if (!s) throw std::runtime_error(s.error().to_string());
  return *s;
}
const GoalNode& only_root(const Strategy& s) {
  if (s.goals.size() != 1) throw std::runtime_error("expected one overall goal");
  return s.goals[0];
}
void collect_codes(const std::vector<GoalNode>& nodes, NodeKind kind, std::vector<std::string>& out) {
  for (const auto& n : nodes) {
    if (n.kind == kind) out.push_back(n.code);
    collect_codes(n.children, kind, out);
  }
}
}  // namespace

TEST(DemoKalmar, HasSevenSubgoalsLinkedToTheSixNationalOnesAndOneRegional) {
  Strategy s = demo("kalmar-2024-2027.json");
  EXPECT_EQ(s.county_code, "08");
  EXPECT_EQ(s.start_year, 2024);
  EXPECT_EQ(s.end_year, 2027);
  EXPECT_EQ(s.national_goal_version, "2017");
  const GoalNode& root = only_root(s);
  EXPECT_EQ(root.kind, NodeKind::overall);
  ASSERT_EQ(root.children.size(), 7u);
  for (int i = 0; i < 6; ++i) {
    EXPECT_EQ(root.children[i].kind, NodeKind::subgoal);
    EXPECT_EQ(root.children[i].national_goals, std::vector<std::string>{"2017:" + std::to_string(i + 1)});
  }
  EXPECT_TRUE(root.children[6].national_goals.empty());
  EXPECT_NE(root.children[6].title.find("systematiskt arbete med jämställdhetsintegrering"), std::string::npos);
}

TEST(DemoKalmar, HasFiveFocusAreasWithSuggestionTablesAndBoardCommitments) {
  Strategy s = demo("kalmar-2024-2027.json");
  std::vector<std::string> focus;
  collect_codes(s.goals, NodeKind::focus_area, focus);
  EXPECT_EQ(focus.size(), 5u);
  std::function<void(const std::vector<GoalNode>&)> check = [&](const std::vector<GoalNode>& nodes) {
    for (const auto& n : nodes) {
      if (n.kind == NodeKind::focus_area) {
        EXPECT_FALSE(n.problem_areas.empty()) << n.code;
        EXPECT_FALSE(n.board_commitments.empty()) << n.code;
      }
      check(n.children);
    }
  };
  check(s.goals);
  EXPECT_GE(count_indicators(s.goals), 40u);  // follow-up indicators + SCB's list per sub-goal
}

TEST(DemoKalmar, HasTheActionPlanWithFourObjectives) {
  Strategy s = demo("kalmar-2024-2027.json");
  ASSERT_TRUE(s.action_plan.has_value());
  EXPECT_EQ(s.action_plan->start_year, 2024);
  EXPECT_EQ(s.action_plan->end_year, 2026);
  ASSERT_EQ(s.action_plan->objectives.size(), 4u);
  for (const auto& o : s.action_plan->objectives) {
    EXPECT_FALSE(o.targets.empty()) << o.code;
    for (const auto& t : o.targets) EXPECT_FALSE(t.follow_up_sources.empty()) << t.code;
  }
}

TEST(DemoStockholm, HasFiveSubgoalsAndTargetsOnePointOneToFivePointTwo) {
  Strategy s = demo("stockholm-2014-2018.json");
  EXPECT_EQ(s.county_code, "01");
  EXPECT_EQ(s.start_year, 2014);
  EXPECT_EQ(s.end_year, 2018);
  EXPECT_EQ(s.national_goal_version, "2006");
  EXPECT_EQ(only_root(s).children.size(), 5u);
  std::vector<std::string> targets;
  collect_codes(s.goals, NodeKind::target, targets);
  std::set<std::string> codes(targets.begin(), targets.end());
  EXPECT_EQ(codes.size(), targets.size()) << "target codes are unique";
  for (const char* c : {"1.1", "1.3", "2.1", "2.8", "3.3", "4.1", "4.3", "4.3b", "4.5", "5.1", "5.2"})
    EXPECT_TRUE(codes.count(c)) << c;
  EXPECT_GE(count_indicators(s.goals), 20u);
}

TEST(DemoSodermanland, HasFourAreasEachLinkedToANationalSubgoal) {
  Strategy s = demo("sodermanland-2014-2016.json");
  EXPECT_EQ(s.county_code, "04");
  EXPECT_EQ(s.start_year, 2014);
  EXPECT_EQ(s.end_year, 2016);
  EXPECT_FALSE(s.vision.empty());
  const GoalNode& root = only_root(s);
  ASSERT_EQ(root.children.size(), 4u);
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(root.children[i].national_goals, std::vector<std::string>{"2006:" + std::to_string(i + 1)});
    EXPECT_FALSE(root.children[i].board_commitments.empty());
  }
  EXPECT_GE(count_indicators(s.goals), 10u);
}

TEST(DemoText, HasNoOcrDamageLeft) {
  for (const char* name : {"kalmar-2024-2027.json", "stockholm-2014-2018.json", "sodermanland-2014-2016.json"}) {
    std::string text(*embedded_file(std::string("strategies/") + name));
    for (const char* bad : {"jamstélld", "jamst\u00e9lld", "off entlig", "fl era", "ﬂ", "ﬁ"})
      EXPECT_EQ(text.find(bad), std::string::npos) << name << " contains \"" << bad << "\"";
  }
}
