#include "formats/csv/csv_writer.hpp"

#include <charconv>
#include <cmath>
#include <ostream>
#include <vector>

namespace jamt::formats {

namespace {

constexpr std::size_t kPiece = 1 << 20;  // bytes handed to the sink at a time

// `text` as a CSV field followed by ';'.
std::string field(const std::string& text) {
  std::string out;
  if (text.find_first_of(";\"\r\n") == std::string::npos) {
    out = text;
  } else {
    out += '"';
    for (char c : text) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  return out;
}

// The number rounded to `decimals` with a decimal comma, never "-0".
void number(std::string& out, double v, int decimals) {
  char buf[400];
  if (decimals <= 0) {
    double rounded = std::round(v);
    if (std::fabs(rounded) < 9e15) {
      auto r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(rounded));
      out.append(buf, r.ptr);
      return;
    }
  }
  double scale = std::pow(10.0, decimals);
  double rounded = std::round(v * scale) / scale;
  if (rounded == 0) rounded = 0;  // no "-0"
  auto r = std::to_chars(buf, buf + sizeof buf, rounded, std::chars_format::fixed, decimals < 0 ? 0 : decimals);
  for (char* p = buf; p != r.ptr; ++p)
    if (*p == '.') *p = ',';
  out.append(buf, r.ptr);
}

// Writes the CSV of `d` in pieces: `flush(text)` gets each piece (and may
// empty it).
template <typename Flush>
void write_pieces(const stats::Dataset& d, std::string& out, Flush flush) {
  out += "\xEF\xBB\xBF";
  for (const auto& dim : d.dimensions) out += field(dim.label.empty() ? dim.id : dim.label) + ';';
  out += "värde\r\n";
  const std::size_t n = d.dimensions.size();
  int metric = -1;
  for (std::size_t i = 0; i < n; ++i)
    if (d.dimensions[i].role == stats::DimensionRole::metric) metric = static_cast<int>(i);
  // Every category's field with its ';', once; the decimals of each metric category.
  std::vector<std::vector<std::string>> fields(n);
  for (std::size_t k = 0; k < n; ++k)
    for (const auto& c : d.dimensions[k].categories) fields[k].push_back(field(c.label.empty() ? c.code : c.label) + ';');
  std::vector<int> metric_decimals;
  if (metric >= 0) {
    const auto& dim = d.dimensions[metric];
    for (const auto& c : dim.categories) {
      auto it = dim.content.find(c.code);
      metric_decimals.push_back(it != dim.content.end() && it->second.decimals ? *it->second.decimals : d.decimals);
    }
  }
  const std::uint64_t cells = d.cell_count();
  const std::size_t inner = n == 0 ? 1 : d.dimensions[n - 1].categories.size();
  if (cells == 0 || inner == 0) return flush(out);
  std::vector<std::size_t> index(n, 0);
  std::string prefix;  // the fields of every dimension but the last, for the current row
  for (std::uint64_t cell = 0; cell < cells; cell += inner) {
    prefix.clear();
    for (std::size_t k = 0; k + 1 < n; ++k) prefix += fields[k][index[k]];
    for (std::size_t j = 0; j < inner; ++j) {
      const std::uint64_t at = cell + j;
      out += prefix;
      if (n > 0) out += fields[n - 1][j];
      int decimals = d.decimals;
      if (metric >= 0) decimals = metric_decimals[metric + 1 == static_cast<int>(n) ? j : index[metric]];
      double v = at < d.values.size() ? d.values[at] : std::nan("");
      if (!std::isnan(v)) {
        number(out, v, decimals);
      } else {
        auto status = d.status.find(at);
        out += field(status == d.status.end() ? ".." : status->second);
      }
      out += "\r\n";
    }
    if (out.size() >= kPiece) flush(out);
    for (std::size_t k = n > 0 ? n - 1 : 0; k-- > 0;) {
      if (++index[k] < d.dimensions[k].categories.size()) break;
      index[k] = 0;
    }
  }
  flush(out);
}

}  // namespace

std::string write_csv(const stats::Dataset& d) {
  std::string out;
  write_pieces(d, out, [](std::string&) {});
  return out;
}

bool write_csv(const stats::Dataset& d, std::ostream& stream) {
  std::string out;
  out.reserve(kPiece + 4096);
  write_pieces(d, out, [&stream](std::string& piece) {
    stream.write(piece.data(), static_cast<std::streamsize>(piece.size()));
    piece.clear();
  });
  stream.flush();
  return static_cast<bool>(stream);
}

}  // namespace jamt::formats
