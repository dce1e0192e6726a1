#pragma once
// A PxWebApi 2 table's shape (from its JSON-stat 2 metadata), the selection
// applied to it, the split of a large selection into calls that each stay
// under the cell limit, and the joining of the answers into one dataset.
// Pure functions, no network; thread-safe.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"
#include "domain/statistics/dataset.hpp"
#include "service/statistics_fetch/source_address.hpp"

namespace jamt::service {

// The variables of a table and their value codes, in the table's order.
struct TableShape {
  std::vector<std::string> variables;
  std::vector<std::vector<std::string>> codes;  // per variable, in the table's order
  int time = -1;                                // index of the time variable, or -1
  int region = -1;                              // index of the region variable, or -1
};

// Reads the metadata answer of GET /tables/{id}/metadata (a JSON-stat 2
// dataset without values: id, size, dimension.*.category.index, role).
// Error "parse" naming `address` when it is not such a document.
Result<TableShape> read_table_shape(std::string_view json, const std::string& address);

// The codes chosen per variable: those `selection` names (in the table's
// order), all of the others. Error "validation" with field "selection"
// naming a variable the table does not have (and those it has) or a code the
// variable does not have.
Result<std::vector<std::vector<std::string>>> select_codes(const TableShape& shape, const Selection& selection,
                                                          const std::string& table_id);

// Number of cells of a selection (the product of the codes per variable).
std::uint64_t cell_count(const std::vector<std::vector<std::string>>& chosen);

// Splits a selection into calls of at most `max_cells` cells each: along
// time first, then region, then the other variables, keeping as many codes
// together per call as fit. The calls cover every cell exactly once, in the
// table's order. Never fails for max_cells >= 1.
std::vector<std::vector<std::vector<std::string>>> plan_chunks(const TableShape& shape,
                                                               const std::vector<std::vector<std::string>>& chosen,
                                                               std::uint64_t max_cells);

// Joins the datasets read from the answers to the calls of one plan into one
// dataset over `chosen` (each variable's categories in the order chosen):
// values, status symbols, value notes and cell notes are carried over; the
// first answer gives title, notes, source and the dimensions' metadata.
// Error "validation" when an answer's variables differ from the table's or
// a cell comes twice or never.
Result<stats::Dataset> join_chunks(const TableShape& shape, const std::vector<std::vector<std::string>>& chosen,
                                   const std::vector<stats::Dataset>& answers);

}  // namespace jamt::service
