#pragma once
// Internal to the CSV reader: numbers as people and spreadsheets write them,
// "12 345,6", "1.234,5", "1,234.5", "−3", and guessing the decimal mark.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jamt::formats::csv_detail {

// `text` without leading and trailing spaces, tabs, no-break spaces (U+00A0)
// and narrow no-break spaces (U+202F).
std::string_view trim_blanks(std::string_view text);

// Parses `text` (trimmed) as a number with `decimal_mark` (',' or '.'). The
// integer part may be grouped in threes by spaces, no-break spaces or the
// other mark ("12 345,6", "1.234.567,5"), but only consistently and only in
// groups of exactly three digits, so "12.5" with a decimal comma is not a
// number rather than 125. A leading '+', '-' or U+2212 minus sign and an
// exponent are allowed. nullopt when `text` is not such a number.
std::optional<double> parse_grouped_number(std::string_view text, char decimal_mark);

// The number of digits after the decimal mark in `text` (0 when none).
int decimals_in(std::string_view text, char decimal_mark);

// The decimal mark that the texts use, judged by votes: a text with both
// marks votes for the later one; "12,5" votes comma and "12.5" point; texts
// like "1,234" or "1.234" could be either and do not vote. `fallback` decides
// ties and the case of no vote at all; `ambiguous_only` is then set when some
// text could have gone either way.
char detect_decimal_mark(const std::vector<std::string_view>& texts, char fallback, bool& ambiguous_only);

}  // namespace jamt::formats::csv_detail
