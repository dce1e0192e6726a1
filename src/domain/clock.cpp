#include "domain/clock.hpp"

#include <cstdio>

#include "domain/utc_time.hpp"

namespace jamt {

using namespace std::chrono;

std::string Clock::now_text() const { return utc_text(now()); }

year_month_day Clock::today() const { return stockholm_date(now()); }

std::string Clock::today_text() const { return iso_date(today()); }

int Clock::current_year() const { return static_cast<int>(today().year()); }

sys_seconds SystemClock::now() const { return floor<seconds>(std::chrono::system_clock::now()); }

const Clock& real_clock() {
  static const SystemClock clock;
  return clock;
}

FixedClock::FixedClock(sys_seconds at) : seconds_(at.time_since_epoch().count()) {}

sys_seconds FixedClock::now() const { return sys_seconds{seconds{seconds_.load()}}; }

void FixedClock::set(sys_seconds at) { seconds_.store(at.time_since_epoch().count()); }

void FixedClock::advance(seconds step) { seconds_.fetch_add(step.count()); }

seconds stockholm_offset(sys_seconds t) {
  const year y = year_month_day{floor<days>(t)}.year();
  const sys_seconds summer_from = sys_days{y / March / Sunday[last]} + hours{1};
  const sys_seconds summer_until = sys_days{y / October / Sunday[last]} + hours{1};
  return t >= summer_from && t < summer_until ? hours{2} : hours{1};
}

year_month_day stockholm_date(sys_seconds t) { return year_month_day{floor<days>(t + stockholm_offset(t))}; }

std::string stockholm_time_text(sys_seconds t) {
  const sys_seconds local = t + stockholm_offset(t);
  const auto day = floor<days>(local);
  const hh_mm_ss time{local - day};
  char hm[8];
  std::snprintf(hm, sizeof hm, "%02d:%02d", static_cast<int>(time.hours().count()),
                static_cast<int>(time.minutes().count()));
  return iso_date(year_month_day{day}) + " " + hm;
}

std::string iso_date(year_month_day d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return buf;
}

}  // namespace jamt
