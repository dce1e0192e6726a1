#include "formats/px/px_timeval.hpp"

#include <cctype>

namespace jamt::formats::px {
namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}
int number(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}
// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
long days_from_civil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}
// ISO weeks in a year: 53 when 1 January is a Thursday, or a Wednesday in a leap year.
int iso_weeks(int year) {
  long days = days_from_civil(year, 1, 1);
  int weekday = static_cast<int>(((days % 7) + 7 + 3) % 7);  // 0 = Monday (1970-01-01 was a Thursday)
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return weekday == 3 || (leap && weekday == 2) ? 53 : 52;
}
// Sub-periods per year and the width of the sub-period field.
struct ScaleShape {
  int per_year;
  std::size_t width;
};
std::optional<ScaleShape> shape(std::string_view scale) {
  if (scale == "A1") return ScaleShape{1, 0};
  if (scale == "H1") return ScaleShape{2, 1};
  if (scale == "Q1") return ScaleShape{4, 1};
  if (scale == "M1") return ScaleShape{12, 2};
  if (scale == "W1") return ScaleShape{53, 2};
  return std::nullopt;
}

}  // namespace

bool is_time_scale(std::string_view scale) { return shape(scale).has_value(); }

bool is_time_period(std::string_view scale, std::string_view period) {
  auto sh = shape(scale);
  if (!sh || period.size() != 4 + sh->width || !all_digits(period)) return false;
  if (sh->width == 0) return true;
  int sub = number(period.substr(4));
  int max = scale == "W1" ? iso_weeks(number(period.substr(0, 4))) : sh->per_year;
  return sub >= 1 && sub <= max;
}

std::optional<std::vector<std::string>> expand_time_range(std::string_view scale, std::string_view first,
                                                          std::string_view last, std::size_t max_periods) {
  if (!is_time_period(scale, first) || !is_time_period(scale, last)) return std::nullopt;
  auto sh = *shape(scale);
  int year = number(first.substr(0, 4));
  int sub = sh.width ? number(first.substr(4)) : 1;
  int end_year = number(last.substr(0, 4));
  int end_sub = sh.width ? number(last.substr(4)) : 1;
  if (end_year < year || (end_year == year && end_sub < sub)) return std::nullopt;
  std::vector<std::string> out;
  while (true) {
    if (out.size() >= max_periods) return std::nullopt;
    std::string p = std::to_string(year);
    while (p.size() < 4) p.insert(p.begin(), '0');
    if (sh.width == 1) p += std::to_string(sub);
    if (sh.width == 2) p += (sub < 10 ? "0" : "") + std::to_string(sub);
    out.push_back(std::move(p));
    if (year == end_year && sub == end_sub) break;
    int per_year = scale == "W1" ? iso_weeks(year) : sh.per_year;
    if (++sub > per_year) {
      sub = 1;
      ++year;
    }
  }
  return out;
}

std::string time_period_label(std::string_view scale, std::string_view period) {
  if (!is_time_period(scale, period)) return std::string(period);
  std::string year(period.substr(0, 4));
  if (scale == "H1") return year + "H" + std::string(period.substr(4));
  if (scale == "Q1") return year + "Q" + std::string(period.substr(4));
  if (scale == "M1") return year + "M" + std::string(period.substr(4));
  if (scale == "W1") return year + "W" + std::string(period.substr(4));
  return year;
}

}  // namespace jamt::formats::px
