#pragma once
// Test helpers for the statistics readers: comparing two datasets with a
// readable first difference, checking a dataset against an expected-outcome
// JSON file (tests/data/*/NAME.json.expected), and reading test files.
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "domain/statistics/dataset.hpp"

namespace jamt::test_support {

// The whole file at `path` as bytes; empty when it cannot be read.
std::string slurp(const std::string& path);

// "" when `a` and `b` hold the same dataset (everything but warnings; NaN
// equals NaN), else a sentence naming the first difference.
std::string first_difference(const stats::Dataset& a, const stats::Dataset& b);

// The value of the cell at the given category codes (dimension id -> code),
// or an Error naming an unknown dimension or code.
Result<std::uint64_t> cell_at(const stats::Dataset& d, const std::vector<std::pair<std::string, std::string>>& codes);

// Checks a reader's outcome against an expected-outcome JSON text:
//   {"error": "where: message"}  — the read must fail with exactly that text;
//   {"datasets": [{"id", "title"?, "dimensions": [{"id","size","role"?}],
//     "cells", "status_cells"?, "values": [{"at": {dim: code}, "value": n|null,
//     "status"?: s}], "warnings": ["where: message", ...]}]}
// Optional per dataset: "decimals", "language", "contents", "source",
// "updated", "unit", "notes" (exact list), "category_labels" ({dim: {code:
// label, "$label": dimension label}}) and "units" ({dim: {code: {"unit",
// "decimals"?, "ref_period"?}}}, the complete content map).
// A value entry without "status" requires the cell to have none. Returns the
// list of mismatches, empty when everything matches.
std::vector<std::string> check_expected(const Result<std::vector<stats::Dataset>>& outcome,
                                        const std::string& expected_json);

}  // namespace jamt::test_support
