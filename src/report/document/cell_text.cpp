#include "report/document/cell_text.hpp"

#include <algorithm>

#include "report/number_text.hpp"

namespace jamt::report {

std::string cell_text_sv(const report_doc::Cell& cell) {
  if (cell.number) {
    std::string shown = number_text(*cell.number, std::max(cell.decimals, 0));
    return cell.unit.empty() ? shown : shown + "\u00a0" + cell.unit;
  }
  return cell.text.empty() ? ".." : cell.text;
}

std::string excel_number_format(int decimals, const std::string& unit) {
  std::string code = "#,##0";
  if (decimals > 0) code += "." + std::string(static_cast<std::size_t>(std::min(decimals, 10)), '0');
  if (!unit.empty()) {
    std::string quoted;
    for (char c : unit)
      if (c != '"') quoted += c;
    code += "\" " + quoted + "\"";
  }
  return code;
}

}  // namespace jamt::report
