// Gender analysis against hand calculations.
#include <gtest/gtest.h>

#include "domain/statistics/gender_analysis.hpp"

using namespace jamt::stats;

TEST(GenderAnalysis, CountsGiveShareRatioGapAndTotal) {
  // 39 women and 54 men on a committee: share 39/93 = 41.935…%, even.
  GenderAnalysis a = analyse({39.0, 54.0, std::nullopt}, true);
  EXPECT_DOUBLE_EQ(*a.total, 93.0);
  EXPECT_NEAR(*a.women_share, 41.935, 0.001);
  EXPECT_NEAR(*a.women_pct_of_men, 72.222, 0.001);
  EXPECT_DOUBLE_EQ(*a.gap, -15.0);
  EXPECT_EQ(*a.balance, Balance::even);
}

TEST(GenderAnalysis, FortySixtyRuleAtItsEdges) {
  EXPECT_EQ(*analyse({2.0, 3.0, {}}, true).balance, Balance::even);   // exactly 40 %
  EXPECT_EQ(*analyse({3.0, 2.0, {}}, true).balance, Balance::even);   // exactly 60 %
  EXPECT_EQ(*analyse({61.0, 39.0, {}}, true).balance, Balance::women_dominated);
  EXPECT_EQ(*analyse({39.0, 61.0, {}}, true).balance, Balance::men_dominated);
  EXPECT_EQ(balance_of_share(39.99), Balance::men_dominated);
  EXPECT_EQ(balance_of_share(60.01), Balance::women_dominated);
}

TEST(GenderAnalysis, AveragesHaveNoShareButARatio) {
  // Seed 000: women's income is 76 % of men's.
  GenderAnalysis a = analyse({228000.0, 300000.0, 265000.0}, false);
  EXPECT_FALSE(a.women_share.has_value());
  EXPECT_FALSE(a.balance.has_value());
  EXPECT_DOUBLE_EQ(*a.women_pct_of_men, 76.0);
  EXPECT_DOUBLE_EQ(*a.gap, -72000.0);
  EXPECT_DOUBLE_EQ(*a.total, 265000.0);  // as given, never summed
}

TEST(GenderAnalysis, MissingValuesGiveNothingInsteadOfGuesses) {
  GenderAnalysis a = analyse({std::nullopt, 10.0, 25.0}, true);
  EXPECT_FALSE(a.women_share.has_value());
  EXPECT_FALSE(a.gap.has_value());
  EXPECT_DOUBLE_EQ(*a.total, 25.0);
  EXPECT_FALSE(analyse({5.0, 0.0, {}}, true).women_pct_of_men.has_value());
  EXPECT_FALSE(analyse({0.0, 0.0, {}}, true).women_share.has_value());
}

TEST(GenderAnalysis, ChangeInShareIsInPercentagePoints) {
  GenderAnalysis base = analyse({30.0, 70.0, {}}, true);
  GenderAnalysis now = analyse({45.0, 55.0, {}}, true);
  EXPECT_DOUBLE_EQ(*change_in_women_share(base, now), 15.0);
  EXPECT_FALSE(change_in_women_share(analyse({1.0, {}, {}}, true), now).has_value());
}

TEST(GenderAnalysis, RanksRegionsHighestFirstWithMissingLast) {
  std::vector<RegionAnalysis> r{{"0880", "Kalmar", analyse({40.0, 60.0, {}}, true)},
                                {"0881", "Nybro", analyse({std::nullopt, 5.0, {}}, true)},
                                {"0882", "Oskarshamn", analyse({55.0, 45.0, {}}, true)},
                                {"0883", "Västervik", analyse({50.0, 50.0, {}}, true)}};
  auto ranked = rank_regions(r, RankBy::women_share);
  ASSERT_EQ(ranked.size(), 4u);
  EXPECT_EQ(ranked[0].region_code, "0882");
  EXPECT_EQ(ranked[1].region_code, "0883");
  EXPECT_EQ(ranked[2].region_code, "0880");
  EXPECT_EQ(ranked[3].region_code, "0881");
}
