#include "report/csv_table.hpp"

#include <cctype>
#include <cmath>
#include <cstdio>

#include "report/formula_guard.hpp"

namespace jamt::report {

namespace {

// A number as csv_number or std::to_string writes it: an optional minus,
// digits, and optionally a decimal comma (or point) and more digits.
bool is_number(const std::string& f) {
  std::size_t i = f.size() > 1 && f[0] == '-' ? 1 : 0;
  std::size_t digits = 0, mark = 0;
  for (; i < f.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(f[i]))) ++digits;
    else if ((f[i] == ',' || f[i] == '.') && digits > 0 && mark == 0 && i + 1 < f.size()) mark = i;
    else return false;
  }
  return digits > 0;
}

}  // namespace

CsvTable::CsvTable(std::vector<std::string> header) { rows_.push_back(std::move(header)); }

void CsvTable::add_row(std::vector<std::string> fields) { rows_.push_back(std::move(fields)); }

std::string CsvTable::str() const {
  std::string out = "\xEF\xBB\xBF";
  for (const auto& row : rows_) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) out += ';';
      const std::string f = is_number(row[i]) ? row[i] : formula_safe(row[i]);
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
