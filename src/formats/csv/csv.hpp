#pragma once
// Reader of statistics tables saved as CSV ("long" form: one row per cell,
// one column per dimension and one value column), as Excel, SCB's
// Statistikdatabasen and Kolada export them. What is accepted, and every
// error message: docs/formats/csv.md. Bytes in, stats::Dataset out.
#include <string>
#include <string_view>

#include "domain/result.hpp"
#include "domain/statistics/dataset.hpp"

namespace jamt::formats {

// How numbers write their decimals: "12,5" (comma, Swedish) or "12.5" (point).
enum class CsvDecimalMark { detect, comma, point };

// The bytes' character encoding. `detect`: UTF-8 when the bytes are valid
// UTF-8, else Windows-1252 (with a warning).
enum class CsvEncoding { detect, utf8, windows1252 };

struct CsvOptions {
  // Named in every error and warning ("befolkning.csv:14: …"); its stem
  // ("befolkning") becomes the dataset's id and title.
  std::string file_name{};
  // ';', ',' or '\t'; 0 = the most frequent of them in the header line.
  char separator = 0;
  CsvDecimalMark decimal_mark = CsvDecimalMark::detect;
  CsvEncoding encoding = CsvEncoding::detect;
  // Header name of the value column (compared without case); empty = the
  // first column named value, värde, varde, antal, … or else the last column.
  std::string value_column{};
};

// Reads a CSV table: the header row names the dimensions; each other column
// than the value column is a dimension whose categories (code = label = the
// cell text) appear in order of first appearance; each row fills one cell of
// the cube. Status symbols in the value column ("..", ".", "-", …) and empty
// values become the cell's status with no number; combinations without a row
// get status ".." (with one warning). Numbers may use a decimal comma or
// point and space, no-break space or the other mark as thousands separators
// ("12 345,6"). Quoted fields may hold separators, newlines and "" escapes.
//
// On failure the Error's `where` is "file.csv:LINE" (or just the file name)
// and its message names the column and the text, e.g.
// "befolkning.csv:14: column \"värde\": \"12,3,4\" is not a number" or
// "befolkning.csv:9: duplicate row: same combination as line 4 (Region \"0180\", År \"2020\")".
// Thread-safe; keeps no state.
Result<stats::Dataset> read_csv(std::string_view bytes, const CsvOptions& options);

}  // namespace jamt::formats
