#pragma once
// A report document as an Excel workbook: its tables, one sheet each.
#include <string>

#include "domain/report/report_document.hpp"
#include "domain/result.hpp"

namespace jamt::report {

// The workbook's bytes: one sheet per table in document order (a section's
// tables, then its children's), named after the table's caption
// (report/document/sheet_names.hpp: unique, at most 31 characters). Row 1
// holds the column headings in bold; numbers are numeric cells with a number
// format of their decimals and unit (Excel shows them with the reader's
// separators); missing cells are "..", texts are text — never formulas. A
// document without tables gets one sheet "Rapport" with its title, subtitle
// and time of generation. Error "io" when the temporary file fails
// (report/xlsx_table.hpp).
Result<std::string> to_xlsx(const report_doc::Document& document);

}  // namespace jamt::report
