#include "domain/report/swedish_number.hpp"

#include <cmath>
#include <cstdio>

namespace jamt::report_doc {

std::string number_sv(double value, int decimals) {
  // Round half away from zero, as Statistics Sweden does (printf would round
  // 38.25 to even, 38.2).
  double scale = std::pow(10.0, decimals);
  double rounded = std::round(std::fabs(value) * scale) / scale;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, rounded);
  std::string digits(buf);
  std::string frac;
  auto dot = digits.find('.');
  if (dot != std::string::npos) {
    frac = "," + digits.substr(dot + 1);
    digits = digits.substr(0, dot);
  }
  std::string grouped;
  int count = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (count > 0 && count % 3 == 0) grouped.insert(0, "\u00a0");
    grouped.insert(grouped.begin(), *it);
    ++count;
  }
  bool negative = value < 0 && std::fabs(value) >= 0.5 * std::pow(10.0, -decimals);
  return (negative ? "\u2212" : "") + grouped + frac;
}

}  // namespace jamt::report_doc
