// The checklist texts come verbatim from the seed, and the summaries per
// organisation and per county count what a person would count by hand.
#include <gtest/gtest.h>

#include "domain/registers/checklist.hpp"
#include "domain/registers/checklist_summary.hpp"

using namespace jamt::registers;

namespace {

// A checklist of `year` with answers given as ten letters j/d/n ('-' for
// no answer).
Record checklist(int year, const std::string& letters) {
  Record r{{"year", std::to_string(year)}};
  for (int n = 1; n <= kChecklistPoints; ++n) {
    char c = letters.at(n - 1);
    r[answer_field(n)] = c == 'j' ? "ja" : c == 'd' ? "delvis" : c == 'n' ? "nej" : "";
  }
  return r;
}

}  // namespace

TEST(ChecklistPoints, AreTheTenPointsOfTheKalmarSeed) {
  const auto& texts = checklist_point_texts();
  ASSERT_EQ(texts.size(), 10u);
  EXPECT_EQ(texts[0], "Den politiska församlingen tar beslut om jämställdhetsintegrering.");
  EXPECT_EQ(texts[3], "Jämställdhet synliggörs i hela styrkedjan – styrande dokument, mål, budget och uppföljning.");
  EXPECT_EQ(texts[7],
            "För att åtgärda ojämställdhet och ojämlikhet arbetar organisationen med systematiska förbättringar i "
            "ordinarie verksamhet.");
  EXPECT_EQ(texts[9], "Organisation har en kultur som stödjer lärande vilket gynnar jämställdhet och jämlikhet.");
}

TEST(ChecklistSpec, HasARequiredAnswerAndAnOptionalCommentPerPoint) {
  const auto& spec = checklist_spec();
  for (int n = 1; n <= kChecklistPoints; ++n) {
    const auto* answer = spec.field(answer_field(n));
    ASSERT_NE(answer, nullptr) << n;
    EXPECT_TRUE(answer->required);
    ASSERT_EQ(answer->choices.size(), 3u);
    EXPECT_EQ(answer->choices[1].code, "delvis");
    const auto* comment = spec.field(comment_field(n));
    ASSERT_NE(comment, nullptr) << n;
    EXPECT_FALSE(comment->required);
  }
  EXPECT_TRUE(spec.field("county_code")->system);
  EXPECT_TRUE(spec.field("title")->system);
}

TEST(ChecklistSpec, ReportsEachMissingAnswerOnItsOwnField) {
  Record input = checklist(2026, "jjj-dddnn-");
  input["organisation_id"] = "1";
  auto checked = check_record(checklist_spec(), input, false);
  ASSERT_EQ(checked.errors.size(), 2u);
  EXPECT_EQ(checked.errors[0].field, "answer_4");
  EXPECT_EQ(checked.errors[0].message, "Punkt 4: måste fyllas i");
  EXPECT_EQ(checked.errors[1].field, "answer_10");
}

TEST(ChecklistCounts, CountsTheTenAnswers) {
  EXPECT_EQ(count_answers(checklist(2026, "jjjddnnn-j")), (AnswerCounts{4, 2, 3, 1}));
  EXPECT_EQ(count_answers(checklist(2026, "jjjddnnn-j")).answered(), 9);
}

TEST(ChecklistOrganisationSummary, ListsYearsOldestFirstWithTheChangeSinceTheLatestEarlierYear) {
  // 2023: ja 2, delvis 3, nej 5; 2025: ja 5, delvis 3, nej 2; 2026: ja 7, delvis 3, nej 0.
  auto years = organisation_summary({checklist(2026, "jjjjjjjddd"), checklist(2023, "jjdddnnnnn"),
                                     checklist(2025, "jjjjjdddnn")});
  ASSERT_EQ(years.size(), 3u);
  EXPECT_EQ(years[0].year, 2023);
  EXPECT_FALSE(years[0].previous_year.has_value());
  EXPECT_FALSE(years[0].change.has_value());
  EXPECT_EQ(years[1].year, 2025);
  EXPECT_EQ(years[1].previous_year, 2023);  // 2024 is missing: compared with the latest earlier year
  EXPECT_EQ(*years[1].change, (AnswerCounts{3, 0, -3, 0}));
  EXPECT_EQ(years[2].counts, (AnswerCounts{7, 3, 0, 0}));
  EXPECT_EQ(*years[2].change, (AnswerCounts{2, 0, -2, 0}));
}

TEST(ChecklistCountySummary, CountsOrganisationsPerPointInTheYearOnly) {
  std::vector<Record> all{checklist(2026, "jjjjjjjjjj"), checklist(2026, "jdnjdnjdnj"),
                          checklist(2026, "nnnnnnnnnd"), checklist(2026, "jdddddddd-"),
                          checklist(2025, "nnnnnnnnnn")};
  auto summary = county_summary(2026, all);
  EXPECT_EQ(summary.year, 2026);
  EXPECT_EQ(summary.organisations, 4);
  ASSERT_EQ(summary.points.size(), 10u);
  // Point 1: j, j, n, j → 3 ja of 4 = 75 %.
  EXPECT_EQ(summary.points[0].point, 1);
  EXPECT_EQ(summary.points[0].counts, (AnswerCounts{3, 0, 1, 0}));
  EXPECT_DOUBLE_EQ(*summary.points[0].share_ja, 75.0);
  // Point 2: j, d, n, d → 1 of 4.
  EXPECT_EQ(summary.points[1].counts, (AnswerCounts{1, 2, 1, 0}));
  EXPECT_DOUBLE_EQ(*summary.points[1].share_ja, 25.0);
  // Point 10: j, j, d, unanswered → 2 ja of the 3 who answered.
  EXPECT_EQ(summary.points[9].counts, (AnswerCounts{2, 1, 0, 1}));
  EXPECT_NEAR(*summary.points[9].share_ja, 66.667, 0.001);
}

TEST(ChecklistCountySummary, HasNoShareForAYearWithoutChecklists) {
  auto summary = county_summary(2024, {checklist(2026, "jjjjjjjjjj")});
  EXPECT_EQ(summary.organisations, 0);
  ASSERT_EQ(summary.points.size(), 10u);
  EXPECT_FALSE(summary.points[4].share_ja.has_value());
}

TEST(ChecklistYears, AreDistinctAndNewestFirst) {
  EXPECT_EQ(checklist_years({checklist(2025, "jjjjjjjjjj"), checklist(2026, "jjjjjjjjjj"),
                             checklist(2025, "nnnnnnnnnn")}),
            (std::vector<int>{2026, 2025}));
}
