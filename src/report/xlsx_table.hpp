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

// One cell: empty, text or a number. `number_format` is an Excel number
// format code for a number cell ("#,##0.0\" %\"", shown by a Swedish Excel
// as "38,3 %"); "" is Excel's General.
struct XlsxCell {
  std::variant<std::monostate, std::string, double> value;
  std::string number_format{};

  static XlsxCell empty() { return {}; }
  static XlsxCell text(std::string t) { return {std::move(t)}; }
  static XlsxCell number(double n) { return {n}; }
  static XlsxCell number(double n, std::string format) { return {n, std::move(format)}; }
};

// One worksheet: its name (at most 31 characters, none of []:*?/\, unique
// in the workbook ignoring case), a bold header row that stays in view, then
// the rows.
struct XlsxSheet {
  std::string name{};
  std::vector<std::string> header{};
  std::vector<std::vector<XlsxCell>> rows{};
};

// The workbook's bytes (a zip file). `sheet_name` is at most 31 characters
// without []:*?/\ (a programming error otherwise: Error "internal"). Error
// "io" when the temporary file cannot be written or read.
Result<std::string> xlsx_table(const std::string& sheet_name, const std::vector<std::string>& header,
                               const std::vector<std::vector<XlsxCell>>& rows);

// The workbook's bytes with `sheets` in order (at least one). Errors as
// xlsx_table's; a duplicate sheet name is Error "internal" too.
Result<std::string> xlsx_workbook(const std::vector<XlsxSheet>& sheets);

// The Content-Type of an XLSX file.
inline constexpr const char* kXlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

}  // namespace jamt::report
