#pragma once
// The value of an indicator computed from Jämt's own data, per year (issue
// 13, item 1; docs/indicator-counts.md). Shared by register counts,
// reporting-form data elements and survey questions.
#include <optional>
#include <string>

#include "domain/result.hpp"

namespace jamt::indicator_counts {

// One year's value: women, men and total where each is known. A count that
// is not split by sex has only `total`; a year without data has none.
struct CountValue {
  std::optional<double> women;
  std::optional<double> men;
  std::optional<double> total;
};

struct YearValue {
  int year = 0;
  CountValue value{};
};

// The earliest and latest year a count may be asked for, and the most years at once.
inline constexpr int kFirstCountYear = 1900;
inline constexpr int kLastCountYear = 2999;
inline constexpr int kMaxCountYears = 200;

// Checks a year range from..to: both within kFirstCountYear–kLastCountYear,
// from not after to, at most kMaxCountYears years. Error "validation" with
// field "from" or "to" and a Swedish message.
Status check_year_range(int from_year, int to_year);

// Checks that `county_code` is one of the 21 counties ("08"). Error
// "validation" with field "county".
Status check_county(const std::string& county_code);

}  // namespace jamt::indicator_counts
