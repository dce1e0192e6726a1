#include "formats/common/number_text.hpp"

#include <algorithm>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <system_error>

namespace jamt::formats {

namespace {

// Integers below this magnitude are exact in a double and print without a
// fraction.
constexpr double kExactIntegerLimit = 9007199254740992.0;  // 2^53

void append_shortest(std::string& out, double value) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, value);
  out.append(buf, res.ptr);
}

}  // namespace

void append_number(std::string& out, double value, int decimals) {
  if (!std::isfinite(value)) {
    out += "null";
    return;
  }
  if (value == std::trunc(value) && std::fabs(value) < kExactIntegerLimit) {
    char buf[32];
    auto res = std::to_chars(buf, buf + sizeof buf, static_cast<std::int64_t>(value));
    out.append(buf, res.ptr);  // -0.0 converts to integer 0: prints "0"
    return;
  }
  decimals = std::clamp(decimals, 0, kMaxDecimals);
  if (std::fabs(value) >= 1e15) {  // fixed notation would be long; no noise to strip at this size
    append_shortest(out, value);
    return;
  }
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, decimals);
  double rounded = 0;
  std::from_chars(buf, res.ptr, rounded);
  // Float noise is a few units in the last place; anything larger is real
  // precision that `decimals` would throw away.
  if (std::fabs(rounded - value) > std::fabs(value) * 8 * DBL_EPSILON) {
    append_shortest(out, value);
    return;
  }
  char* end = res.ptr;
  if (std::find(buf, end, '.') != end) {
    while (end > buf && end[-1] == '0') --end;
    if (end > buf && end[-1] == '.') --end;
  }
  std::string_view text(buf, static_cast<std::size_t>(end - buf));
  if (text == "-0") text = "0";
  out += text;
}

std::string format_number(double value, int decimals) {
  std::string out;
  append_number(out, value, decimals);
  return out;
}

int decimals_needed(double value) {
  if (!std::isfinite(value)) return 0;
  if (value == std::trunc(value) && std::fabs(value) < kExactIntegerLimit) return 0;
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, value);
  std::string_view text(buf, static_cast<std::size_t>(res.ptr - buf));
  int exponent = 0;
  auto e = text.find('e');
  if (e != std::string_view::npos) {
    std::string_view exp_text = text.substr(e + 1);
    if (!exp_text.empty() && exp_text.front() == '+') exp_text.remove_prefix(1);
    std::from_chars(exp_text.data(), exp_text.data() + exp_text.size(), exponent);
    text = text.substr(0, e);
  }
  auto dot = text.find('.');
  int fraction = dot == std::string_view::npos ? 0 : static_cast<int>(text.size() - dot - 1);
  return std::clamp(fraction - exponent, 0, kMaxDecimals);
}

std::optional<double> parse_plain_number(std::string_view text) {
  if (text.empty()) return std::nullopt;
  if (text.front() == '+') {
    text.remove_prefix(1);
    if (text.empty() || text.front() == '-' || text.front() == '+') return std::nullopt;
  }
  // from_chars also accepts "inf", "nan" and hex-less forms like "1e"; only
  // digits, '.', sign and exponent are allowed here.
  for (char c : text)
    if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) return std::nullopt;
  double value = 0;
  auto res = std::from_chars(text.data(), text.data() + text.size(), value);
  if (res.ec != std::errc() || res.ptr != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

}  // namespace jamt::formats
