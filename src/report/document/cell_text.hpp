#pragma once
// How a report document's cells are shown: Swedish number format with the
// unit after a no-break space, ".." for a missing value.
#include <string>

#include "domain/report/report_document.hpp"

namespace jamt::report {

// "38,3 %", "12 345 kr", "Kalmar", or ".." for a missing cell.
std::string cell_text_sv(const report_doc::Cell& cell);

// The Excel number format code for `decimals` and `unit`: "#,##0", "#,##0.0",
// "#,##0.0\" %\"" (the unit as quoted literal text, so "%" never multiplies
// by 100). Excel shows it with the reader's separators ("12 345,6 %" in a
// Swedish Excel).
std::string excel_number_format(int decimals, const std::string& unit);

}  // namespace jamt::report
