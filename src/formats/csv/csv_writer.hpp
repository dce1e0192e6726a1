#pragma once
// Writes a statistics table as CSV for Swedish Excel: UTF-8 with BOM, ';'
// between fields, decimal comma, CRLF; one row per cell.
#include <iosfwd>
#include <string>

#include "domain/statistics/dataset.hpp"

namespace jamt::formats {

// One column per dimension (headed by its label, or id when it has none,
// holding category labels), then a value column "värde" holding the number
// with the table's decimals (or its metric category's), or the status symbol
// for a cell without a number. Rows in cell order (the last dimension
// varies fastest). read_csv of the result gives back the same cube, with
// labels as codes. Never fails.
std::string write_csv(const stats::Dataset& dataset);

// The same text written to `out` in pieces of about a megabyte, so that a
// table of millions of cells never exists as one string (jamt convert).
// Returns false when `out` failed.
bool write_csv(const stats::Dataset& dataset, std::ostream& out);

}  // namespace jamt::formats
