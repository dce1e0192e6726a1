// The Kolada DDF CSV reader (see kolada_ddf.hpp).
#include "formats/kolada/kolada_ddf.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "formats/csv/csv_number.hpp"
#include "formats/csv/csv_scanner.hpp"

namespace jamt::formats {

namespace {

using csv_detail::CsvRecord;
using csv_detail::CsvScanner;

// One value as read: where it came from and what it is.
struct Cell {
  std::string geo, gender, year;
  double value = 0;
  std::string where;
};

std::string strip_cr(std::string text) {
  while (!text.empty() && (text.back() == '\r' || text.back() == ' ')) text.pop_back();
  return text;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string gender_label(const std::string& code) {
  if (code == "K") return "Kvinnor";
  if (code == "M") return "Män";
  return "Totalt";
}

Status read_file(const KoladaDdfFile& file, const KoladaDdfOptions& options, std::vector<Cell>& cells) {
  if (file.gender != "T" && file.gender != "K" && file.gender != "M")
    return validation_error("gender \"" + file.gender + "\" of a total file must be T, K or M", file.name);
  CsvScanner scanner(file.bytes, ',');
  CsvRecord record;
  if (!scanner.next(record)) {
    if (!scanner.error().empty())
      return validation_error(scanner.error(), file.name + ":" + std::to_string(record.line));
    return validation_error("the file is empty (expected the header geo,[gender,]year," +
                                (file.own_value_column.empty() ? options.value_column : file.own_value_column) + ")",
                            file.name);
  }
  const std::string& column = file.own_value_column.empty() ? options.value_column : file.own_value_column;
  std::vector<std::string> header;
  for (auto& f : record.fields) header.push_back(strip_cr(f));
  const bool by_gender = header.size() == 4;
  const std::vector<std::string> expected =
      by_gender ? std::vector<std::string>{"geo", "gender", "year", column}
                : std::vector<std::string>{"geo", "year", column};
  if (header != expected) {
    std::string got, want;
    for (const auto& h : header) got += (got.empty() ? "" : ",") + h;
    for (const auto& h : expected) want += (want.empty() ? "" : ",") + h;
    return validation_error("header \"" + got + "\" is not \"" + want + "\" (or geo,gender,year," + column +
                                ")",
                            file.name + ":" + std::to_string(record.line));
  }
  if (by_gender && file.gender != "T")
    return validation_error("a file with a gender column cannot be read as the values of one gender",
                            file.name + ":1");
  while (scanner.next(record)) {
    const std::string where = file.name + ":" + std::to_string(record.line);
    if (record.fields.size() == 1 && strip_cr(record.fields[0]).empty()) continue;  // blank line
    if (record.fields.size() != header.size())
      return validation_error(std::to_string(record.fields.size()) + " fields, the header has " +
                                  std::to_string(header.size()),
                              where);
    Cell cell;
    cell.where = where;
    cell.geo = strip_cr(record.fields[0]);
    if (!all_digits(cell.geo) || (cell.geo.size() != 1 && cell.geo.size() != 2 && cell.geo.size() != 4))
      return validation_error("column \"geo\": \"" + cell.geo +
                                  "\" is not a Kolada DDF area (0, a two-digit county or a four-digit municipality)",
                              where);
    std::size_t k = 1;
    if (by_gender) {
      std::string g = strip_cr(record.fields[k++]);
      if (g != "k" && g != "m")
        return validation_error("column \"gender\": \"" + g + "\" is not a Kolada DDF gender (k or m)", where);
      cell.gender = g == "k" ? "K" : "M";
    } else {
      cell.gender = file.gender;
    }
    cell.year = strip_cr(record.fields[k++]);
    if (cell.year.size() != 4 || !all_digits(cell.year))
      return validation_error("column \"year\": \"" + cell.year + "\" is not a year", where);
    std::string text = strip_cr(record.fields[k]);
    auto number = csv_detail::parse_grouped_number(text, '.');
    if (!number || text.find(',') != std::string::npos || text.find(' ') != std::string::npos)
      return validation_error("column \"" + column + "\": \"" + text + "\" is not a number", where);
    cell.value = *number;
    cells.push_back(std::move(cell));
  }
  if (!scanner.error().empty())
    return validation_error(scanner.error(), file.name + ":" + std::to_string(record.line));
  return {};
}

// The index of `code` among `categories`, adding it when new.
std::size_t index_of(std::vector<stats::Category>& categories, std::map<std::string, std::size_t>& seen,
                     const std::string& code, const std::string& label) {
  auto [it, fresh] = seen.emplace(code, categories.size());
  if (fresh) categories.push_back({code, label});
  return it->second;
}

}  // namespace

Result<stats::Dataset> read_kolada_ddf(const std::vector<KoladaDdfFile>& files, const KoladaDdfOptions& options) {
  std::vector<Cell> cells;
  for (const auto& file : files)
    if (Status st = read_file(file, options, cells); !st) return st.error();

  stats::Dataset ds;
  ds.id = options.id;
  ds.title = options.title;
  ds.contents = options.title;
  ds.unit = options.unit;
  ds.source = options.source;
  ds.decimals = options.decimals;
  ds.language = "sv";
  stats::Dimension geo{.id = "geo", .label = "Område", .role = stats::DimensionRole::geo};
  stats::Dimension gender{.id = "gender", .label = "Kön"};
  stats::Dimension year{.id = "year", .label = "År", .role = stats::DimensionRole::time};
  std::map<std::string, std::size_t> geo_seen, gender_seen, year_seen;
  for (const auto& c : cells) index_of(geo.categories, geo_seen, c.geo, c.geo);
  for (const char* g : {"K", "M", "T"})
    if (std::any_of(cells.begin(), cells.end(), [&](const Cell& c) { return c.gender == g; }))
      index_of(gender.categories, gender_seen, g, gender_label(g));
  std::vector<std::string> years;
  for (const auto& c : cells) years.push_back(c.year);
  std::sort(years.begin(), years.end());
  years.erase(std::unique(years.begin(), years.end()), years.end());
  for (const auto& y : years) index_of(year.categories, year_seen, y, y);
  if (cells.empty()) return validation_error("the files hold no values", files.empty() ? "" : files[0].name);

  const std::size_t ng = gender.categories.size(), ny = year.categories.size();
  const std::size_t total = geo.categories.size() * ng * ny;
  ds.values.assign(total, std::nan(""));
  std::vector<const Cell*> filled(total, nullptr);
  for (const auto& c : cells) {
    std::size_t at = (geo_seen[c.geo] * ng + gender_seen[c.gender]) * ny + year_seen[c.year];
    if (filled[at])
      return validation_error("duplicate row: geo \"" + c.geo + "\", gender " + c.gender + ", year " + c.year +
                                  " is also on " + filled[at]->where,
                              c.where);
    filled[at] = &c;
    ds.values[at] = c.value;
  }
  std::size_t missing = 0;
  for (std::size_t i = 0; i < total; ++i)
    if (!filled[i]) {
      ds.status[i] = "..";
      ++missing;
    }
  if (missing > 0)
    ds.warnings.push_back({std::to_string(missing) + " of " + std::to_string(total) +
                               " combinations of area, gender and year have no row; shown as \"..\"",
                           files[0].name});
  ds.dimensions = {std::move(geo), std::move(gender), std::move(year)};
  return ds;
}

}  // namespace jamt::formats
