#include "domain/membership_period.hpp"

#include <chrono>
#include <cstdio>

namespace jamt::groups {

namespace {

// Compares as text: ISO dates sort like the days they name. An open end is
// later than every date.
const std::string& end_of(const Period& p) {
  static const std::string open = "9999-12-31";
  return p.to.empty() ? open : p.to;
}

}  // namespace

bool covers(const Period& period, const std::string& date) { return period.from <= date && date <= end_of(period); }

bool overlaps(const Period& a, const Period& b) { return a.from <= end_of(b) && b.from <= end_of(a); }

bool overlaps_year(const Period& period, int year) {
  char first[16], last[16];
  std::snprintf(first, sizeof first, "%04d-01-01", year);
  std::snprintf(last, sizeof last, "%04d-12-31", year);
  return overlaps(period, Period{first, last});
}

std::string day_before(const std::string& date) {
  using namespace std::chrono;
  int y = std::stoi(date.substr(0, 4));
  unsigned m = static_cast<unsigned>(std::stoi(date.substr(5, 2)));
  unsigned d = static_cast<unsigned>(std::stoi(date.substr(8, 2)));
  year_month_day before{sys_days{year{y} / month{m} / day{d}} - days{1}};
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(before.year()), static_cast<unsigned>(before.month()),
                static_cast<unsigned>(before.day()));
  return out;
}

}  // namespace jamt::groups
