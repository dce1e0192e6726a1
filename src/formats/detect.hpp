#pragma once
// Which statistics format a file is in, from its first bytes.
#include <optional>
#include <string_view>

namespace jamt::formats {

enum class StatisticsFormat { px, jsonstat, csv, kolada };

// "px", "jsonstat", "csv", "kolada".
std::string_view to_string(StatisticsFormat format);
// The format named `name` (as to_string writes it, or "json-stat"), or nullopt.
std::optional<StatisticsFormat> parse_format_name(std::string_view name);

// Guesses the format from the beginning of a file (64 KiB is plenty): JSON
// with Kolada's "kpi" entries → kolada, other JSON → jsonstat, a PX keyword
// such as CHARSET=, AXIS-VERSION=, MATRIX=, STUB= or DATA= at the start of a
// line → px, anything else → csv. A UTF-8 BOM and leading white space are
// skipped.
StatisticsFormat detect_format(std::string_view head);

}  // namespace jamt::formats
