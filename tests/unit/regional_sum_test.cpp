// Adding up over regions (issue 14, item 3): counts are summed and a share
// is recomputed from the sums, never averaged over the counties.
#include <gtest/gtest.h>

#include "domain/national/regional_sum.hpp"

using namespace jamt::national;

TEST(RegionalSum, SumsCountsAndRecomputesTheShareFromTheSums) {
  // Kalmar: 30 women of 40 participants (75 %); Stockholm: 10 of 160 (6,25 %).
  auto sum = sum_over_regions({{.part = 30, .whole = 40}, {.part = 10, .whole = 160}});
  EXPECT_EQ(sum.part, 40);
  EXPECT_EQ(sum.whole, 200);
  ASSERT_TRUE(sum.share_percent.has_value());
  EXPECT_DOUBLE_EQ(*sum.share_percent, 20.0);
  // The average of the two shares would be 40,625 % — twice the real share.
  double average_of_shares = (75.0 + 6.25) / 2;
  EXPECT_NE(*sum.share_percent, average_of_shares);
}

TEST(RegionalSum, ARegionWithoutAWholeAddsNothingToTheShare) {
  auto sum = sum_over_regions({{.part = 0, .whole = 0}, {.part = 3, .whole = 4}});
  EXPECT_DOUBLE_EQ(*sum.share_percent, 75.0);
  EXPECT_FALSE(share_percent({.part = 0, .whole = 0}).has_value());
}

TEST(RegionalSum, NoRegionsGiveZerosAndNoShare) {
  auto sum = sum_over_regions({});
  EXPECT_EQ(sum.part, 0);
  EXPECT_EQ(sum.whole, 0);
  EXPECT_FALSE(sum.share_percent.has_value());
}
