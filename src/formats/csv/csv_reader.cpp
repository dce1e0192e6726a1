// The CSV reader: encoding, header, value column, rows into a cube.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <unordered_map>

#include "formats/common/text_encoding.hpp"
#include "formats/csv/csv.hpp"
#include "formats/csv/csv_number.hpp"
#include "formats/csv/csv_scanner.hpp"

namespace jamt::formats {

namespace {

using namespace csv_detail;

// The largest cube filled (cells): 100 million cells are 800 MB of doubles.
constexpr std::uint64_t kMaxCells = 100'000'000;
// A cube with more than this many cells per row is refused as too sparse:
// usually a value column was taken for a dimension.
constexpr std::uint64_t kMaxCellsPerRow = 1000;

// Value texts that stand for a status symbol instead of a number: one to
// six dots (PX's DATASYMBOL1-6 defaults), "…", "-", "–" and ":".
bool is_status_symbol(std::string_view text) {
  if (!text.empty() && text.size() <= 6 && text.find_first_not_of('.') == std::string_view::npos) return true;
  for (std::string_view s : {"\xE2\x80\xA6", "-", "\xE2\x80\x93", ":"})
    if (text == s) return true;
  return false;
}

// Lower case for comparing header names: ASCII and Å Ä Ö É.
std::string fold_case(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    char& c = out[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '\xC3' && i + 1 < out.size()) {
      char& next = out[i + 1];
      if (next == '\x85' || next == '\x84' || next == '\x96' || next == '\x89') next = static_cast<char>(next + 0x20);
    }
  }
  return out;
}

std::string quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string file_stem(const std::string& file_name) {
  std::string name = file_name.substr(file_name.find_last_of("/\\") + 1);
  auto dot = name.rfind('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

std::size_t line_of_offset(std::string_view text, std::size_t offset) {
  return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
}

// A data row: the category position in each dimension, the value text and
// the line it came from.
struct Row {
  std::size_t line;
  std::string value;
};

class CsvReader {
 public:
  explicit CsvReader(const CsvOptions& options) : options_(options), file_(options.file_name) {}

  Result<stats::Dataset> read(std::string_view bytes) {
    auto text = decode(bytes);
    if (!text) return text.error();
    std::string_view body = *text;
    separator_ = options_.separator ? options_.separator : detect_separator(body);
    if (separator_ == 0)
      return error(1, "the header has a single column; expected dimension columns and a value column separated by "
                      "';', ',' or a tab");
    CsvScanner scanner(body, separator_);
    CsvRecord record;
    // Header: the first non-blank record.
    bool have_header = false;
    while (scanner.next(record)) {
      if (!is_blank(record)) {
        have_header = true;
        break;
      }
    }
    if (!scanner.error().empty()) return error(record.line, scanner.error());
    if (!have_header) return Error{ErrorKind::validation, "the file holds no header and no rows", file_, {}};
    if (auto header = read_header(record); !header.ok()) return header.error();

    std::vector<Row> rows;
    std::vector<std::uint32_t> coords;  // rows.size() × dimensions, row-major
    while (scanner.next(record)) {
      if (is_blank(record)) continue;
      if (record.fields.size() != names_.size())
        return error(record.line, std::to_string(record.fields.size()) + " fields but the header has " +
                                      std::to_string(names_.size()));
      for (std::size_t k = 0; k < dim_columns_.size(); ++k) {
        std::string_view text = trim_blanks(record.fields[dim_columns_[k]]);
        if (text.empty()) return error(record.line, "column " + quote(names_[dim_columns_[k]]) + " is empty");
        auto [it, fresh] = category_index_[k].try_emplace(std::string(text), static_cast<std::uint32_t>(out_.dimensions[k].categories.size()));
        if (fresh) out_.dimensions[k].categories.push_back({std::string(text), std::string(text)});
        coords.push_back(it->second);
      }
      rows.push_back({record.line, std::string(trim_blanks(record.fields[value_column_]))});
    }
    if (!scanner.error().empty()) return error(record.line, scanner.error());
    if (auto filled = fill(rows, coords); !filled.ok()) return filled.error();
    return std::move(out_);
  }

 private:
  Error error(std::size_t line, std::string message) const {
    return Error{ErrorKind::validation, std::move(message), file_ + ":" + std::to_string(line), {}};
  }
  void warn(std::string where, std::string message) { out_.warnings.push_back({std::move(message), std::move(where)}); }

  static bool is_blank(const CsvRecord& r) {
    return std::all_of(r.fields.begin(), r.fields.end(), [](const std::string& f) { return trim_blanks(f).empty(); });
  }

  Result<std::string> decode(std::string_view bytes) {
    if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")
      return Error{ErrorKind::validation, "the file is UTF-16 text; save it as UTF-8 (or Windows-1252) CSV", file_, {}};
    std::string_view text = strip_utf8_bom(bytes);
    if (options_.encoding == CsvEncoding::windows1252) return windows1252_to_utf8(bytes);
    auto bad = first_invalid_utf8(text);
    if (!bad) return std::string(text);
    std::size_t line = line_of_offset(text, *bad);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[*bad]));
    if (options_.encoding == CsvEncoding::utf8)
      return error(line, std::string("not valid UTF-8 (byte ") + hex + ")");
    warn(file_ + ":" + std::to_string(line), std::string("not valid UTF-8 (byte ") + hex + "); read as Windows-1252");
    return windows1252_to_utf8(text);
  }

  Status read_header(const CsvRecord& header) {
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
      std::string name(trim_blanks(header.fields[i]));
      if (name.empty()) return error(header.line, "column " + std::to_string(i + 1) + " has no name in the header");
      for (const auto& seen : names_)
        if (fold_case(seen) == fold_case(name)) return error(header.line, "column " + quote(name) + " appears twice in the header");
      names_.push_back(std::move(name));
    }
    if (names_.size() < 2)
      return error(header.line, "the header has a single column; expected dimension columns and a value column");
    value_column_ = names_.size() - 1;
    if (!options_.value_column.empty()) {
      auto want = fold_case(trim_blanks(options_.value_column));
      auto it = std::find_if(names_.begin(), names_.end(), [&](const std::string& n) { return fold_case(n) == want; });
      if (it == names_.end()) {
        std::string all;
        for (const auto& n : names_) all += (all.empty() ? "" : ", ") + quote(n);
        return error(header.line, "no column named " + quote(options_.value_column) + " (the columns are " + all + ")");
      }
      value_column_ = static_cast<std::size_t>(it - names_.begin());
    } else {
      static const char* const kValueNames[] = {"value", "values", "värde", "varde", "värden", "antal",
                                                "obs_value", "obs value", "observation", "data"};
      bool found = false;
      for (std::size_t i = 0; i < names_.size() && !found; ++i)
        for (const char* v : kValueNames)
          if (fold_case(names_[i]) == v) {
            value_column_ = i;
            found = true;
            break;
          }
    }
    for (std::size_t i = 0; i < names_.size(); ++i) {
      if (i == value_column_) continue;
      dim_columns_.push_back(i);
      stats::Dimension dim;
      dim.id = names_[i];
      dim.label = names_[i];
      out_.dimensions.push_back(std::move(dim));
    }
    category_index_.resize(dim_columns_.size());
    return {};
  }

