#include "formats/jsonstat/jsonstat_document.hpp"

#include "formats/jsonstat/jsonstat_internal.hpp"

#include <cmath>
#include <unordered_map>

namespace jamt::formats::jsonstat_detail {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Builds the Document from SAX events, like nlohmann's own DOM parser but
// diverting "value"/"status" containers into captures.
class DocumentBuilder final : public nlohmann::json_sax<json> {
 public:
  explicit DocumentBuilder(Document& doc) : doc_(doc) {}

  bool null() override { return scalar(ElementKind::null, json(nullptr), 0, {}); }
  bool boolean(bool b) override { return scalar(ElementKind::boolean, json(b), 0, {}); }
  bool number_integer(number_integer_t n) override { return scalar(ElementKind::number, json(n), static_cast<double>(n), {}); }
  bool number_unsigned(number_unsigned_t n) override { return scalar(ElementKind::number, json(n), static_cast<double>(n), {}); }
  bool number_float(number_float_t n, const string_t&) override { return scalar(ElementKind::number, json(n), n, {}); }
  bool string(string_t& s) override {
    if (at_capture_level()) return scalar(ElementKind::string, json(), 0, s);
    return add(json(std::move(s)));
  }
  bool binary(binary_t&) override { return false; }  // JSON text has none

  bool start_object(std::size_t) override { return open(json::object(), true); }
  bool start_array(std::size_t) override { return open(json::array(), false); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }

  bool key(string_t& k) override {
    if (at_capture_level()) {
      pending_key_ = std::move(k);
      return true;
    }
    if (stack_.size() == 1 && !capture_) doc_.top_level_keys.push_back(k);
    json* object = stack_.back();
    last_key_ = k;
    member_ = &(*object)[k];
    return true;
  }

  // Not called: sax_parse_json_limited reports parse errors itself.
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  bool at_capture_level() const { return capture_ != nullptr && stack_.size() == capture_level_; }

  std::uint32_t text_id(std::string_view text) {
    // Status symbols repeat: ".." a million times is one lookup.
    if (last_text_ < doc_.texts.size() && doc_.texts[last_text_] == text) return last_text_;
    auto it = text_ids_.find(std::string(text));
    if (it != text_ids_.end()) return last_text_ = it->second;
    auto id = static_cast<std::uint32_t>(doc_.texts.size());
    doc_.texts.emplace_back(text);
    text_ids_.emplace(doc_.texts.back(), id);
    return last_text_ = id;
  }

  // A new element of the capture being filled; objects take the pending key.
  CapturedElement& element(ElementKind kind) {
    Capture& c = doc_.captures[capture_index_];
    CapturedElement e;
    e.kind = kind;
    if (c.is_object) {
      // Plain indices ("12") are kept as numbers; other keys ("x", "012") as text.
      e.position = cell_index(pending_key_);
      if (e.position == kNotAnIndex) e.key = text_id(pending_key_);
    } else {
      e.position = c.numbers.size();
      c.numbers.push_back(kNaN);
    }
    c.elements.push_back(e);
    return c.elements.back();
  }

  static std::uint64_t cell_index(const std::string& key) {
    if (key.empty() || key.size() > 19 || (key.size() > 1 && key[0] == '0')) return kNotAnIndex;
    std::uint64_t index = 0;
    for (char ch : key) {
      if (ch < '0' || ch > '9') return kNotAnIndex;
      index = index * 10 + static_cast<std::uint64_t>(ch - '0');
    }
    return index;
  }

  // The cell count the dataset object being built declares so far (its
  // "size", or its "dimension"."size" in JSON-stat 1.x), for reserving the
  // value array; 0 when it has none yet (the members may come in any order).
  static std::size_t expected_cells(const json& dataset) {
    const json* size = json_support::member(dataset, "size");
    if (!size) {
      const json* dims = json_support::member(dataset, "dimension");
      size = dims ? json_support::member(*dims, "size") : nullptr;
    }
    if (!size || !size->is_array()) return 0;
    std::uint64_t cells = 1;
    for (const auto& s : *size) {
      auto n = json_support::as_count(s);
      if (!n) return 0;
      if (*n != 0 && cells > kMaxCells / *n) return 0;
      cells *= *n;
    }
    return static_cast<std::size_t>(cells);
  }

  bool scalar(ElementKind kind, json value, double number, std::string_view text) {
    if (!at_capture_level()) {
      if (kind == ElementKind::string) value = json(std::string(text));
      return add(std::move(value));
    }
    Capture& c = doc_.captures[capture_index_];
    if (kind == ElementKind::number && !c.is_object) {
      c.numbers.push_back(number);  // the common case: no element record
      return true;
    }
    CapturedElement& e = element(kind);
    e.number = number;
    if (kind == ElementKind::string) e.ref = text_id(text);
    return true;
  }

  bool add(json value) {
    if (stack_.empty()) {
      doc_.root = std::move(value);
      return true;
    }
    json* top = stack_.back();
    if (top->is_array()) top->push_back(std::move(value));
    else *member_ = std::move(value);
    return true;
  }

  bool open(json container, bool is_object) {
    if (at_capture_level()) {
      // An array or object inside a captured container: kept as JSON.
      CapturedElement& e = element(is_object ? ElementKind::object : ElementKind::array);
      e.ref = static_cast<std::uint32_t>(doc_.nested.size());
      doc_.nested.push_back(std::move(container));
      stack_.push_back(&doc_.nested.back());
      return true;
    }
    if (!capture_ && !stack_.empty() && stack_.back()->is_object() && (last_key_ == "value" || last_key_ == "status")) {
      capture_index_ = doc_.captures.size();
      doc_.captures.push_back(Capture{is_object, {}, {}});
      if (!is_object && last_key_ == "value") doc_.captures.back().numbers.reserve(expected_cells(*stack_.back()));
      capture_ = &doc_.captures.back();
      *member_ = json::binary(json::binary_t::container_type{}, capture_index_);
      stack_.push_back(nullptr);  // the capture's level; never dereferenced
      capture_level_ = stack_.size();
      return true;
    }
    json* target;
    if (stack_.empty()) {
      doc_.root = std::move(container);
      target = &doc_.root;
    } else if (stack_.back()->is_array()) {
      stack_.back()->push_back(std::move(container));
      target = &stack_.back()->back();
    } else {
      *member_ = std::move(container);
      target = member_;
    }
    stack_.push_back(target);
    return true;
  }

  bool close() {
    if (at_capture_level()) capture_ = nullptr;
    stack_.pop_back();
    // Back in an object: member_ is re-set by its next key.
    return true;
  }

  Document& doc_;
  std::vector<json*> stack_;
  json* member_ = nullptr;
  std::string last_key_;
  Capture* capture_ = nullptr;
  std::size_t capture_index_ = 0;
  std::size_t capture_level_ = 0;
  std::string pending_key_;
  std::unordered_map<std::string, std::uint32_t> text_ids_;
  std::uint32_t last_text_ = std::numeric_limits<std::uint32_t>::max();
};

}  // namespace

Result<Document> parse_document(std::string_view text) {
  Document doc;
  DocumentBuilder builder(doc);
  if (auto parsed = sax_parse_json_limited(text, builder, kJsonFileDepthLimit); !parsed) return parsed.error();
  return doc;
}

}  // namespace jamt::formats::jsonstat_detail
