// A round beside the earlier one, and the national Ja/Delvis/Nej table.
#include <gtest/gtest.h>

#include "domain/surveys/results_comparison.hpp"
#include "domain/surveys/results_national.hpp"
#include "survey_fixtures.hpp"

using namespace jamt::surveys;
using namespace jamt::surveys::testing;

namespace {

SurveyResults round_of(int helt, int delvis, int inte, bool with_new_question) {
  Survey s{.questions = {agreement("Q1", "Samordningen har blivit bättre.")}};
  if (with_new_question) s.questions.push_back(agreement("Q2", "Ny fråga i år"));
  ResultsInput in{.survey = s};
  int next = 0;
  add_answers(in.responses, next, "Q1", "helt", helt);
  add_answers(in.responses, next, "Q1", "delvis", delvis);
  add_answers(in.responses, next, "Q1", "inte", inte);
  return compute_results(in);
}

}  // namespace

TEST(SurveyComparison, ChangeInPercentagePointsBetweenThePublishedPercents) {
  auto now = round_of(31, 7, 5, true);     // 72.1 / 16.3 / 11.6, positive 88.4
  auto before = round_of(20, 15, 8, false);  // 46.5 / 34.9 / 18.6, positive 81.4
  auto c = compare_rounds(now, before);
  ASSERT_EQ(c.size(), 1u);  // Q2 has no earlier round
  EXPECT_EQ(c[0].code, "Q1");
  EXPECT_EQ(c[0].n_current, 43);
  EXPECT_EQ(c[0].n_previous, 43);
  ASSERT_EQ(c[0].options.size(), 3u);
  EXPECT_DOUBLE_EQ(*c[0].options[0].previous, 46.5);
  EXPECT_DOUBLE_EQ(*c[0].options[0].change_pp, 25.6);
  EXPECT_DOUBLE_EQ(*c[0].options[1].change_pp, -18.6);
  EXPECT_DOUBLE_EQ(*c[0].options[2].change_pp, -7.0);
  EXPECT_DOUBLE_EQ(*c[0].positive_previous, 81.4);
  EXPECT_DOUBLE_EQ(*c[0].positive_change_pp, 7.0);
}

TEST(SurveyComparison, ARoundWithoutAnswersHasNoChange) {
  auto c = compare_rounds(round_of(31, 7, 5, false), round_of(0, 0, 0, false));
  ASSERT_EQ(c.size(), 1u);
  EXPECT_FALSE(c[0].options[0].previous);
  EXPECT_FALSE(c[0].options[0].change_pp);
  EXPECT_FALSE(c[0].positive_change_pp);
}

TEST(SurveyNationalTable, CountsHowManyOfThe21CountiesAnsweredJaDelvisNej) {
  Survey s{.title = "Nationell uppföljning", .national = true};
  // Three of the 11 indicators, a matrix on the same scale, and one agreement question left out.
  s.questions = {{.code = "I1", .kind = QuestionKind::yes_partly_no, .text = "Finns en regional strategi?"},
                 {.code = "I2", .kind = QuestionKind::yes_partly_no, .text = "Finns ett regionalt nätverk?"},
                 {.code = "I3", .kind = QuestionKind::yes_partly_no, .text = "Finns en handlingsplan?"},
                 {.code = "M", .kind = QuestionKind::matrix, .text = "Kartläggning",
                  .options = {{.value = "ja", .label = "Ja"}, {.value = "delvis", .label = "Delvis"},
                              {.value = "nej", .label = "Nej"}},
                  .statements = {{.code = "s1", .text = "Lägesbild finns"}}},
                 agreement("A1", "Inte en Ja/Delvis/Nej-fråga")};
  ResultsInput in{.survey = s, .participants = {.invited = 21, .completed = 21}};
  for (int county = 0; county < 21; ++county) {
    std::map<std::string, Answer> a;
    a["I1"] = choice(county < 14 ? "ja" : county < 19 ? "delvis" : "nej");
    a["I2"] = choice("ja");
    if (county < 19) a["I3"] = choice(county < 10 ? "ja" : county < 16 ? "delvis" : "nej");
    a["M.s1"] = choice(county % 2 ? "delvis" : "ja");
    a["A1"] = choice("helt");
    in.responses.push_back(submitted(county, a));
  }
  auto rows = national_table(compute_results(in));
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].code, "I1");
  EXPECT_EQ(rows[0].ja, 14);
  EXPECT_EQ(rows[0].delvis, 5);
  EXPECT_EQ(rows[0].nej, 2);
  EXPECT_EQ(rows[1].ja, 21);
  EXPECT_EQ(rows[1].delvis + rows[1].nej + rows[1].not_answered, 0);
  EXPECT_EQ(rows[2].ja, 10);
  EXPECT_EQ(rows[2].delvis, 6);
  EXPECT_EQ(rows[2].nej, 3);
  EXPECT_EQ(rows[2].not_answered, 2);
  EXPECT_EQ(rows[3].code, "M.s1");
  EXPECT_EQ(rows[3].ja, 11);
  EXPECT_EQ(rows[3].delvis, 10);
  for (const auto& r : rows) EXPECT_EQ(r.ja + r.delvis + r.nej + r.not_answered, 21) << r.code;
}
