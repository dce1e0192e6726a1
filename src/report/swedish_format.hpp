#pragma once
// Swedish number formatting for pages, charts and reports.
#include <optional>
#include <string>

namespace jamt::report {

// No-break space as thousands separator, decimal comma and a true minus
// sign: 12345.6 with 1 decimal → "12 345,6", -1500 → "−1 500". Halves
// round away from zero (38,25 → 38,3).
std::string format_number_sv(double value, int decimals);

// As format_number_sv, or `missing` (default "..", SCB's "not available")
// when there is no value.
std::string format_optional_sv(const std::optional<double>& value, int decimals, const std::string& missing = "..");

}  // namespace jamt::report
