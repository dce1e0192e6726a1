// The three-year follow-up cycle of joined organisations (seed 002).
#include <gtest/gtest.h>

#include "domain/registers/follow_up_schedule.hpp"

using namespace jamt::registers;

TEST(FollowUpSchedule, AddsYearsAndMovesLeapDayToTheTwentyEighth) {
  EXPECT_EQ(add_years("2024-03-31", 3), "2027-03-31");
  EXPECT_EQ(add_years("2024-02-29", 3), "2027-02-28");
  EXPECT_EQ(add_years("2024-02-29", 4), "2028-02-29");
  EXPECT_EQ(add_years("2020-12-31", -4), "2016-12-31");
  EXPECT_EQ(add_years("2024-13-01", 3), "");
  EXPECT_EQ(add_years("", 3), "");
}

TEST(FollowUpSchedule, IsDueThreeYearsAfterJoiningWithoutAFollowUp) {
  EXPECT_EQ(next_follow_up_due("2021-05-10", ""), "2024-05-10");
  EXPECT_EQ(next_follow_up_due("not a date", ""), "");
}

TEST(FollowUpSchedule, IsDueThreeYearsAfterTheLatestFollowUp) {
  EXPECT_EQ(next_follow_up_due("2018-01-15", "2021-03-01"), "2024-03-01");
  // A follow-up recorded early moves the date too.
  EXPECT_EQ(next_follow_up_due("2023-06-01", "2024-01-10"), "2027-01-10");
  // A follow-up dated before the joining does not count.
  EXPECT_EQ(next_follow_up_due("2023-06-01", "2020-01-01"), "2026-06-01");
}

TEST(FollowUpSchedule, IsOverdueOnlyAfterTheDueDate) {
  EXPECT_FALSE(follow_up_overdue("2025-04-01", "2025-03-31"));
  EXPECT_FALSE(follow_up_overdue("2025-04-01", "2025-04-01"));
  EXPECT_TRUE(follow_up_overdue("2025-04-01", "2025-04-02"));
  EXPECT_TRUE(follow_up_overdue("2024-12-31", "2025-01-01"));
  EXPECT_FALSE(follow_up_overdue("", "2025-01-01"));
}

TEST(FollowUpSchedule, CountsDaysAcrossMonthsYearsAndLeapDays) {
  EXPECT_EQ(days_between("2025-04-01", "2025-04-02"), 1);
  EXPECT_EQ(days_between("2024-02-28", "2024-03-01"), 2);
  EXPECT_EQ(days_between("2023-02-28", "2023-03-01"), 1);
  EXPECT_EQ(days_between("2024-01-01", "2025-01-01"), 366);
  EXPECT_EQ(days_between("2025-01-01", "2024-12-31"), -1);
  EXPECT_EQ(days_between("1999-12-31", "2000-03-01"), 61);
  EXPECT_EQ(days_between("x", "2025-01-01"), 0);
}
