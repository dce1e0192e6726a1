// Results per profile group, checked the way someone trying to recognise a
// respondent would check them: by looking for small groups, and by
// subtracting the shown groups from the total.
#include <gtest/gtest.h>

#include "domain/surveys/results_breakdown.hpp"
#include "survey_fixtures.hpp"

using namespace jamt::surveys;
using namespace jamt::surveys::testing;

namespace {

// `sizes` respondents per sector value, all answering Q1 "helt" (the first
// of each group "inte").
ResultsInput by_sector(const std::vector<std::pair<std::string, int>>& sizes) {
  ResultsInput in{.survey = Survey{.questions = {agreement("Q1", "Samordningen har blivit bättre.")}}};
  int next = 0;
  for (const auto& [sector, count] : sizes)
    for (int i = 0; i < count; ++i)
      in.responses.push_back(submitted(next++, {{"Q1", choice(i == 0 ? "inte" : "helt")}}, {{"sector", sector}}));
  return in;
}

const GroupResult* group(const Breakdown& b, const std::string& value) {
  for (const auto& g : b.groups)
    if (g.value == value) return &g;
  return nullptr;
}

int shown_total(const Breakdown& b) {
  int sum = 0;
  for (const auto& g : b.groups) sum += g.respondents;
  return sum;
}

}  // namespace

TEST(SurveyBreakdown, TheSeedsWomenAndMenAreBothShown) {
  ResultsInput in{.survey = Survey{.questions = {agreement("Q1", "Ett")}}};
  for (int i = 0; i < 43; ++i)
    in.responses.push_back(submitted(i, {{"Q1", choice(i < 31 ? "helt" : "delvis")}}, {{"sex", i < 38 ? "kvinna" : "man"}}));
  auto b = break_down(in, "sex");
  ASSERT_EQ(b.groups.size(), 2u);
  EXPECT_TRUE(b.merged.empty());
  EXPECT_EQ(group(b, "kvinna")->respondents, 38);
  EXPECT_EQ(group(b, "man")->respondents, 5);
  EXPECT_EQ(group(b, "man")->questions[0].n, 5);
  EXPECT_DOUBLE_EQ(option(group(b, "man")->questions[0], "delvis").percent, 100.0);
  EXPECT_FALSE(group(b, "man")->questions[0].withheld);
}

TEST(SurveyBreakdown, OneSmallGroupTakesTheNextSmallestIntoOvrigaSoItCannotBeSubtracted) {
  auto b = break_down(by_sector({{"myndighet", 35}, {"civilsamhalle", 8}, {"naringsliv", 3}}), "sector");
  // Näringsliv (3) alone in Övriga would be 3 = 46 − 35 − 8; civil society joins it.
  EXPECT_EQ(group(b, "naringsliv"), nullptr);
  EXPECT_EQ(group(b, "civilsamhalle"), nullptr);
  ASSERT_NE(group(b, kOtherGroupValue), nullptr);
  EXPECT_EQ(group(b, kOtherGroupValue)->respondents, 11);
  EXPECT_EQ(group(b, kOtherGroupValue)->label, "Övriga");
  EXPECT_EQ(group(b, "myndighet")->respondents, 35);
  EXPECT_EQ(shown_total(b), 46);
  for (const auto& g : b.groups) EXPECT_GE(g.respondents, kMinGroupSize) << g.label;
  ASSERT_EQ(b.merged.size(), 2u);
  EXPECT_EQ(b.merged[0].value, "naringsliv");
  EXPECT_NE(b.merged[0].reason.find("Färre än 5"), std::string::npos);
  EXPECT_EQ(b.merged[1].value, "civilsamhalle");
  EXPECT_NE(b.merged[1].reason.find("räknas fram"), std::string::npos);
}

TEST(SurveyBreakdown, SmallGroupsThatTogetherReachFiveFormOvriga) {
  auto b = break_down(by_sector({{"myndighet", 30}, {"foretag", 3}, {"kyrka", 3}}), "sector");
  ASSERT_EQ(b.groups.size(), 2u);
  EXPECT_EQ(group(b, "myndighet")->respondents, 30);
  EXPECT_EQ(group(b, kOtherGroupValue)->respondents, 6);
  EXPECT_EQ(b.merged.size(), 2u);
}

TEST(SurveyBreakdown, FewerThanFiveInAllShowsNoGroups) {
  auto b = break_down(by_sector({{"myndighet", 3}, {"kyrka", 1}}), "sector");
  EXPECT_TRUE(b.suppressed);
  EXPECT_TRUE(b.groups.empty());
  EXPECT_FALSE(b.suppressed_reason.empty());
}

