#pragma once
// Numbers as text, shared by the statistics readers and writers: printing a
// value with a dataset's decimals without float noise, finding how many
// decimals a value needs, and strict locale-independent parsing.
#include <optional>
#include <string>
#include <string_view>

namespace jamt::formats {

// The largest number of decimals the functions below work with.
inline constexpr int kMaxDecimals = 15;

// Appends `value` (finite) to `out` as a JSON/CSV number rounded to
// `decimals` places, trailing zeros dropped: 12.300000000000001 with 1
// decimal prints "12.3", 2.50 with 2 prints "2.5", 7.0 prints "7". Rounding
// only ever removes float noise: when the value carries real precision beyond
// `decimals` (it differs from the rounded text by more than a few units in
// the last place) it is printed in its shortest exact form instead, so a
// number written here always reads back as the same double. -0 prints "0".
// Non-finite values are the caller's business (they have no JSON form);
// passing one appends "null".
void append_number(std::string& out, double value, int decimals);

// append_number into a new string.
std::string format_number(double value, int decimals);

// The number of decimals in the shortest text that reads back as `value`
// (0 for integers and non-finite values, at most kMaxDecimals).
int decimals_needed(double value);

// Parses the whole of `text` as a plain decimal number with '.' as the
// decimal mark and an optional sign and exponent ("12", "-0.5", "1e3",
// "+4"); no spaces, no thousands separators. nullopt when `text` is anything
// else or the number is not finite.
std::optional<double> parse_plain_number(std::string_view text);

}  // namespace jamt::formats
