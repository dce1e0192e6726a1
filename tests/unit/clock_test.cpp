// The clock: Swedish dates across the turn of the year, summer time and a
// leap day, and the settable clock tests use.
#include <gtest/gtest.h>

#include <thread>

#include "domain/clock.hpp"
#include "domain/utc_time.hpp"

using namespace jamt;
using namespace std::chrono_literals;

namespace {

std::chrono::sys_seconds at(const char* text) { return *parse_utc_text(text); }

TEST(StockholmTimeText, ShowsSwedishWallClockTimeAcrossDaylightSaving) {
  EXPECT_EQ(stockholm_time_text(at("2026-03-31T10:00:00Z")), "2026-03-31 12:00");  // CEST
  EXPECT_EQ(stockholm_time_text(at("2026-11-30T09:05:00Z")), "2026-11-30 10:05");  // CET
  EXPECT_EQ(stockholm_time_text(at("2025-12-31T23:30:00Z")), "2026-01-01 00:30");  // new year in Sweden
}

}  // namespace

TEST(Clock, NewYearComesAnHourEarlierInSweden) {
  // 2025-12-31 23:59 in Stockholm (winter, UTC+1) is 22:59 UTC.
  FixedClock clock(at("2025-12-31T22:59:00Z"));
  EXPECT_EQ(clock.today_text(), "2025-12-31");
  EXPECT_EQ(clock.current_year(), 2025);
  EXPECT_EQ(clock.now_text(), "2025-12-31T22:59:00Z");
  clock.advance(1min);  // 00:00 on 1 January in Sweden, still 2025 in UTC
  EXPECT_EQ(clock.today_text(), "2026-01-01");
  EXPECT_EQ(clock.current_year(), 2026);
  EXPECT_EQ(clock.now_text(), "2025-12-31T23:00:00Z");
  clock.advance(1h);
  EXPECT_EQ(clock.today_text(), "2026-01-01");
}

TEST(Clock, LeapDay) {
  FixedClock clock(at("2028-02-28T22:59:59Z"));
  EXPECT_EQ(clock.today_text(), "2028-02-28");
  clock.advance(1s);
  EXPECT_EQ(clock.today_text(), "2028-02-29");
  clock.set(at("2028-02-29T22:59:59Z"));
  EXPECT_EQ(clock.today_text(), "2028-02-29");
  clock.advance(1s);
  EXPECT_EQ(clock.today_text(), "2028-03-01");
}

TEST(Clock, SummerTimeByTheEuRule) {
  // 2026: summer time from Sunday 29 March 01:00 UTC to Sunday 25 October 01:00 UTC.
  EXPECT_EQ(stockholm_offset(at("2026-03-29T00:59:59Z")), 1h);
  EXPECT_EQ(stockholm_offset(at("2026-03-29T01:00:00Z")), 2h);
  EXPECT_EQ(stockholm_offset(at("2026-10-25T00:59:59Z")), 2h);
  EXPECT_EQ(stockholm_offset(at("2026-10-25T01:00:00Z")), 1h);
  // 2028 (leap year): 26 March and 29 October.
  EXPECT_EQ(stockholm_offset(at("2028-03-26T00:59:59Z")), 1h);
  EXPECT_EQ(stockholm_offset(at("2028-03-26T01:00:00Z")), 2h);
  EXPECT_EQ(stockholm_offset(at("2028-10-29T00:59:59Z")), 2h);
  EXPECT_EQ(stockholm_offset(at("2028-10-29T01:00:00Z")), 1h);
  // Midsummer and midwinter.
  EXPECT_EQ(stockholm_offset(at("2026-06-19T12:00:00Z")), 2h);
  EXPECT_EQ(stockholm_offset(at("2026-01-15T12:00:00Z")), 1h);
}

TEST(Clock, DateChangesAtSwedishMidnightInSummerAndWinter) {
  // Summer: midnight in Stockholm is 22:00 UTC.
  EXPECT_EQ(iso_date(stockholm_date(at("2026-06-30T21:59:59Z"))), "2026-06-30");
  EXPECT_EQ(iso_date(stockholm_date(at("2026-06-30T22:00:00Z"))), "2026-07-01");
  // Winter: 23:00 UTC.
  EXPECT_EQ(iso_date(stockholm_date(at("2026-11-30T22:59:59Z"))), "2026-11-30");
  EXPECT_EQ(iso_date(stockholm_date(at("2026-11-30T23:00:00Z"))), "2026-12-01");
  // The night summer time ends: 00:30 UTC is 02:30 CEST, already the 25th.
  EXPECT_EQ(iso_date(stockholm_date(at("2026-10-24T21:59:59Z"))), "2026-10-24");
  EXPECT_EQ(iso_date(stockholm_date(at("2026-10-24T22:00:00Z"))), "2026-10-25");
}

TEST(Clock, FixedClockCanBeSetAndAdvancedFromOtherThreads) {
  FixedClock clock(at("2026-03-31T10:00:00Z"));
  std::thread a([&] {
    for (int i = 0; i < 1000; ++i) clock.advance(1s);
  });
  std::thread b([&] {
    for (int i = 0; i < 1000; ++i) clock.advance(1s);
  });
  a.join();
  b.join();
  EXPECT_EQ(clock.now_text(), "2026-03-31T10:33:20Z");
  clock.advance(-2000s);
  EXPECT_EQ(clock.now(), at("2026-03-31T10:00:00Z"));
}

TEST(Clock, SystemClockIsTheRealTime) {
  // The one test that reads the real time: it is after this code was written.
  EXPECT_GT(real_clock().now(), at("2026-01-01T00:00:00Z"));
  EXPECT_GE(real_clock().current_year(), 2026);
}