TEST(SurveyBreakdown, AQuestionFewInAGroupAnsweredIsWithheldWithTheNextSmallest) {
  ResultsInput in{.survey = Survey{.questions = {agreement("Q1", "Ett"), agreement("Q2", "Två")}}};
  int next = 0;
  // Ten of each role; Q2 answered by 2 of "strategisk", 8 of "stod", 10 of "ledning".
  for (auto [role, q2] : std::vector<std::pair<std::string, int>>{{"strategisk", 2}, {"stod", 8}, {"ledning", 10}})
    for (int i = 0; i < 10; ++i) {
      std::map<std::string, Answer> a{{"Q1", choice("helt")}};
      if (i < q2) a["Q2"] = choice("delvis");
      in.responses.push_back(submitted(next++, a, {{"role", role}}));
    }
  auto b = break_down(in, "role");
  ASSERT_EQ(b.groups.size(), 3u);
  const auto& strategic = group(b, "strategisk")->questions[1];
  EXPECT_TRUE(strategic.withheld);
  EXPECT_TRUE(strategic.options.empty());
  EXPECT_EQ(strategic.withheld_reason, "Färre än 5 i gruppen har svarat på frågan.");
  // Otherwise 20 − 8 − 10 would give the two.
  EXPECT_TRUE(group(b, "stod")->questions[1].withheld);
  EXPECT_NE(group(b, "stod")->questions[1].withheld_reason.find("räknas fram"), std::string::npos);
  EXPECT_FALSE(group(b, "ledning")->questions[1].withheld);
  EXPECT_DOUBLE_EQ(option(group(b, "ledning")->questions[1], "delvis").percent, 100.0);
  // Q1 is answered by all: nothing withheld.
  for (const auto& g : b.groups) EXPECT_FALSE(g.questions[0].withheld) << g.label;
}

TEST(SurveyBreakdown, TheSecondWithheldGroupIsOneWithAnswers) {
  ResultsInput in{.survey = Survey{.questions = {agreement("Q1", "Ett"), agreement("Q2", "Två")}}};
  int next = 0;
  // Q2: nobody of "ledning" answered, 3 of "strategisk", 8 of "stod".
  for (auto [role, q2] : std::vector<std::pair<std::string, int>>{{"ledning", 0}, {"strategisk", 3}, {"stod", 8}})
    for (int i = 0; i < 10; ++i) {
      std::map<std::string, Answer> a{{"Q1", choice("helt")}};
      if (i < q2) a["Q2"] = choice("inte");
      in.responses.push_back(submitted(next++, a, {{"role", role}}));
    }
  auto b = break_down(in, "role");
  EXPECT_TRUE(group(b, "strategisk")->questions[1].withheld);
  // Withholding "ledning" (n = 0) would leave 11 − 8 = 3 to be read off.
  EXPECT_TRUE(group(b, "stod")->questions[1].withheld);
  EXPECT_FALSE(group(b, "ledning")->questions[1].withheld);
}

TEST(SurveyBreakdown, AProfileQuestionGivesItsLabelsAndMissingValuesAGroup) {
  Question years{.code = "P4", .kind = QuestionKind::single, .text = "Hur länge har du känt till arbetet?",
                 .options = {{.value = "tre", .label = "Tre år"}, {.value = "ett", .label = "Det senaste året"}},
                 .profile = true};
  ResultsInput in{.survey = Survey{.questions = {agreement("Q1", "Ett"), years}}};
  for (int i = 0; i < 43; ++i) {
    std::map<std::string, Answer> a{{"Q1", choice("helt")}};
    if (i < 34) a["P4"] = choice("tre");
    else if (i < 40) a["P4"] = choice("ett");
    in.responses.push_back(submitted(i, a));
  }
  auto b = break_down(in, "P4");
  // 34 "tre", 6 "ett", 3 without: the 3 are too few, so "ett" joins them.
  ASSERT_NE(group(b, "tre"), nullptr);
  EXPECT_EQ(group(b, "tre")->label, "Tre år");
  EXPECT_EQ(group(b, kOtherGroupValue)->respondents, 9);
  ASSERT_EQ(b.merged.size(), 2u);
  EXPECT_EQ(b.merged[0].label, "Uppgift saknas");
  EXPECT_EQ(b.merged[1].label, "Det senaste året");
}

TEST(SurveyBreakdown, TextAnswersAreNeverListedPerGroup) {
  ResultsInput in{.survey = Survey{.questions = {{.code = "Q9", .kind = QuestionKind::text, .text = "Kommentar"}}}};
  for (int i = 0; i < 10; ++i) in.responses.push_back(submitted(i, {{"Q9", text("Bra")}}, {{"sex", "kvinna"}}));
  auto b = break_down(in, "sex");
  ASSERT_EQ(b.groups.size(), 1u);
  EXPECT_EQ(b.groups[0].questions[0].n, 10);
  EXPECT_TRUE(b.groups[0].questions[0].texts.empty());
}
