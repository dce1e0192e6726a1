// Progress status of an indicator (docs/indicator-progress.md): a hand-made
// case of each status, each direction, and the sentence with its forecast year.
#include <gtest/gtest.h>

#include <cmath>

#include "domain/indicators/progress.hpp"
#include "report/number_text.hpp"

namespace jamt::indicators {
namespace {

std::string sv(double v) { return report::number_text(v, std::floor(v) == v ? 0 : 1); }

ProgressInput level(Direction d, std::vector<YearValue> series, std::optional<YearValue> target) {
  return ProgressInput{.direction = d, .subject = "total", .series = std::move(series), .baseline = std::nullopt,
                       .target = target, .horizon_year = std::nullopt};
}

ProgressInput share(Direction d, std::vector<YearValue> series, std::optional<int> horizon) {
  return ProgressInput{.direction = d, .subject = "women_share", .series = std::move(series), .baseline = std::nullopt,
                       .target = std::nullopt, .horizon_year = horizon};
}

TEST(IndicatorProgress, IncreaseAtTheRequiredPaceIsSubstantialAndReachesTheTargetOnTime) {
  // 10 % a year observed, 10 % a year needed to reach 133,1 in 2017.
  auto p = assess(level(Direction::increase, {{2014, 100}, {2015, 110}, {2016, 121}}, YearValue{2017, 133.1}));
  EXPECT_EQ(p.status, ProgressStatus::substantial);
  EXPECT_NEAR(*p.ratio, 1.0, 1e-9);
  EXPECT_EQ(p.forecast_year, 2017);
  EXPECT_EQ(explain(p, sv), "Värdet har ökat från 100 (2014) till 121 (2016); målet 133,1 (2017) nås i nuvarande takt 2017.");
}

TEST(IndicatorProgress, IncreaseAtEightyPercentOfTheRequiredPaceIsModerate) {
  auto p = assess(level(Direction::increase, {{2014, 100}, {2016, 116.64}}, YearValue{2017, 133.1}));
  EXPECT_EQ(p.status, ProgressStatus::moderate);
  EXPECT_NEAR(*p.ratio, 0.8, 1e-9);
}

TEST(IndicatorProgress, IncreaseAtHalfTheRequiredPaceIsLimited) {
  auto p = assess(level(Direction::increase, {{2014, 100}, {2016, 110.25}}, YearValue{2017, 133.1}));
  EXPECT_EQ(p.status, ProgressStatus::limited);
  EXPECT_NEAR(*p.ratio, 0.5, 1e-9);
}

TEST(IndicatorProgress, IncreaseThatFallsIsDeteriorationAndNeverReachesTheTarget) {
  auto p = assess(level(Direction::increase, {{2014, 100}, {2016, 90}}, YearValue{2017, 133.1}));
  EXPECT_EQ(p.status, ProgressStatus::deterioration);
  EXPECT_FALSE(p.forecast_year);
  EXPECT_EQ(explain(p, sv), "Värdet har minskat från 100 (2014) till 90 (2016); målet 133,1 (2017) nås inte i nuvarande takt.");
}

TEST(IndicatorProgress, IncreasePastTheTargetIsTargetAchieved) {
  auto p = assess(level(Direction::increase, {{2014, 100}, {2016, 140}}, YearValue{2017, 133.1}));
  EXPECT_EQ(p.status, ProgressStatus::target_achieved);
  EXPECT_EQ(explain(p, sv), "Värdet har ökat från 100 (2014) till 140 (2016); målet 133,1 (2017) är nått.");
}

TEST(IndicatorProgress, DecreaseAtTheRequiredPaceIsSubstantial) {
  auto p = assess(level(Direction::decrease, {{2014, 100}, {2016, 81}}, YearValue{2017, 72.9}));
  EXPECT_EQ(p.status, ProgressStatus::substantial);
  EXPECT_EQ(p.forecast_year, 2017);
}

TEST(IndicatorProgress, WithoutTargetGrowthRatesDecide) {
  // 2 % a year up: substantial; 1 % a year down where decrease is wanted: moderate;
  // 0,2 % a year: limited; up where decrease is wanted: deterioration.
  EXPECT_EQ(assess(level(Direction::increase, {{2014, 100}, {2016, 104.04}}, std::nullopt)).status,
            ProgressStatus::substantial);
  EXPECT_EQ(assess(level(Direction::decrease, {{2014, 100}, {2016, 98.01}}, std::nullopt)).status,
            ProgressStatus::moderate);
  EXPECT_EQ(assess(level(Direction::increase, {{2014, 1000}, {2015, 1002}}, std::nullopt)).status,
            ProgressStatus::limited);
  auto p = assess(level(Direction::decrease, {{2014, 100}, {2016, 101}}, std::nullopt));
  EXPECT_EQ(p.status, ProgressStatus::deterioration);
  EXPECT_EQ(explain(p, sv), "Värdet har ökat från 100 (2014) till 101 (2016); ingen målnivå är satt.");
}

TEST(IndicatorProgress, OneYearOfDataIsNotEnough) {
  auto p = assess(level(Direction::increase, {{2018, 100}}, YearValue{2022, 120}));
  EXPECT_EQ(p.status, ProgressStatus::not_enough_data);
  EXPECT_EQ(explain(p, sv), "För lite data för en bedömning: det behövs värden för minst två år från basåret.");
  EXPECT_EQ(assess(level(Direction::increase, {}, std::nullopt)).status, ProgressStatus::not_enough_data);
}

TEST(IndicatorProgress, TheBaselineIsTheBaseYear) {
  // Values before the baseline's year do not count; the baseline stands in for a missing value.
  ProgressInput in = level(Direction::increase, {{2010, 10}, {2016, 121}}, YearValue{2017, 133.1});
  in.baseline = YearValue{2014, 100};
  auto p = assess(in);
  EXPECT_EQ(p.from, (YearValue{2014, 100}));
  EXPECT_EQ(p.status, ProgressStatus::substantial);
}

TEST(IndicatorProgress, NoDirectionGivesNoStatus) {
  auto p = assess(level(Direction::none, {{2014, 1}, {2015, 2}}, std::nullopt));
  EXPECT_EQ(p.status, ProgressStatus::none);
  EXPECT_EQ(explain(p, sv), "Ingen önskad riktning är angiven, så ingen status beräknas.");
}

TEST(IndicatorProgress, WomensShareIntoTheFortySixtyZoneWithItsForecastYear) {
  // Gap to 40 %: 9 points in 2014, 2 in 2018 — closing 1,75 points a year,
  // 1,125 needed to close it by 2022; the last 2 points take 2 more years.
  auto p = assess(share(Direction::within_40_60, {{2014, 31}, {2016, 35}, {2018, 38}}, 2022));
  EXPECT_EQ(p.status, ProgressStatus::substantial);
  EXPECT_EQ(p.forecast_year, 2020);
  EXPECT_EQ(explain(p, sv),
            "Kvinnors andel har ökat från 31 % (2014) till 38 % (2018); målet 40–60 % nås i nuvarande takt 2020.");
}

TEST(IndicatorProgress, WomensShareInsideTheZoneIsTargetAchievedAndLeavingItIsDeterioration) {
  EXPECT_EQ(assess(share(Direction::within_40_60, {{2014, 35}, {2018, 45}}, 2022)).status,
            ProgressStatus::target_achieved);
  EXPECT_EQ(assess(share(Direction::within_40_60, {{2014, 45}, {2018, 65}}, 2022)).status,
            ProgressStatus::deterioration);
}

TEST(IndicatorProgress, ParityIsFiftyPercentWithinOnePoint) {
  // Gap to 50 %: 12 points in 2014, 6 in 2018 — 1,5 a year, exactly what closing it by 2022 needs.
  auto p = assess(share(Direction::parity, {{2014, 38}, {2018, 44}}, 2022));
  EXPECT_EQ(p.status, ProgressStatus::substantial);
  EXPECT_EQ(p.forecast_year, 2022);
  EXPECT_EQ(explain(p, sv), "Kvinnors andel har ökat från 38 % (2014) till 44 % (2018); målet 50 % nås i nuvarande takt 2022.");
  EXPECT_EQ(assess(share(Direction::parity, {{2014, 38}, {2018, 49.2}}, 2022)).status, ProgressStatus::target_achieved);
  EXPECT_EQ(assess(share(Direction::parity, {{2014, 38}, {2018, 39.2}}, 2022)).status, ProgressStatus::limited);
  EXPECT_EQ(assess(share(Direction::parity, {{2014, 44}, {2018, 40}}, 2022)).status, ProgressStatus::deterioration);
}

TEST(IndicatorProgress, StatusNamesForTheApiAndThePage) {
  EXPECT_EQ(to_string(ProgressStatus::moderate), "moderate_progress");
  EXPECT_EQ(swedish_name(ProgressStatus::limited), "Begränsade framsteg");
  EXPECT_EQ(parse_direction("within_40_60"), Direction::within_40_60);
  EXPECT_FALSE(parse_direction("up"));
}

TEST(IndicatorProgress, ACountThatStartsAtZeroGrowsFromItsFirstYearAboveZero) {
  // Joined organisations: none before the strategy, then 2, 3, 4.
  auto p = assess(level(Direction::increase, {{2019, 0}, {2020, 0}, {2021, 2}, {2022, 3}, {2023, 4}}, std::nullopt));
  ASSERT_TRUE(p.from);
  EXPECT_EQ(p.from->year, 2021);
  EXPECT_NE(p.status, ProgressStatus::not_enough_data);
  // Only zeros: still nothing to assess.
  EXPECT_EQ(assess(level(Direction::increase, {{2019, 0}, {2020, 0}}, std::nullopt)).status,
            ProgressStatus::not_enough_data);
}

}  // namespace
}  // namespace jamt::indicators
