#pragma once
// A report document as JSON, for the API and for `jamt report --format json`.
#include <string>

#include "domain/report/report_document.hpp"

namespace jamt::report {

// The document as a JSON object (UTF-8, indented by two spaces), keys in the
// order of the structs: {"title", "subtitle", "language", "generated_at",
// "sections": [{"id", "heading", "level", "paragraphs", "tables", "charts",
// "children", "text", "done"}]}. A table is {"caption", "columns", "rows"};
// a cell is a string (text), null (missing, "..") or
// {"number": 38.25, "decimals": 1, "unit": "%"} — the number unrounded. A
// chart is {"title", "kind": "line"|"bars", "description", "labels",
// "series": [{"name", "sex": "women"|"men"|"total", "values": [number|null],
// "labels"}], "decimals", "band": [low, high]|null, "band_label"}.
// Never fails; a non-finite number is written as null.
std::string to_json(const report_doc::Document& document);

}  // namespace jamt::report
