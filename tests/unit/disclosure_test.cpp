// The small-numbers rule (issue 15, item 2; docs/small-numbers.md): which
// counts of persons a viewer who does not own them sees as "..".
#include <gtest/gtest.h>

#include "domain/disclosure/small_counts.hpp"

namespace jamt::disclosure {
namespace {

stats::SexValues row(std::optional<double> women, std::optional<double> men, std::optional<double> total) {
  return {.women = women, .men = men, .total = total};
}

TEST(Disclosure, CountsFromOneToBelowTheThresholdAreSmallZeroIsNot) {
  EXPECT_FALSE(is_small(0, 5));
  EXPECT_TRUE(is_small(1, 5));
  EXPECT_TRUE(is_small(4, 5));
  EXPECT_FALSE(is_small(5, 5));
  EXPECT_FALSE(is_small(std::nullopt, 5));
  // A threshold of 3 protects 1 and 2 only; 1 protects nothing.
  EXPECT_TRUE(is_small(2, 3));
  EXPECT_FALSE(is_small(3, 3));
  EXPECT_FALSE(is_small(1, 1));
}

TEST(Disclosure, NothingSmallNothingProtected) {
  auto p = protect_sexes(row(12, 9, 21), 5);
  EXPECT_FALSE(p.any());
  EXPECT_FALSE(p.shares());
}

TEST(Disclosure, OneSmallSexTakesTheOtherSexWithItSoTheTotalCannotGiveItBack) {
  // Women 3, men 17, total 20: hiding only the 3 leaves 20 − 17 = 3.
  auto p = protect_sexes(row(3, 17, 20), 5);
  EXPECT_TRUE(p.women);
  EXPECT_TRUE(p.men);
  EXPECT_FALSE(p.total);
  EXPECT_TRUE(p.shares());
  auto shown = without(row(3, 17, 20), p);
  EXPECT_FALSE(shown.women);
  EXPECT_FALSE(shown.men);
  EXPECT_EQ(shown.total, 20);
}

TEST(Disclosure, WithoutTheOtherSexTheTotalIsProtected) {
  // Reported by women and total only: the total would give the women back.
  auto p = protect_sexes(row(2, std::nullopt, 2 + 40), 5);
  EXPECT_TRUE(p.women);
  EXPECT_TRUE(p.total);
  EXPECT_FALSE(p.men);
}

TEST(Disclosure, ASmallTotalTakesItsPartsWithIt) {
  // Women 0, men 3, total 3: the total is small, and 3 men are.
  auto p = protect_sexes(row(0, 3, 3), 5);
  EXPECT_TRUE(p.men);
  EXPECT_TRUE(p.total);
  // Zero is shown: no one to protect.
  EXPECT_FALSE(p.women);
  // A small total with one sex absent: the shown sex would be the total.
  auto q = protect_sexes(row(std::nullopt, 7, 4), 5);
  EXPECT_TRUE(q.total);
  EXPECT_TRUE(q.men);
}

TEST(Disclosure, ThresholdThreeShowsFourButHidesTwo) {
  EXPECT_FALSE(protect_sexes(row(4, 16, 20), 3).any());
  auto p = protect_sexes(row(2, 18, 20), 3);
  EXPECT_TRUE(p.women);
  EXPECT_TRUE(p.men);
}

TEST(Disclosure, SharesOfProtectedCountsAreProtected) {
  stats::GenderAnalysis a = stats::analyse(row(3, 17, 20), true);
  ASSERT_TRUE(a.women_share);
  auto shown = without(a, protect_sexes(row(3, 17, 20), 5));
  EXPECT_FALSE(shown.women);
  EXPECT_FALSE(shown.men);
  EXPECT_EQ(shown.total, 20);
  EXPECT_FALSE(shown.women_share);
  EXPECT_FALSE(shown.women_pct_of_men);
  EXPECT_FALSE(shown.gap);
  EXPECT_FALSE(shown.balance);
}

TEST(Disclosure, AColumnWithOneProtectedCellLosesItsSmallestOtherCell) {
  // Municipalities 3, 40, 12, 0 of a county whose sum is shown: the 3 alone
  // would be the county's figure minus the others; the 12 goes with it.
  std::vector<std::optional<double>> cells{3, 40, 12, 0};
  std::vector<bool> hidden{true, false, false, false};
  protect_column(cells, hidden);
  EXPECT_EQ(hidden, (std::vector<bool>{true, false, true, false}));
  // Two protected already: nothing more.
  std::vector<bool> two{true, false, true, false};
  protect_column(cells, two);
  EXPECT_EQ(two, (std::vector<bool>{true, false, true, false}));
}

TEST(Disclosure, ATableProtectsRowsAndColumnsUntilNothingCanBeComputed) {
  // Women and men of three municipalities; only the first has a small count.
  std::vector<stats::SexValues> rows{row(3, 30, 33), row(20, 25, 45), row(50, 60, 110)};
  auto p = protect_table(rows, 5);
  ASSERT_EQ(p.size(), 3u);
  // Row 1: 3 women and so its men.
  EXPECT_TRUE(p[0].women);
  EXPECT_TRUE(p[0].men);
  // Column women and men: the next smallest municipality goes too, and with
  // it, by its row, its other sex.
  EXPECT_TRUE(p[1].women);
  EXPECT_TRUE(p[1].men);
  EXPECT_FALSE(p[2].women);
  EXPECT_FALSE(p[2].men);
  // The totals stay: two unknowns per row.
  EXPECT_FALSE(p[0].total);
  EXPECT_FALSE(p[1].total);
  EXPECT_FALSE(p[2].total);
}

TEST(Disclosure, AnOtherOrUnknownCountTakesTheSumWithIt) {
  // Participants: 40 women, 35 men, 2 other: the sum 77 would give the 2.
  auto p = protect_with_other(40, 35, 2, 5);
  EXPECT_TRUE(p.other);
  EXPECT_TRUE(p.sexes.total);
  EXPECT_FALSE(p.sexes.women);
  EXPECT_FALSE(p.sexes.men);
  EXPECT_FALSE(protect_with_other(40, 35, 0, 5).any());
  auto q = protect_with_other(1, 35, 0, 5);
  EXPECT_TRUE(q.sexes.women);
  EXPECT_TRUE(q.sexes.men);
  EXPECT_FALSE(q.sexes.total);
}

TEST(Disclosure, TheThresholdIsAWholeNumberFromOneToAHundred) {
  auto three = parse_threshold("3", "--small-count-threshold");
  ASSERT_TRUE(three);
  EXPECT_EQ(*three, 3);
  for (const char* bad : {"", "0", "fem", "5.5", "101", "-2"}) {
    auto r = parse_threshold(bad, "JAMT_SMALL_COUNT_THRESHOLD");
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().field, "JAMT_SMALL_COUNT_THRESHOLD");
    EXPECT_NE(r.error().message.find("heltal från 1 till 100"), std::string::npos);
  }
}

TEST(Disclosure, TheReasonNamesTheThreshold) {
  EXPECT_EQ(reason_sentence(5), "Värden under 5 personer visas som .. för att skydda enskilda.");
  EXPECT_EQ(reason_sentence(3), "Värden under 3 personer visas som .. för att skydda enskilda.");
}

}  // namespace
}  // namespace jamt::disclosure
