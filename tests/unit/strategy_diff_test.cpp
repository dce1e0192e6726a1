// The list of changes between two versions of a strategy, in words and in
// machine fields (domain/strategy/strategy_diff.hpp).
#include <gtest/gtest.h>

#include "domain/strategy/strategy_diff.hpp"
#include "strategy_change_texts.hpp"

using namespace jamt;

namespace {

Strategy base() {
  Strategy s;
  s.county_code = "08";
  s.title = "Ett jämställt Kalmar län";
  s.start_year = 2024;
  s.end_year = 2027;
  GoalNode target;
  target.code = "1.2";
  target.kind = NodeKind::target;
  target.title = "Fler kvinnor i styrelser";
  GoalNode sub;
  sub.code = "1";
  sub.kind = NodeKind::subgoal;
  sub.title = "Makt och inflytande";
  sub.children = {target};
  s.goals = {sub};
  return s;
}

}  // namespace

TEST(StrategyDiff, SameStrategyHasNoChanges) { EXPECT_TRUE(diff_strategies(base(), base()).empty()); }

TEST(StrategyDiff, TitlePeriodHeadingAndAdditionsReadAsSentences) {
  Strategy after = base();
  after.title = "Ett jämställt Kalmar län 2024–2028";
  after.end_year = 2028;
  after.goals[0].children[0].title = "Jämn fördelning i styrelser";
  Indicator ind;
  ind.code = "1.a";
  ind.name = "Andel kvinnor i kommunstyrelser";
  after.goals[0].indicators.push_back(ind);
  after.goals[0].board_commitments = {Commitment{.text = "Länsstyrelsen samlar statistik"}};
  after.action_plan = ActionPlan{.title = "Handlingsplan mot våld", .start_year = 2024, .end_year = 2027,
                                 .description = "", .objectives = {}};
  EXPECT_EQ(jamt::testing::change_texts(diff_strategies(base(), after)),
            (std::vector<std::string>{"Titeln har ändrats: Ett jämställt Kalmar län → Ett jämställt Kalmar län 2024–2028",
                                      "Perioden har ändrats: 2024–2027 → 2024–2028",
                                      "Åtagande under mål 1 har lagts till: Länsstyrelsen samlar statistik",
                                      "Mål 1.2 har fått ny rubrik: Fler kvinnor i styrelser → Jämn fördelning i styrelser",
                                      "Indikator 1.a har lagts till: Andel kvinnor i kommunstyrelser",
                                      "Handlingsplanen har lagts till: Handlingsplan mot våld"}));
  auto changes = diff_strategies(base(), after);
  EXPECT_EQ(changes[1].kind, "strategy");
  EXPECT_EQ(changes[1].change, "period");
  EXPECT_EQ(changes[1].before, "2024–2027");
  EXPECT_EQ(changes[1].after, "2024–2028");
  EXPECT_EQ(changes[3].kind, "node");
  EXPECT_EQ(changes[3].code, "1.2");
  EXPECT_EQ(changes[3].change, "title");
}

TEST(StrategyDiff, NodesWithIdsAreMatchedByIdSoANewCodeIsNotARemoval) {
  Strategy before = base();
  before.goals[0].id = 10;
  before.goals[0].children[0].id = 11;
  Strategy after = before;
  after.goals[0].children[0].code = "1.3";
  GoalNode moved = after.goals[0].children[0];
  after.goals[0].children.clear();
  GoalNode sub2;
  sub2.id = 12;
  sub2.code = "2";
  sub2.kind = NodeKind::subgoal;
  sub2.title = "Ekonomisk jämställdhet";
  sub2.children = {moved};
  after.goals.push_back(sub2);
  EXPECT_EQ(jamt::testing::change_texts(diff_strategies(before, after)),
            (std::vector<std::string>{"Mål 2 har lagts till: Ekonomisk jämställdhet", "Mål 1.2 har fått ny kod: 1.3",
                                      "Mål 1.3 har flyttats: under 1 → under 2"}));
  EXPECT_EQ(jamt::testing::change_texts(diff_strategies(after, before)),
            (std::vector<std::string>{"Mål 1.3 har fått ny kod: 1.2", "Mål 1.2 har flyttats: under 2 → under 1",
                                      "Mål 2 har tagits bort: Ekonomisk jämställdhet"}));
}
