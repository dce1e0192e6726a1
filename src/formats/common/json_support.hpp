#pragma once
// Internal helpers for the JSON readers (JSON-stat, Kolada): JSON paths for
// error messages, type names, and nlohmann parse errors as Error values.
// Includes nlohmann/json.hpp: include this only from .cpp files.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "domain/result.hpp"

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

// Parses `text` (UTF-8 JSON). On a syntax error returns the Error
// {"parse", "not valid JSON at line L, column C: …", "$"}.
Result<json> parse_json(std::string_view text);

// The last path component of `file_name` without its extension:
// "data/befolkning.json" -> "befolkning".
std::string file_stem(const std::string& file_name);

}  // namespace jamt::formats::json_support
