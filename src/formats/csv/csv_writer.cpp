#include "formats/csv/csv_writer.hpp"

#include <cmath>
#include <cstdio>

namespace jamt::formats {

namespace {

void field(std::string& out, const std::string& text) {
  if (text.find_first_of(";\"\r\n") == std::string::npos) {
    out += text;
    return;
  }
  out += '"';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string number(double v, int decimals) {
  double scale = std::pow(10.0, decimals);
  double rounded = std::round(v * scale) / scale;
  if (rounded == 0) rounded = 0;  // no "-0"
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, rounded);
  std::string s = buf;
  for (char& c : s)
    if (c == '.') c = ',';
  return s;
}

}  // namespace

std::string write_csv(const stats::Dataset& d) {
  std::string out = "\xEF\xBB\xBF";
  for (const auto& dim : d.dimensions) {
    field(out, dim.label.empty() ? dim.id : dim.label);
    out += ';';
  }
  out += "värde\r\n";
  int metric = -1;
  for (std::size_t i = 0; i < d.dimensions.size(); ++i)
    if (d.dimensions[i].role == stats::DimensionRole::metric) metric = static_cast<int>(i);
  const std::size_t n = d.dimensions.size();
  std::vector<std::size_t> index(n, 0);
  const std::uint64_t cells = d.cell_count();
  for (std::uint64_t cell = 0; cell < cells; ++cell) {
    for (std::size_t k = 0; k < n; ++k) {
      const auto& c = d.dimensions[k].categories[index[k]];
      field(out, c.label.empty() ? c.code : c.label);
      out += ';';
    }
    int decimals = d.decimals;
    if (metric >= 0) {
      const auto& dim = d.dimensions[metric];
      auto it = dim.content.find(dim.categories[index[metric]].code);
      if (it != dim.content.end() && it->second.decimals) decimals = *it->second.decimals;
    }
    double v = cell < d.values.size() ? d.values[cell] : std::nan("");
    auto status = d.status.find(cell);
    if (!std::isnan(v)) out += number(v, decimals);
    else field(out, status == d.status.end() ? ".." : status->second);
    out += "\r\n";
    for (std::size_t k = n; k-- > 0;) {
      if (++index[k] < d.dimensions[k].categories.size()) break;
      index[k] = 0;
    }
  }
  return out;
}

}  // namespace jamt::formats
