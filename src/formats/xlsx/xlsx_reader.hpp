#pragma once
// Reader of the first worksheet of an Excel workbook (XLSX, Office Open
// XML): the zip container is opened with libzip, its XML parts with expat.
// Reads shared strings, inline strings, numbers, booleans and the cached
// results of formulas; cell references place each cell (missing cells are
// empty; a row or cell without a reference follows the one before). Styles,
// dates and every further sheet are ignored. See docs/formats/xlsx.md.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace jamt::formats {

// One cell as the sheet stores it.
struct XlsxValue {
  enum class Kind { empty, text, number };
  Kind kind = Kind::empty;
  // The text, or the number as the file writes it ("12", "0.5", "1E-3").
  std::string text{};
};

// A row that has at least one cell: its number in the sheet (1 = the first
// row, as Excel shows it) and its cells from column A on, up to the last
// cell it has.
struct XlsxRow {
  std::size_t number = 0;
  std::vector<XlsxValue> cells{};
};

// Limits against hostile files: more than this is an Error "validation".
inline constexpr std::size_t kXlsxMaxPartBytes = 64u * 1024u * 1024u;  // one unzipped XML part
inline constexpr std::size_t kXlsxMaxCells = 2'000'000;               // cells kept, empty ones included

// The rows of the workbook's first sheet, in order. Errors ("validation",
// `where` = `file_name`, Swedish message): not a zip file, no workbook or
// worksheet inside, XML that is not well-formed (with the part and line),
// a shared string index out of range, a cell reference that is not one
// ("A1"…"XFD1048576"), a part or sheet beyond the limits above.
// Thread-safe; keeps no state.
Result<std::vector<XlsxRow>> read_xlsx(std::string_view bytes, const std::string& file_name);

// The 1-based column of a cell reference's letters ("A1" → 1, "AB7" → 28),
// or 0 when `reference` does not begin with 1–3 letters within XFD.
std::size_t xlsx_column(std::string_view reference);

// The letters of 1-based column `column` (1 → "A", 28 → "AB").
std::string xlsx_column_name(std::size_t column);

}  // namespace jamt::formats
