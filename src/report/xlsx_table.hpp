#pragma once
// A table as an Excel workbook (XLSX): one sheet, a bold header row that
// stays in view, then the rows. Text cells are always stored as text, so a
// value such as "=HYPERLINK(…)" is shown as typed and never becomes a
// formula; numbers are numeric cells that Excel can sum.
#include <string>
#include <variant>
#include <vector>

#include "domain/result.hpp"

namespace jamt::report {

// One cell: empty, text or a number.
struct XlsxCell {
  std::variant<std::monostate, std::string, double> value;

  static XlsxCell empty() { return {}; }
  static XlsxCell text(std::string t) { return {std::move(t)}; }
  static XlsxCell number(double n) { return {n}; }
};

// The workbook's bytes (a zip file). `sheet_name` is at most 31 characters
// without []:*?/\ (a programming error otherwise: Error "internal"). Error
// "io" when the temporary file cannot be written or read.
Result<std::string> xlsx_table(const std::string& sheet_name, const std::vector<std::string>& header,
                               const std::vector<std::vector<XlsxCell>>& rows);

// The Content-Type of an XLSX file.
inline constexpr const char* kXlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

}  // namespace jamt::report
