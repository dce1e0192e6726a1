// The pure counting rules of indicator values from register records
// (service/indicator_counts/year_counts.hpp, docs/indicator-counts.md).
#include <gtest/gtest.h>

#include "service/indicator_counts/count_value.hpp"
#include "service/indicator_counts/year_counts.hpp"

namespace jamt::indicator_counts {
namespace {

using registers::Record;

TEST(IndicatorYearCounts, AJoiningWithdrawnInTheYearIsOutAtTheYearsEnd) {
  Record j{{"joined_on", "2020-06-15"}, {"withdrawn_on", "2021-09-30"}};
  EXPECT_FALSE(joined_on_day(j, year_end(2019)));
  EXPECT_TRUE(joined_on_day(j, year_end(2020)));
  EXPECT_FALSE(joined_on_day(j, year_end(2021)));
  Record next_year{{"joined_on", "2020-06-15"}, {"withdrawn_on", "2022-01-15"}};
  EXPECT_TRUE(joined_on_day(next_year, year_end(2021)));
  Record on_new_years_eve{{"joined_on", "2020-06-15"}, {"withdrawn_on", "2021-12-31"}};
  EXPECT_FALSE(joined_on_day(on_new_years_eve, year_end(2021)));
  EXPECT_TRUE(joined_on_day({{"joined_on", "2021-12-31"}}, year_end(2021)));
  EXPECT_FALSE(joined_on_day({{"joined_on", ""}, {"status", "ansokt"}}, year_end(2021)));
}

TEST(IndicatorYearCounts, AnOrganisationThatJoinedTwiceCountsOnce) {
  std::vector<Record> joinings{
      {{"organisation_id", "7"}, {"joined_on", "2019-01-01"}, {"withdrawn_on", "2020-01-01"}},
      {{"organisation_id", "7"}, {"joined_on", "2020-03-01"}},
      {{"organisation_id", "7"}, {"joined_on", "2020-05-01"}},
      {{"org_number", "212000-0142"}, {"joined_on", "2020-05-01"}},
  };
  EXPECT_EQ(count_joined(joinings, year_end(2020), [](const Record&) { return true; }), 2);
}

TEST(IndicatorYearCounts, AMemberCountsThroughItsLastDayWhenItHasARepresentative) {
  Record m{{"member_from", "2021-02-01"}, {"member_to", "2021-12-31"}, {"representative_id", "3"}};
  EXPECT_TRUE(represented_on_day(m, year_end(2021)));
  EXPECT_FALSE(represented_on_day(m, year_end(2022)));
  EXPECT_FALSE(represented_on_day(m, year_end(2020)));
  m["representative_id"] = "";
  EXPECT_FALSE(represented_on_day(m, year_end(2021)));
}

TEST(IndicatorYearCounts, AnActivityIsCompletedInTheYearItEnds) {
  EXPECT_EQ(completion_year({{"status", "genomford"}, {"start_date", "2020-11-20"}, {"end_date", "2021-01-15"}}), 2021);
  EXPECT_EQ(completion_year({{"status", "genomford"}, {"start_date", "2021-05-05"}, {"end_date", ""}}), 2021);
  EXPECT_EQ(completion_year({{"status", "pagar"}, {"start_date", "2021-05-05"}}), std::nullopt);
  EXPECT_EQ(leading_year("2025Q2"), 2025);
  EXPECT_EQ(leading_year("våren 2025"), std::nullopt);
}

TEST(IndicatorYearCounts, YearRangesAndCountiesAreCheckedWithTheFieldNamed) {
  EXPECT_TRUE(check_year_range(2014, 2018).ok());
  EXPECT_EQ(check_year_range(2018, 2014).error().field, "to");
  EXPECT_EQ(check_year_range(14, 2018).error().field, "from");
  EXPECT_EQ(check_year_range(1900, 2999).error().message, "Till år: högst 200 år åt gången.");
  EXPECT_TRUE(check_county("08").ok());
  EXPECT_EQ(check_county("0880").error().message, "Län: ”0880” är inget län (ange en länskod som 08).");
}

}  // namespace
}  // namespace jamt::indicator_counts
