#pragma once
// Reader and writer of JSON-stat (https://json-stat.org), the JSON format of
// Statistics Sweden's PxWebApi 2, Statistics Norway, Eurostat and others.
// What is read and written, and every error message: docs/formats/jsonstat.md.
// Bytes in, stats::Dataset out; no database, no network. Thread-safe: the
// functions share no state.
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"
#include "domain/statistics/dataset.hpp"

namespace jamt::formats {

// Reads every dataset in a JSON-stat document `text` (UTF-8):
//  - class "dataset" (2.0, or 1.x with class and id/size under "dimension"):
//    one dataset;
//  - class "collection": the datasets embedded in link.item (also inside
//    embedded collections), in document order; items that only link
//    elsewhere (an "href" and no data) are skipped;
//  - no class, JSON-stat 1.x "bundle": an object of datasets keyed by name,
//    in document order, read like a collection; each dataset's id is its
//    key, and each carries first the warning (where "$") 'no "class": read
//    as a JSON-stat 1.x bundle of 2 datasets keyed by name ("oecd",
//    "canada")'.
// `file_name` is used only to name datasets that carry no id of their own
// (its stem, "befolkning" for "data/befolkning.json"; "stem-2" etc. when a
// collection holds several).
//
// On failure returns an Error whose `where` is the JSON path of the offending
// value ("$.dimension.Tid.category.index", "$.oecd.value[3]") and whose
// message says what is wrong, e.g. "id has 3 entries but size has 2",
// "value has 12 entries but the sizes multiply to 10", "sparse value key
// \"99\" is outside 0–9". Invalid JSON, and arrays and objects nested more
// than kJsonFileDepthLimit (128) levels, are refused with where "$" and the
// line and column in the message (for nesting also the byte offset; see
// parse_json_limited in formats/common/json_support.hpp). A document with
// nothing to read (class "dimension", a collection of links only) is an
// error too. Problems that do not stop reading (an unknown role, numbers
// written as strings) become Dataset::warnings with the JSON path as
// `where`. Nothing is returned partially: either every dataset is read or
// none.
Result<std::vector<stats::Dataset>> read_jsonstat(std::string_view text, const std::string& file_name);

// Writes `dataset` as a JSON-stat 2.0 document of class "dataset": id, size,
// role, dimension (category index as an object code -> position, labels,
// notes, unit and decimals for metric categories), value (null for cells
// without a number, numbers printed with the dataset's or the metric
// category's decimals without float noise), status (object cell -> symbol),
// label, source, updated, note, and an "extension" for what JSON-stat has no
// place for (docs/formats/jsonstat.md). The output is UTF-8; malformed UTF-8
// in a label becomes U+FFFD. read_jsonstat(write_jsonstat(d)) gives back `d`
// except for its warnings. Never fails.
std::string write_jsonstat(const stats::Dataset& dataset);

}  // namespace jamt::formats
