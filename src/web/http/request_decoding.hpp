#pragma once
// Turning the raw parts of an HTTP request into Jämt's Request fields:
// percent-decoding, query strings and url-encoded forms, multipart bodies,
// and the UTF-8 check every text a user sends must pass. Pure functions, no
// I/O; the server adapter (web/http/connection.cpp) calls them.
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "domain/result.hpp"
#include "web/http/http_types.hpp"

namespace jamt::web {

// Whether `text` is well-formed UTF-8 (no overlong forms, no surrogates,
// nothing above U+10FFFF).
bool valid_utf8(std::string_view text);

// `text` with %XX sequences decoded; with `plus_is_space`, '+' becomes ' '
// (query strings and forms). A malformed escape ("%4", "%zz") stays as it is.
std::string percent_decode(std::string_view text, bool plus_is_space);

// `text` percent-encoded for a URL: letters, digits and -._~ stay, and with
// `keep_slash` '/' too (for a path); every other byte becomes %XX.
std::string percent_encode(std::string_view text, bool keep_slash);

// Parses "a=1&b=x+y&c" into name → value pairs (decoded; "c" gets "").
std::multimap<std::string, std::string> parse_query(std::string_view text);

// The value of parameter `name` in a header such as
// `multipart/form-data; boundary="xyz"`, unquoted, or "".
std::string header_parameter(std::string_view header, std::string_view name);

// Splits a multipart/form-data body with `boundary` into its parts, keyed
// by field name. Error kind parse, naming the part, for a body that does not
// follow RFC 7578 (missing boundary, part without a name, unterminated).
Result<std::multimap<std::string, FormPart>> parse_multipart(std::string_view body, std::string_view boundary);

// Reads the header lines of one multipart part (`headers`, without the blank
// line after them) into `part`: its field name, file name and content type.
// Returns the problem ("malformed header line", "Content-Disposition has no
// field name"), or "" when they are fine.
std::string read_part_headers(std::string_view headers, FormPart& part);

// The name of the first parameter, field or header-free text of `req` that
// is not valid UTF-8 — "path" for the path, otherwise the parameter or
// field name (itself shown with invalid bytes replaced by '?') — or nullopt
// when all are valid. File contents (parts with a filename) are not text and
// are not checked; their filenames are.
std::optional<std::string> first_invalid_utf8(const Request& req);

}  // namespace jamt::web
