#pragma once
// Internal to the JSON-stat reader: the document parsed into a JSON tree,
// except that the members "value" and "status" (arrays and objects, at any
// depth) are captured into compact form instead of JSON values. A
// ten-million-cell value array then costs 8 bytes a cell instead of a JSON
// node, and there is no tree of millions of nodes to build and free.
// Includes nlohmann/json.hpp: .cpp files only.
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"
#include "formats/common/json_support.hpp"

namespace jamt::formats::jsonstat_detail {

using json_support::json;

enum class ElementKind : std::uint8_t { number, null, string, boolean, array, object };

// A key of a captured object that is not a plain cell index ("x1", "-1",
// "012"; the reader decides what to make of it).
inline constexpr std::uint64_t kNotAnIndex = std::numeric_limits<std::uint64_t>::max();

// One element of a captured array that is not a number, or one member of a
// captured object.
struct CapturedElement {
  std::uint64_t position = 0;  // array: the element's index; object: its key as a cell index, or kNotAnIndex
  double number = 0;           // ElementKind::number (objects only)
  std::uint32_t ref = 0;       // string: index into texts; array/object: index into nested
  ElementKind kind = ElementKind::null;
  std::uint32_t key = 0;       // objects with position kNotAnIndex: index into texts of the key as written
};

// A captured "value" or "status" array or object.
struct Capture {
  bool is_object = false;
  std::vector<double> numbers;            // arrays: one per element, NaN where it is not a number
  std::vector<CapturedElement> elements;  // arrays: the elements that are not numbers; objects: every member
};

// The parsed document. A captured member appears in `root` as a JSON binary
// value whose subtype is its index in `captures` (JSON text never produces
// binary values, so the marker cannot be confused with data).
struct Document {
  json root;
  std::vector<Capture> captures;
  std::vector<std::string> texts;  // strings of captured elements and object keys, each once
  std::vector<json> nested;        // arrays and objects inside captured containers
  std::vector<std::string> top_level_keys;  // members of the root object in document order

  // The capture `j` stands for, or nullptr when `j` is an ordinary value.
  Capture* capture(const json& j) {
    if (!j.is_binary()) return nullptr;
    auto index = j.get_binary().subtype();
    return index < captures.size() ? &captures[static_cast<std::size_t>(index)] : nullptr;
  }
};

// Parses `text`, nesting at most kJsonFileDepthLimit levels. On a syntax
// error or deeper nesting returns the same Error as parse_json_limited.
Result<Document> parse_document(std::string_view text);

}  // namespace jamt::formats::jsonstat_detail
