// The attendance rate per organisation and year, and the membership-period
// arithmetic behind it, checked against counts worked out by hand.
#include <gtest/gtest.h>

#include "domain/attendance_rate.hpp"
#include "domain/membership_period.hpp"

namespace jamt::groups {
namespace {

TEST(MembershipPeriod, CoversIncludesBothEndsAndOpenEnds) {
  EXPECT_TRUE(covers({"2025-01-01", "2025-06-30"}, "2025-01-01"));
  EXPECT_TRUE(covers({"2025-01-01", "2025-06-30"}, "2025-06-30"));
  EXPECT_FALSE(covers({"2025-01-01", "2025-06-30"}, "2025-07-01"));
  EXPECT_FALSE(covers({"2025-01-01", "2025-06-30"}, "2024-12-31"));
  EXPECT_TRUE(covers({"2025-01-01", ""}, "2099-12-31"));
}

TEST(MembershipPeriod, OverlapsSharesADay) {
  EXPECT_TRUE(overlaps({"2025-01-01", "2025-06-30"}, {"2025-06-30", ""}));
  EXPECT_FALSE(overlaps({"2025-01-01", "2025-06-30"}, {"2025-07-01", ""}));
  EXPECT_TRUE(overlaps({"2025-01-01", ""}, {"2030-01-01", "2030-01-02"}));
  EXPECT_TRUE(overlaps_year({"2024-05-01", "2025-01-01"}, 2025));
  EXPECT_FALSE(overlaps_year({"2024-05-01", "2024-12-31"}, 2025));
  EXPECT_FALSE(overlaps_year({"2026-01-01", ""}, 2025));
}

TEST(MembershipPeriod, DayBeforeCrossesMonthsYearsAndLeapDays) {
  EXPECT_EQ(day_before("2026-03-01"), "2026-02-28");
  EXPECT_EQ(day_before("2024-03-01"), "2024-02-29");
  EXPECT_EQ(day_before("2026-01-01"), "2025-12-31");
  EXPECT_EQ(day_before("2026-09-15"), "2026-09-14");
}

// Three meetings in 2026 (one of two days) and one in 2025. Organisation 1
// is a member all along, 2 joins on 2026-04-01, 3 has two periods with a
// gap, 4 left in 2025.
class AttendanceRate : public ::testing::Test {
 protected:
  std::vector<MeetingHeld> meetings{
      {10, "2025-11-20", 1}, {11, "2026-02-12", 1}, {12, "2026-05-20", 2}, {13, "2026-10-08", 1}};
  std::map<std::int64_t, std::vector<Period>> memberships{
      {1, {{"2024-01-01", ""}}},
      {2, {{"2026-04-01", ""}}},
      {3, {{"2024-01-01", "2026-03-31"}, {"2026-09-01", ""}}},
      {4, {{"2024-01-01", "2025-12-31"}}},
  };
};

TEST_F(AttendanceRate, CountsMeetingsHeldWhileAMemberAndDaysAsExtraColumns) {
  std::vector<AttendanceMark> marks{
      {11, 1, true},  {12, 1, true}, {13, 1, false},  // 2 of 3 meetings, 3 of 4 days
      {11, 2, true},  {12, 2, false}, {13, 2, true},  // 11 was before joining: 1 of 2 meetings, 1 of 3 days
      {11, 3, true},  {12, 3, true},  {13, 3, true},  // 12 fell in the gap: 2 of 2 meetings, 2 of 2 days
      {10, 4, true},
  };
  auto rows = attendance_rates(2026, meetings, memberships, marks);
  ASSERT_EQ(rows.size(), 3u);  // organisation 4 was not a member in 2026

  EXPECT_EQ(rows[0].organisation_id, 1);
  EXPECT_EQ(rows[0].meetings_held, 3);
  EXPECT_EQ(rows[0].meetings_attended, 2);
  EXPECT_EQ(rows[0].days_held, 4);
  EXPECT_EQ(rows[0].days_attended, 3);
  ASSERT_TRUE(rows[0].rate.has_value());
  EXPECT_DOUBLE_EQ(*rows[0].rate, 2.0 / 3.0);

  EXPECT_EQ(rows[1].organisation_id, 2);
  EXPECT_EQ(rows[1].meetings_held, 2);
  EXPECT_EQ(rows[1].meetings_attended, 1);
  EXPECT_EQ(rows[1].days_held, 3);
  EXPECT_EQ(rows[1].days_attended, 1);
  EXPECT_DOUBLE_EQ(*rows[1].rate, 0.5);

  EXPECT_EQ(rows[2].organisation_id, 3);
  EXPECT_EQ(rows[2].meetings_held, 2);
  EXPECT_EQ(rows[2].meetings_attended, 2);
  EXPECT_EQ(rows[2].days_held, 2);
  EXPECT_EQ(rows[2].days_attended, 2);
  EXPECT_DOUBLE_EQ(*rows[2].rate, 1.0);
}

TEST_F(AttendanceRate, AnotherYearCountsOnlyItsMeetings) {
  auto rows = attendance_rates(2025, meetings, memberships, {{10, 1, true}, {10, 4, false}});
  ASSERT_EQ(rows.size(), 3u);  // 1, 3 and 4 were members in 2025; 2 was not
  EXPECT_EQ(rows[0].organisation_id, 1);
  EXPECT_EQ(rows[0].meetings_held, 1);
  EXPECT_EQ(rows[0].meetings_attended, 1);
  EXPECT_EQ(rows[1].organisation_id, 3);
  EXPECT_EQ(rows[1].meetings_attended, 0);  // nothing recorded counts as absent
  EXPECT_DOUBLE_EQ(*rows[1].rate, 0.0);
  EXPECT_EQ(rows[2].organisation_id, 4);
  EXPECT_DOUBLE_EQ(*rows[2].rate, 0.0);
}

TEST_F(AttendanceRate, NoMeetingsWhileAMemberGivesNoRate) {
  auto rows = attendance_rates(2027, meetings, memberships, {});
  ASSERT_EQ(rows.size(), 3u);  // 1, 2 and 3 are still members
  for (const auto& r : rows) {
    EXPECT_EQ(r.meetings_held, 0);
    EXPECT_FALSE(r.rate.has_value());
  }
}

}  // namespace
}  // namespace jamt::groups
