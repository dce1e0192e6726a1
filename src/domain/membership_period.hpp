#pragma once
// Periods of membership (from/to ISO dates, open-ended when `to` is empty)
// and the day arithmetic a change of representative needs.
#include <string>

namespace jamt::groups {

// A membership period: `from` and `to` are "YYYY-MM-DD", both days included;
// an empty `to` means the period has not ended.
struct Period {
  std::string from;
  std::string to;
};

// Whether `date` ("YYYY-MM-DD") lies in `period`.
bool covers(const Period& period, const std::string& date);

// Whether the two periods share at least one day.
bool overlaps(const Period& a, const Period& b);

// Whether the period shares at least one day with calendar year `year`.
bool overlaps_year(const Period& period, int year);

// The day before `date` ("2026-03-01" → "2026-02-28"); `date` must be a
// valid ISO date.
std::string day_before(const std::string& date);

}  // namespace jamt::groups