  // The cube from the rows: sizes, decimal mark, values, duplicates, gaps.
  Status fill(const std::vector<Row>& rows, const std::vector<std::uint32_t>& coords) {
    const std::size_t ndims = out_.dimensions.size();
    out_.id = file_stem(file_);
    out_.title = out_.id;
    if (rows.empty()) {
      warn(file_, "the file has a header but no rows");
      out_.values.assign(out_.cell_count(), std::numeric_limits<double>::quiet_NaN());
      return {};
    }
    std::uint64_t cells = 1;
    std::string shape;
    for (const auto& d : out_.dimensions) {
      shape += (shape.empty() ? "" : " × ") + std::to_string(d.categories.size());
      if (cells > kMaxCells / d.categories.size()) cells = kMaxCells + 1;
      else cells *= d.categories.size();
    }
    if (cells > kMaxCells || cells > kMaxCellsPerRow * rows.size())
      return Error{ErrorKind::validation,
                   "the " + std::to_string(rows.size()) + " rows span a cube of " + shape +
                       " cells, too sparse to fill; is a value column being read as a dimension? Name the value column",
                   file_, {}};

    char mark = decimal_mark(rows);
    out_.values.assign(cells, std::numeric_limits<double>::quiet_NaN());
    std::vector<std::uint32_t> line_of_cell(cells, 0);
    const std::string& value_name = names_[value_column_];
    int decimals = 0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      std::uint64_t cell = 0;
      for (std::size_t k = 0; k < ndims; ++k) cell = cell * out_.dimensions[k].categories.size() + coords[r * ndims + k];
      const Row& row = rows[r];
      if (line_of_cell[cell] != 0) {
        std::string combination;
        for (std::size_t k = 0; k < ndims; ++k)
          combination += (k ? ", " : "") + out_.dimensions[k].id + " " + quote(out_.dimensions[k].categories[coords[r * ndims + k]].code);
        return error(row.line, "duplicate row: same combination as line " + std::to_string(line_of_cell[cell]) + " (" +
                                   combination + ")");
      }
      line_of_cell[cell] = static_cast<std::uint32_t>(std::min<std::size_t>(row.line, UINT32_MAX));
      if (row.value.empty()) {
        out_.status[cell] = "..";
      } else if (is_status_symbol(row.value)) {
        out_.status[cell] = row.value;
      } else if (auto number = parse_grouped_number(row.value, mark)) {
        out_.values[cell] = *number;
        decimals = std::max(decimals, decimals_in(row.value, mark));
      } else {
        return error(row.line, "column " + quote(value_name) + ": " + quote(row.value) + " is not a number");
      }
    }
    out_.decimals = std::min(decimals, 15);
    std::uint64_t missing = 0;
    for (std::uint64_t c = 0; c < cells; ++c)
      if (line_of_cell[c] == 0) {
        out_.status[c] = "..";
        ++missing;
      }
    if (missing > 0)
      warn(file_, std::to_string(missing) + " of " + std::to_string(cells) + " combinations have no row; marked \"..\"");
    return {};
  }

  char decimal_mark(const std::vector<Row>& rows) {
    if (options_.decimal_mark == CsvDecimalMark::comma) return ',';
    if (options_.decimal_mark == CsvDecimalMark::point) return '.';
    std::vector<std::string_view> texts;
    texts.reserve(rows.size());
    for (const auto& r : rows)
      if (!r.value.empty() && !is_status_symbol(r.value)) texts.push_back(r.value);
    // A comma-separated file needs quotes around decimal commas, so a point
    // is the likelier mark there; Swedish semicolon files use a comma.
    char fallback = separator_ == ',' ? '.' : ',';
    bool ambiguous_only = false;
    char mark = detect_decimal_mark(texts, fallback, ambiguous_only);
    if (ambiguous_only)
      warn(file_, std::string("the decimal mark is ambiguous (every number with a mark looks like \"1,234\" or "
                              "\"1.234\"); read ") + (mark == ',' ? "the comma" : "the point") + " as the decimal mark");
    return mark;
  }

  const CsvOptions& options_;
  char separator_ = 0;
  std::string file_;
  stats::Dataset out_;
  std::vector<std::string> names_;
  std::size_t value_column_ = 0;
  std::vector<std::size_t> dim_columns_;
  std::vector<std::unordered_map<std::string, std::uint32_t>> category_index_;
};

}  // namespace

Result<stats::Dataset> read_csv(std::string_view bytes, const CsvOptions& options) {
  CsvReader reader(options);
  return reader.read(bytes);
}

}  // namespace jamt::formats
