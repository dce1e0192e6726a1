#pragma once
// JSON parsing with a nesting limit, for every JSON text Jämt reads
// (parse_json_limited, sax_parse_json_limited), and internal helpers for the
// JSON readers (JSON-stat, Kolada, strategy JSON): JSON paths for error
// messages, type names, and nlohmann parse errors as Error values.
// Includes nlohmann/json.hpp: include this only from .cpp files.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "domain/result.hpp"

namespace jamt::formats {

// How deeply arrays and objects may nest, by default, in JSON that Jämt
// parses: `[[1]]` is 2 levels, a scalar 0. Real documents stay far below
// (a JSON-stat dataset nests 6-8 levels, a request body 2-4). Deeper input is
// refused before it is built: nlohmann::json copies, compares and prints
// values recursively, and a body nested 100 000 deep overflows the stack.
inline constexpr int kJsonDepthLimit = 64;
// The limit for statistics and strategy files (a JSON-stat collection adds
// three levels per embedded collection, and the reader follows 16 of those).
inline constexpr int kJsonFileDepthLimit = 128;

// Parses `text` (UTF-8 JSON: one value, only white space after it), never
// nesting arrays and objects more than `max_depth` levels (a negative limit
// counts as 0). The parse is iterative and stops at the first bracket too
// deep, so no input can exhaust the stack. On failure returns an Error with
// code "parse" and where "$":
//  - too deep: "JSON nested deeper than 64 levels at line 1, column 65
//    (byte offset 64)" for "[[[…", naming the bracket that opens the first
//    level too many (line and column 1-based, the column in bytes; the
//    offset 0-based from the start of `text`);
//  - a syntax error: "not valid JSON at line L, column C: …";
//  - a number too large for a double: "not valid JSON: number overflow …".
// Thread-safe; `text` is only read during the call.
Result<nlohmann::json> parse_json_limited(std::string_view text, int max_depth = kJsonDepthLimit);

// As parse_json_limited, keeping the members of objects in document order.
Result<nlohmann::ordered_json> parse_ordered_json_limited(std::string_view text, int max_depth = kJsonDepthLimit);

// As parse_json_limited, but sends the parse events to `handler` instead of
// building a value, for readers that build their own form of the document.
// Returns the same Errors; the handler's parse_error is never called. A
// handler that returns false stops the parse with the Error "the JSON reader
// stopped before the end of the document". `handler` is only used during
// the call.
Status sax_parse_json_limited(std::string_view text, nlohmann::json_sax<nlohmann::json>& handler, int max_depth);

}  // namespace jamt::formats

namespace jamt::formats::json_support {

using json = nlohmann::json;

// Thrown inside a reader only and turned into an Error at its boundary: what
// is wrong (`message`) at which JSON path (`path`).
struct ShapeError {
  std::string path;
  std::string message;
};

// Throws ShapeError{path, message}.
[[noreturn]] void fail(std::string path, std::string message);

// `parent` + ".key" when `key` is a plain identifier, else `parent` +
// "[\"key\"]" with quotes and backslashes escaped: "$.dimension.Tid",
// "$.dimension[\"County and Region\"]".
std::string key_path(const std::string& parent, std::string_view key);

// `parent` + "[i]".
std::string index_path(const std::string& parent, std::size_t i);

// "a string", "an array", "null", … for messages ("expected an object, got an array").
std::string type_name(const json& j);

// The member `key` of object `j`, or nullptr when absent (or `j` is not an object).
const json* member(const json& j, const char* key);

// `text` in_quotes for a message: "\"Tid\"", with control characters and quotes
// escaped and at most 60 characters kept.
std::string in_quotes(std::string_view text);

// The non-negative integer a JSON number holds, or nullopt (fractions,
// negatives, strings and other types give nullopt).
std::optional<std::uint64_t> as_count(const json& j);

// The Error for nlohmann's exception text `what` when parsing failed:
// {"parse", "not valid JSON at line L, column C: …", "$"}.
Error json_error(const std::string& what);

// The last path component of `file_name` without its extension:
// "data/befolkning.json" -> "befolkning".
std::string file_stem(const std::string& file_name);

}  // namespace jamt::formats::json_support
