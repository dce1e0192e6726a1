#pragma once
// A report document read back from the JSON that to_json writes: the frozen
// data of a published yearly report is that JSON, and rendering what this
// returns gives the same HTML and JSON, byte for byte, as rendering the
// document that was published.
#include <string_view>

#include "domain/report/report_document.hpp"
#include "domain/result.hpp"

namespace jamt::report {

// The document in `json_text` (as to_json writes it; see document_json.hpp).
// Keys may come in any order; a missing key keeps the struct's default.
// Error "validation" naming the place ("sections[2].tables[0].rows[1][3]")
// when the text is not JSON or a value has the wrong type.
Result<report_doc::Document> document_from_json(std::string_view json_text);

}  // namespace jamt::report
