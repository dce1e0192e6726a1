#include "formats/csv/csv_number.hpp"

#include <algorithm>

#include "formats/common/number_text.hpp"

namespace jamt::formats::csv_detail {

namespace {

// Byte length of a blank (space, tab, U+00A0, U+202F) starting at text[i], or 0.
std::size_t blank_at(std::string_view text, std::size_t i) {
  if (text[i] == ' ' || text[i] == '\t') return 1;
  if (text.substr(i, 2) == "\xC2\xA0") return 2;
  if (text.substr(i, 3) == "\xE2\x80\xAF") return 3;
  return 0;
}

// Byte length of a blank ending just before text[end], or 0.
std::size_t blank_before(std::string_view text, std::size_t end) {
  if (end >= 1 && (text[end - 1] == ' ' || text[end - 1] == '\t')) return 1;
  if (end >= 2 && text.substr(end - 2, 2) == "\xC2\xA0") return 2;
  if (end >= 3 && text.substr(end - 3, 3) == "\xE2\x80\xAF") return 3;
  return 0;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "1,234" / "-1.234": one to three digits, the mark, exactly three digits.
bool looks_grouped(std::string_view text, char mark) {
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
  auto at = text.find(mark);
  if (at == std::string_view::npos || at == 0 || at > 3 || text.size() - at - 1 != 3) return false;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (i != at && !is_digit(text[i])) return false;
  return true;
}

}  // namespace

std::string_view trim_blanks(std::string_view text) {
  std::size_t n = 0;
  while (!text.empty() && (n = blank_at(text, 0)) > 0) text.remove_prefix(n);
  while (!text.empty() && (n = blank_before(text, text.size())) > 0) text.remove_suffix(n);
  return text;
}

std::optional<double> parse_grouped_number(std::string_view text, char decimal_mark) {
  const char other_mark = decimal_mark == ',' ? '.' : ',';
  std::string plain;
  if (text.substr(0, 3) == "\xE2\x88\x92") {  // U+2212 minus sign
    plain += '-';
    text.remove_prefix(3);
  } else if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    if (text[0] == '-') plain += '-';
    text.remove_prefix(1);
  }
  // Exponent, if any, is kept as it is.
  std::string_view exponent;
  auto e = text.find_first_of("eE");
  if (e != std::string_view::npos) {
    exponent = text.substr(e);
    text = text.substr(0, e);
  }
  auto dot = text.find(decimal_mark);
  std::string_view integer = text.substr(0, dot);
  std::string_view fraction = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
  if (dot != std::string_view::npos && fraction.find(decimal_mark) != std::string_view::npos) return std::nullopt;
  if (integer.empty() && fraction.empty()) return std::nullopt;
  for (char c : fraction)
    if (!is_digit(c)) return std::nullopt;

  // Integer part: plain digits, or groups of three after a first group of
  // one to three, all separated by the same kind of separator.
  std::string digits;
  std::size_t group = 0;     // digits in the current group
  int separator_kind = 0;    // 0 none yet, 1 blank, 2 the other mark
  bool grouped = false;
  std::size_t i = 0;
  while (i < integer.size()) {
    char c = integer[i];
    if (is_digit(c)) {
      digits += c;
      ++group;
      ++i;
      continue;
    }
    std::size_t blank = blank_at(integer, i);
    int kind = blank > 0 ? 1 : (c == other_mark ? 2 : 0);
    if (kind == 0) return std::nullopt;
    if (separator_kind != 0 && kind != separator_kind) return std::nullopt;
    if (group == 0 || (grouped ? group != 3 : group > 3)) return std::nullopt;
    separator_kind = kind;
    grouped = true;
    group = 0;
    i += blank > 0 ? blank : 1;
  }
  if (grouped && group != 3) return std::nullopt;
  plain += digits.empty() ? "0" : digits;
  if (!fraction.empty()) {
    plain += '.';
    plain += fraction;
  }
  plain += exponent;
  return parse_plain_number(plain);
}

int decimals_in(std::string_view text, char decimal_mark) {
  auto e = text.find_first_of("eE");
  if (e != std::string_view::npos) text = text.substr(0, e);
  auto dot = text.find(decimal_mark);
  return dot == std::string_view::npos ? 0 : static_cast<int>(text.size() - dot - 1);
}

char detect_decimal_mark(const std::vector<std::string_view>& texts, char fallback, bool& ambiguous_only) {
  std::size_t comma_votes = 0, point_votes = 0, ambiguous = 0;
  for (std::string_view t : texts) {
    auto commas = static_cast<std::size_t>(std::count(t.begin(), t.end(), ','));
    auto points = static_cast<std::size_t>(std::count(t.begin(), t.end(), '.'));
    if (commas > 0 && points > 0) {
      (t.rfind(',') > t.rfind('.') ? comma_votes : point_votes)++;
    } else if (commas == 1) {
      if (looks_grouped(t, ',')) ++ambiguous;
      else ++comma_votes;
    } else if (points == 1) {
      if (looks_grouped(t, '.')) ++ambiguous;
      else ++point_votes;
    } else if (commas > 1) {
      ++point_votes;  // "1,234,567": commas group thousands
    } else if (points > 1) {
      ++comma_votes;
    }
  }
  ambiguous_only = comma_votes == 0 && point_votes == 0 && ambiguous > 0;
  if (comma_votes > point_votes) return ',';
  if (point_votes > comma_votes) return '.';
  return fallback;
}

}  // namespace jamt::formats::csv_detail
