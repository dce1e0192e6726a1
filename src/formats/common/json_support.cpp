#include "formats/common/json_support.hpp"

#include <cctype>
#include <cmath>

namespace jamt::formats::json_support {

void fail(std::string path, std::string message) { throw ShapeError{std::move(path), std::move(message)}; }

namespace {
bool is_identifier(std::string_view key) {
  if (key.empty()) return false;
  for (std::size_t i = 0; i < key.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(key[i]);
    bool ok = std::isalpha(c) || c == '_' || (i > 0 && std::isdigit(c));
    if (!ok) return false;
  }
  return true;
}
}  // namespace

std::string key_path(const std::string& parent, std::string_view key) {
  if (is_identifier(key)) return parent + "." + std::string(key);
  std::string out = parent + "[\"";
  for (char c : key) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"]";
}

std::string index_path(const std::string& parent, std::size_t i) { return parent + "[" + std::to_string(i) + "]"; }

std::string type_name(const json& j) {
  switch (j.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::string: return "a string";
    case json::value_t::array: return "an array";
    case json::value_t::object: return "an object";
    case json::value_t::number_float: return "a number";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return "an integer";
    default: return "an unknown value";
  }
}

const json* member(const json& j, const char* key) {
  if (!j.is_object()) return nullptr;
  auto it = j.find(key);
  return it == j.end() ? nullptr : &*it;
}

std::string in_quotes(std::string_view text) {
  constexpr std::size_t kMax = 60;
  std::string out = "\"";
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    // Count characters, not UTF-8 continuation bytes.
    if ((c & 0xC0) != 0x80 && n++ == kMax) {
      out += "…";
      break;
    }
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20) {
      out += "\\u00";
      out += "0123456789abcdef"[c >> 4];
      out += "0123456789abcdef"[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::optional<std::uint64_t> as_count(const json& j) {
  if (j.is_number_unsigned()) return j.get<std::uint64_t>();
  if (j.is_number_integer()) {
    auto v = j.get<std::int64_t>();
    if (v < 0) return std::nullopt;
    return static_cast<std::uint64_t>(v);
  }
  if (j.is_number_float()) {
    double v = j.get<double>();
    // 3.0 is a count; 3.5 and -1.0 are not.
    if (v >= 0 && v < 1.8e19 && v == std::trunc(v)) return static_cast<std::uint64_t>(v);
  }
  return std::nullopt;
}

Error json_error(const std::string& what) {
  // nlohmann's message reads "[json.exception.parse_error.101] parse error
  // at line 3, column 30: syntax error while parsing object - …"; keep the
  // part from "line". Other kinds (a number too large, out_of_range.406)
  // have no position: keep the text after the bracketed tag.
  auto at = what.find("at line ");
  if (at != std::string::npos) return Error{"parse", "not valid JSON at " + what.substr(at + 3), "$", {}};
  auto tag_end = what.find("] ");
  return Error{"parse", "not valid JSON: " + (tag_end == std::string::npos ? what : what.substr(tag_end + 2)), "$", {}};
}

Result<json> parse_json(std::string_view text) {
  try {
    return json::parse(text.begin(), text.end());
  } catch (const json::exception& e) {
    return json_error(e.what());
  }
}

std::string file_stem(const std::string& file_name) {
  std::string name = file_name;
  auto slash = name.find_last_of("/\\");
  if (slash != std::string::npos) name = name.substr(slash + 1);
  auto dot = name.rfind('.');
  if (dot != std::string::npos && dot > 0) name = name.substr(0, dot);
  return name;
}

}  // namespace jamt::formats::json_support
