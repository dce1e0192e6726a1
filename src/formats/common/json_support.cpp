#include "formats/common/json_support.hpp"

#include <cctype>
#include <cmath>
#include <utility>
#include <vector>

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
  if (at != std::string::npos) return Error{ErrorKind::parse, "not valid JSON at " + what.substr(at + 3), "$", {}};
  auto tag_end = what.find("] ");
  return Error{ErrorKind::parse, "not valid JSON: " + (tag_end == std::string::npos ? what : what.substr(tag_end + 2)), "$", {}};
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

namespace jamt::formats {

namespace {

// Passes nlohmann's SAX events on to `Inner`, refusing to open an array or
// object deeper than the limit and keeping the text of a parse error.
// nlohmann's parser is a loop with an explicit stack: with this handler
// nothing in a parse recurses on the nesting.
template <class Json, class Inner>
class DepthLimitedSax {
 public:
  using number_integer_t = typename Json::number_integer_t;
  using number_unsigned_t = typename Json::number_unsigned_t;
  using number_float_t = typename Json::number_float_t;
  using string_t = typename Json::string_t;
  using binary_t = typename Json::binary_t;

  DepthLimitedSax(Inner& inner, int max_depth) : inner_(inner), max_depth_(max_depth < 0 ? 0 : max_depth) {}

  bool null() { return inner_.null(); }
  bool boolean(bool b) { return inner_.boolean(b); }
  bool number_integer(number_integer_t n) { return inner_.number_integer(n); }
  bool number_unsigned(number_unsigned_t n) { return inner_.number_unsigned(n); }
  bool number_float(number_float_t n, const string_t& s) { return inner_.number_float(n, s); }
  bool string(string_t& s) { return inner_.string(s); }
  bool binary(binary_t& b) { return inner_.binary(b); }
  bool key(string_t& k) { return inner_.key(k); }
  bool start_object(std::size_t n) { return deeper() && inner_.start_object(n); }
  bool start_array(std::size_t n) { return deeper() && inner_.start_array(n); }
  bool end_object() {
    --depth_;
    return inner_.end_object();
  }
  bool end_array() {
    --depth_;
    return inner_.end_array();
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) {
    error_ = e.what();
    return false;
  }

  bool too_deep() const { return too_deep_; }
  const std::string& error() const { return error_; }

 private:
  bool deeper() {
    if (depth_ == max_depth_) {
      too_deep_ = true;
      return false;
    }
    ++depth_;
    return true;
  }

  Inner& inner_;
  int max_depth_;
  int depth_ = 0;
  bool too_deep_ = false;
  std::string error_;
};

// The Error for a document nested deeper than `max_depth`, naming the
// bracket that opens level max_depth + 1. The parser accepted everything
// before that bracket, so the text up to it is valid JSON and a scan that
// skips strings finds it exactly.
Error too_deep_error(std::string_view text, int max_depth) {
  int depth = 0;
  std::size_t line = 1, line_start = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;  // an escape: the next byte is never the closing quote
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) {
        return Error{ErrorKind::parse,
                     "JSON nested deeper than " + std::to_string(max_depth) + " levels at line " +
                         std::to_string(line) + ", column " + std::to_string(i - line_start + 1) + " (byte offset " +
                         std::to_string(i) + ")",
                     "$", {}};
      }
    } else if (c == ']' || c == '}') {
      --depth;
    } else if (c == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  // Not reached for text the parser stopped in; said plainly all the same.
  return Error{ErrorKind::parse, "JSON nested deeper than " + std::to_string(max_depth) + " levels", "$", {}};
}

template <class Json, class Inner>
Status sax_parse_limited(std::string_view text, Inner& inner, int max_depth) {
  DepthLimitedSax<Json, Inner> sax(inner, max_depth);
  if (Json::sax_parse(text.begin(), text.end(), &sax)) return {};
  if (sax.too_deep()) return too_deep_error(text, max_depth < 0 ? 0 : max_depth);
  if (!sax.error().empty()) return json_support::json_error(sax.error());
  return Error{ErrorKind::parse, "the JSON reader stopped before the end of the document", "$", {}};
}

// Builds a value from SAX events, as nlohmann's own DOM parser does (which
// lives in nlohmann::detail and changes between versions). A repeated key
// keeps its first place and its last value.
template <class Json>
class ValueBuilder {
 public:
  using number_integer_t = typename Json::number_integer_t;
  using number_unsigned_t = typename Json::number_unsigned_t;
  using number_float_t = typename Json::number_float_t;
  using string_t = typename Json::string_t;
  using binary_t = typename Json::binary_t;

  explicit ValueBuilder(Json& root) : root_(root) {}

  bool null() { return add(Json(nullptr)); }
  bool boolean(bool b) { return add(Json(b)); }
  bool number_integer(number_integer_t n) { return add(Json(n)); }
  bool number_unsigned(number_unsigned_t n) { return add(Json(n)); }
  bool number_float(number_float_t n, const string_t&) { return add(Json(n)); }
  bool string(string_t& s) { return add(Json(std::move(s))); }
  bool binary(binary_t&) { return false; }  // JSON text has none
  bool key(string_t& k) {
    member_ = &(*stack_.back())[k];
    return true;
  }
  bool start_object(std::size_t) { return open(Json::object()); }
  bool start_array(std::size_t) { return open(Json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

 private:
  // Stores `value` where the parse is: the root, the next element of the
  // open array, or the member whose key came last. Returns where it went.
  Json* place(Json value) {
    if (stack_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    Json* top = stack_.back();
    if (top->is_array()) {
      top->push_back(std::move(value));
      return &top->back();
    }
    *member_ = std::move(value);
    return member_;
  }
  bool add(Json value) {
    place(std::move(value));
    return true;
  }
  bool open(Json container) {
    stack_.push_back(place(std::move(container)));
    return true;
  }
  bool close() {
    stack_.pop_back();
    return true;
  }

  Json& root_;
  std::vector<Json*> stack_;
  Json* member_ = nullptr;
};

template <class Json>
Result<Json> parse_limited(std::string_view text, int max_depth) {
  Json result;
  ValueBuilder<Json> builder(result);
  if (auto status = sax_parse_limited<Json>(text, builder, max_depth); !status) return status.error();
  return result;
}

}  // namespace

Result<nlohmann::json> parse_json_limited(std::string_view text, int max_depth) {
  return parse_limited<nlohmann::json>(text, max_depth);
}

Result<nlohmann::ordered_json> parse_ordered_json_limited(std::string_view text, int max_depth) {
  return parse_limited<nlohmann::ordered_json>(text, max_depth);
}

Status sax_parse_json_limited(std::string_view text, nlohmann::json_sax<nlohmann::json>& handler, int max_depth) {
  return sax_parse_limited<nlohmann::json>(text, handler, max_depth);
}

}  // namespace jamt::formats
