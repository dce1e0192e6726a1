#pragma once
// Numbers as pages, charts and reports write them, in the reader's language
// (i18n::current_language(); a published report is made in Swedish).
#include <optional>
#include <string>

namespace jamt::report {

// Swedish: no-break space as thousands separator, decimal comma and a true
// minus sign: 12345.6 with 1 decimal → "12 345,6", -1500 → "−1 500";
// English "12,345.6", "−1,500". Halves round away from zero (38,25 → 38,3).
std::string number_text(double value, int decimals);

// As number_text, or `missing` (default "..", SCB's "not available")
// when there is no value.
std::string optional_number_text(const std::optional<double>& value, int decimals, const std::string& missing = "..");

}  // namespace jamt::report
