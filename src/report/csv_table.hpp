#pragma once
// CSV for Swedish Excel: UTF-8 with a byte-order mark, ';' between fields,
// CRLF line ends, decimal comma, fields quoted when they need it. Every CSV
// export goes through CsvTable, so every export is guarded against formulas.
#include <optional>
#include <string>
#include <vector>

namespace jamt::report {

class CsvTable {
 public:
  explicit CsvTable(std::vector<std::string> header);
  // Appends a row; missing trailing fields are left empty.
  void add_row(std::vector<std::string> fields);
  // The whole file, starting with the BOM. A text field that starts with
  // = + - @ (or a tab or carriage return) gets an apostrophe in front
  // (report::formula_safe), so a spreadsheet shows it as text and never runs
  // it as a formula; a field that is a number ("-12", "-0,5") is left as it
  // is, so negative numbers stay numbers.
  std::string str() const;

 private:
  std::vector<std::vector<std::string>> rows_;
};

// A number as CSV text for Swedish Excel: decimal comma, no thousands
// separator, `decimals` places; empty when there is no value.
std::string csv_number(const std::optional<double>& value, int decimals);

}  // namespace jamt::report
