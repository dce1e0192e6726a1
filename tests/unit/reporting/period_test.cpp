// Reporting periods: how they are written, when they open and when they are due.
#include <gtest/gtest.h>

#include "domain/clock.hpp"
#include "domain/reporting/period.hpp"

using namespace jamt;
using namespace jamt::reporting;
using namespace std::chrono;

namespace {

std::string text(const Result<Period>& p) { return p ? to_string(*p) : "error: " + p.error().message; }
std::string date(year_month_day d) { return iso_date(d); }
year_month_day ymd(int y, unsigned m, unsigned d) { return year{y} / month{m} / day{d}; }

}  // namespace

TEST(ReportingPeriod, ReadsAndWritesEveryPeriodicity) {
  EXPECT_EQ(text(parse_period("2025")), "2025");
  EXPECT_EQ(text(parse_period("2025H1")), "2025H1");
  EXPECT_EQ(text(parse_period("2025Q2")), "2025Q2");
  EXPECT_EQ(text(parse_period("2025M04")), "2025M04");
  EXPECT_EQ(parse_period("2025M04")->periodicity, Periodicity::monthly);
  EXPECT_EQ(parse_period("2025H2")->index, 2);
}

TEST(ReportingPeriod, RefusesWhatIsNoPeriodNamingTheField) {
  for (const char* bad : {"", "25Q1", "2025Q5", "2025Q0", "2025M4", "2025M13", "2025H3", "2025q2", "2025X1", "2025Q12"}) {
    auto p = parse_period(bad);
    ASSERT_FALSE(p.ok()) << bad;
    EXPECT_EQ(p.error().field, "period") << bad;
    EXPECT_EQ(p.error().code, ErrorKind::validation);
  }
  EXPECT_NE(parse_period("2025M13").error().message.find("12 månader"), std::string::npos);
}

TEST(ReportingPeriod, RefusesAPeriodOfAnotherPeriodicityThanTheForm) {
  auto p = parse_period("2025M04", Periodicity::quarterly);
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.error().message.find("per kvartal, t.ex. 2025Q2"), std::string::npos) << p.error().message;
  EXPECT_TRUE(parse_period("2025Q2", Periodicity::quarterly).ok());
}

TEST(ReportingPeriod, StartsAndEndsOnCalendarDays) {
  EXPECT_EQ(date(start_date(*parse_period("2025"))), "2025-01-01");
  EXPECT_EQ(date(end_date(*parse_period("2025"))), "2025-12-31");
  EXPECT_EQ(date(start_date(*parse_period("2025H2"))), "2025-07-01");
  EXPECT_EQ(date(end_date(*parse_period("2025H1"))), "2025-06-30");
  EXPECT_EQ(date(start_date(*parse_period("2025Q2"))), "2025-04-01");
  EXPECT_EQ(date(end_date(*parse_period("2025Q2"))), "2025-06-30");
  EXPECT_EQ(date(end_date(*parse_period("2024M02"))), "2024-02-29");
  EXPECT_EQ(date(end_date(*parse_period("2025M02"))), "2025-02-28");
}

TEST(ReportingPeriod, IsDueDaysAfterItsEndAcrossTheYear) {
  EXPECT_EQ(date(due_date(*parse_period("2025Q2"), 30)), "2025-07-30");
  EXPECT_EQ(date(due_date(*parse_period("2025Q4"), 31)), "2026-01-31");
  EXPECT_EQ(date(due_date(*parse_period("2025"), 0)), "2025-12-31");
}

TEST(ReportingPeriod, OpensOnItsFirstDayAndIsLateAfterTheDueDate) {
  auto q2 = *parse_period("2025Q2");
  EXPECT_FALSE(is_open(q2, ymd(2025, 3, 31)));
  EXPECT_TRUE(is_open(q2, ymd(2025, 4, 1)));
  EXPECT_FALSE(is_late(q2, 30, ymd(2025, 7, 30)));
  EXPECT_TRUE(is_late(q2, 30, ymd(2025, 7, 31)));
}

TEST(ReportingPeriod, OpensByTheSwedishDateNotTheUtcOne) {
  // 22:30 UTC on 31 March 2025 is already 1 April in Sweden (summer time).
  auto instant = sys_days{ymd(2025, 3, 31)} + hours{22} + minutes{30};
  EXPECT_TRUE(is_open(*parse_period("2025Q2"), stockholm_date(instant)));
}

TEST(ReportingPeriod, FollowsOnIntoTheNextYear) {
  EXPECT_EQ(to_string(next_period(*parse_period("2025Q4"))), "2026Q1");
  EXPECT_EQ(to_string(next_period(*parse_period("2025M11"))), "2025M12");
  EXPECT_EQ(to_string(next_period(*parse_period("2025"))), "2026");
}
