// Outliers against an organisation's earlier periods: small, skewed
// municipal counts (a handful of cases a quarter, the odd busy quarter).
#include <gtest/gtest.h>

#include "domain/reporting/outlier.hpp"

using namespace jamt::reporting;

TEST(ReportingOutlier, FlagsAJumpInASmallMunicipalitysCounts) {
  // Cases of violence reported by a small municipality, eight quarters.
  std::vector<double> history{0, 1, 0, 2, 1, 0, 3, 1};
  // median 1, MAD 1: 14 scores 0.6745 · 13 = 8.8.
  EXPECT_NEAR(*modified_z_score(14, history), 8.7685, 1e-4);
  EXPECT_TRUE(is_outlier(14, history));
  // A busy quarter of 4 is within what the municipality has seen.
  EXPECT_FALSE(is_outlier(4, history));
  EXPECT_FALSE(is_outlier(0, history));
}

TEST(ReportingOutlier, IsNotPulledByOneEarlierUnusualQuarter) {
  // One quarter of 40 among single digits: a mean and a standard deviation
  // would hide the next jump; the median and MAD do not.
  std::vector<double> history{3, 4, 2, 40, 3, 5};
  EXPECT_TRUE(is_outlier(20, history));
  EXPECT_FALSE(is_outlier(6, history));
}

TEST(ReportingOutlier, UsesTheMeanAbsoluteDeviationWhenTheMadIsZero) {
  // Mostly zero: MAD 0, mean absolute deviation 0.5.
  std::vector<double> history{0, 0, 0, 0, 0, 3};
  EXPECT_NEAR(*modified_z_score(2, history), 2 / (1.253314 * 0.5), 1e-9);
  EXPECT_FALSE(is_outlier(2, history));
  EXPECT_TRUE(is_outlier(3, history));
}

TEST(ReportingOutlier, TakesOneCaseAsTheSpreadWhenEveryEarlierValueIsEqual) {
  std::vector<double> history{2, 2, 2, 2};
  EXPECT_FALSE(is_outlier(6, history));  // 0.6745 · 4 = 2.7
  EXPECT_TRUE(is_outlier(9, history));   // 0.6745 · 7 = 4.7
  // A decimal value has no natural unit: no judgement.
  EXPECT_FALSE(modified_z_score(9, history, 0).has_value());
}

TEST(ReportingOutlier, NeedsFourEarlierPeriods) {
  EXPECT_FALSE(modified_z_score(100, {1, 2, 1}).has_value());
  EXPECT_FALSE(is_outlier(100, {1, 2, 1}));
  EXPECT_TRUE(modified_z_score(100, {1, 2, 1, 2}).has_value());
}

TEST(ReportingOutlier, TakesTheMedianOfAnEvenCountAsTheMeanOfTheMiddleTwo) {
  EXPECT_EQ(median({4, 1, 3, 2}), 2.5);
  EXPECT_EQ(median({5}), 5);
  EXPECT_EQ(median({}), 0);
}
