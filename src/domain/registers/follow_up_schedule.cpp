#include "domain/registers/follow_up_schedule.hpp"

#include <cstdio>

#include "domain/strategy.hpp"

namespace jamt::registers {

namespace {

struct Ymd {
  int y, m, d;
};

Ymd parse(std::string_view t) {
  return {std::stoi(std::string(t.substr(0, 4))), std::stoi(std::string(t.substr(5, 2))),
          std::stoi(std::string(t.substr(8, 2)))};
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
long long day_number(Ymd date) {
  int y = date.m <= 2 ? date.y - 1 : date.y;
  long long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned doy = (153 * (date.m + (date.m > 2 ? -3 : 9)) + 2) / 5 + date.d - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

}  // namespace

std::string add_years(std::string_view iso_date, int years) {
  if (!is_iso_date(iso_date)) return "";
  Ymd d = parse(iso_date);
  d.y += years;
  if (d.m == 2 && d.d == 29 && !leap(d.y)) d.d = 28;
  if (d.y < 0 || d.y > 9999) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.y, d.m, d.d);
  return buf;
}

std::string next_follow_up_due(std::string_view joined_on, std::string_view latest_follow_up) {
  if (!is_iso_date(joined_on)) return "";
  std::string_view from = joined_on;
  if (is_iso_date(latest_follow_up) && latest_follow_up > joined_on) from = latest_follow_up;
  return add_years(from, kFollowUpIntervalYears);
}

bool follow_up_overdue(std::string_view due, std::string_view today) {
  return is_iso_date(due) && is_iso_date(today) && due < today;
}

int days_between(std::string_view from, std::string_view to) {
  if (!is_iso_date(from) || !is_iso_date(to)) return 0;
  return static_cast<int>(day_number(parse(to)) - day_number(parse(from)));
}

}  // namespace jamt::registers
