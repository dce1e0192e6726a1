#pragma once
// From PX keyword statements to a Dataset's metadata and the layout DATA is
// read with: languages, variables and values, contents, notes, symbols,
// roles, and every check the specification allows. Internal to the PX reader.
#include "domain/result.hpp"
#include "domain/statistics/dataset.hpp"
#include "formats/px/px_data.hpp"
#include "formats/px/px_encoding.hpp"
#include "formats/px/px_lexer.hpp"
#include "formats/px/px_reader.hpp"

namespace jamt::formats::px {

// Interprets the statements of `lex` (decoding their text with `encoding`),
// fills everything of `out` but values and status, and returns the layout of
// DATA. Problems a reader can go past are appended to `out.warnings`; the
// first one it cannot is the Error (where = "file:line"). A missing DATA
// keyword is an error too.
Result<DataLayout> interpret_metadata(const LexResult& lex, const EncodingChoice& encoding, const PxOptions& opts,
                                      stats::Dataset& out);

}  // namespace jamt::formats::px
