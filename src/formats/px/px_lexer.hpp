#pragma once
// The metadata part of a PX file split into keyword statements
//   KEYWORD[lang]("subkey",...)=value,value,...;
// on raw bytes (the structural characters are ASCII in every code page a PX
// file may use; strings are decoded later, once the encoding is known).
// Internal to the PX reader (jamt::formats::px).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jamt::formats::px {

// One item of a statement's value list.
enum class ValueKind {
  text,   // a quoted string (adjacent strings joined: "a" "b" = "ab") or a bare word (YES, 0, VALUES)
  tlist,  // TIMEVAL's TLIST(scale...): `text` is the scale, e.g. "A1"
  range,  // the '-' of a TIMEVAL range "1994"-"1996", between the two ends
};

struct RawValue {
  ValueKind kind = ValueKind::text;
  std::string text;     // raw bytes, not yet decoded
  bool quoted = false;  // written within quotation marks
};

// One statement. Everything is raw bytes of the file.
struct RawStatement {
  std::string keyword;                // upper-cased, e.g. "VALUES"
  std::string language;               // "" when the keyword has no [language]
  std::vector<std::string> subkeys;   // ("region","0114") -> {"region", "0114"}
  std::vector<RawValue> values;       // items separated by commas, in order
  std::size_t line = 0;               // 1-based line of the keyword
  // A quotation mark inside a string (`"Ewa Eri"ksson"`): PX values cannot
  // contain one. The mark is dropped from the text; the line is kept.
  std::size_t stray_quote_line = 0;   // 0 = none
  std::string stray_quote_text;       // the string as written, marks included, for messages
  std::string syntax_error;           // non-empty when the statement could not be read completely
};

// A piece of text that is not a statement at all.
struct LexProblem {
  std::size_t line = 0;
  std::string message;
};

struct LexResult {
  std::vector<RawStatement> statements;  // in file order, DATA excluded
  std::vector<LexProblem> problems;
  bool data_found = false;
  std::size_t data_offset = 0;  // offset of the first byte after "DATA="
  std::size_t data_line = 0;    // line of that byte
  std::size_t last_line = 1;    // line the last statement ended on (DATA's line when found)
  bool need_more = false;       // the input ended inside a statement and `at_eof` was false
};

// Splits `bytes` (starting at the beginning of the file, after any byte-order
// mark) into statements up to and including "DATA=". When `at_eof` is false
// and the bytes end before DATA or inside a statement, returns need_more =
// true: call again with more bytes. Never fails; what cannot be read is in
// `problems` or a statement's `syntax_error`.
LexResult lex_metadata(std::string_view bytes, bool at_eof);

}  // namespace jamt::formats::px
