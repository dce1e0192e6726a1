#include "report/csv_table.hpp"

#include <cmath>
#include <cstdio>

namespace jamt::report {

CsvTable::CsvTable(std::vector<std::string> header) { rows_.push_back(std::move(header)); }

void CsvTable::add_row(std::vector<std::string> fields) { rows_.push_back(std::move(fields)); }

std::string CsvTable::str() const {
  std::string out = "\xEF\xBB\xBF";
  for (const auto& row : rows_) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) out += ';';
      const std::string& f = row[i];
      bool quote = f.find_first_of(";\"\r\n") != std::string::npos || (!f.empty() && (f[0] == ' ' || f.back() == ' '));
      if (!quote) {
        out += f;
        continue;
      }
      out += '"';
      for (char c : f) {
        if (c == '"') out += '"';
        out += c;
      }
      out += '"';
    }
    out += "\r\n";
  }
  return out;
}

std::string csv_number(const std::optional<double>& value, int decimals) {
  if (!value) return "";
  double scale = std::pow(10.0, decimals);
  double rounded = std::round(*value * scale) / scale;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, rounded);
  std::string s = buf;
  for (char& c : s)
    if (c == '.') c = ',';
  if (s == "-0" || s.rfind("-0,", 0) == 0) {
    bool zero = s.find_first_of("123456789") == std::string::npos;
    if (zero) s.erase(0, 1);
  }
  return s;
}

}  // namespace jamt::report
