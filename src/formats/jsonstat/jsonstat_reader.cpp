// The JSON-stat reader: document classes (dataset, collection, 1.x bundle),
// the dataset layout (2.0 id/size/role at the top, 1.x under "dimension"),
// values (array or sparse object) and status (string, array or object).
#include <cctype>
#include <cmath>
#include <limits>
#include <map>
#include <unordered_set>

#include "formats/common/number_text.hpp"
#include "formats/jsonstat/jsonstat.hpp"
#include "formats/jsonstat/jsonstat_document.hpp"
#include "formats/jsonstat/jsonstat_internal.hpp"

namespace jamt::formats {

namespace {

using namespace jsonstat_detail;
using json_support::as_count;
using json_support::fail;
using json_support::index_path;
using json_support::key_path;
using json_support::member;
using json_support::in_quotes;
using json_support::ShapeError;
using json_support::type_name;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Nested collections deeper than this are refused (a guard, not a real limit).
constexpr int kMaxCollectionDepth = 16;

// A string in "value" that stands for a status symbol rather than a number:
// one to six characters, none a letter, a digit or a space ("..", ".", "-",
// ":", "…", PX's "......").
bool looks_like_symbol(const std::string& text) {
  if (text.empty() || text.size() > 18) return false;  // six characters of at most three bytes
  std::size_t chars = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) ++chars;
    if (c < 0x80 && (std::isalnum(c) || std::isspace(c))) return false;
  }
  return chars <= 6;
}

// "1 number" / "3 numbers".
std::string count_of(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

const char* kind_name(ElementKind kind) {
  switch (kind) {
    case ElementKind::number: return "a number";
    case ElementKind::null: return "null";
    case ElementKind::string: return "a string";
    case ElementKind::boolean: return "a boolean";
    case ElementKind::array: return "an array";
    case ElementKind::object: return "an object";
  }
  return "an unknown value";
}

class DatasetReader {
 public:
  DatasetReader(Document& doc, const json& ds, std::string path) : doc_(doc), ds_(ds), path_(std::move(path)) {}

  stats::Dataset read(const std::string& fallback_id) {
    if (!ds_.is_object()) fail(path_, "expected a dataset object, got " + type_name(ds_));
    const std::string dpath = key_path(path_, "dimension");
    const json* dims = member(ds_, "dimension");
    if (!dims) fail(dpath, "missing \"dimension\"");
    if (!dims->is_object()) fail(dpath, "expected an object, got " + type_name(*dims));

    // JSON-stat 2.0 puts id, size and role at the dataset; 1.x under "dimension".
    const bool layout_1x = !member(ds_, "id") && member(*dims, "id");
    const json& layout = layout_1x ? *dims : ds_;
    const std::string lpath = layout_1x ? dpath : path_;
    const std::vector<std::string> ids = read_ids(layout, lpath);
    const std::vector<std::uint64_t> sizes = read_sizes(layout, lpath, ids.size());
    cells_ = cell_count(sizes, key_path(lpath, "size"));

    for (std::size_t i = 0; i < ids.size(); ++i) {
      const json* dim = member(*dims, ids[i].c_str());
      if (!dim)
        fail(dpath, "dimension " + in_quotes(ids[i]) + " is listed in id but missing under dimension");
      out_.dimensions.push_back(read_dimension(*dim, key_path(dpath, ids[i]), ids[i], sizes[i], out_.warnings));
    }
    std::unordered_set<std::string> known(ids.begin(), ids.end());
    for (const auto& [key, _] : dims->items()) {
      if (layout_1x && (key == "id" || key == "size" || key == "role")) continue;
      if (!known.count(key))
        warn(key_path(dpath, key), "dimension " + in_quotes(key) + " is not listed in id; ignored");
    }
    if (const json* role = member(layout, "role")) read_roles(*role, key_path(lpath, "role"));

    read_values();
    read_status();
    read_metadata();
    read_extension(fallback_id);
    return std::move(out_);
  }

 private:
  void warn(std::string path, std::string message) { out_.warnings.push_back({std::move(message), std::move(path)}); }

  std::vector<std::string> read_ids(const json& layout, const std::string& lpath) {
    const std::string ipath = key_path(lpath, "id");
    const json* id = member(layout, "id");
    if (!id) fail(ipath, "missing \"id\" (the dimension ids)");
    if (!id->is_array()) fail(ipath, "expected an array of dimension ids, got " + type_name(*id));
    std::vector<std::string> ids;
    std::unordered_set<std::string> seen;
    for (std::size_t i = 0; i < id->size(); ++i) {
      const json& e = (*id)[i];
      if (!e.is_string()) fail(index_path(ipath, i), "expected a dimension id (a string), got " + type_name(e));
      if (!seen.insert(e.get<std::string>()).second)
        fail(index_path(ipath, i), "dimension " + in_quotes(e.get<std::string>()) + " appears twice in id");
      ids.push_back(e.get<std::string>());
    }
    return ids;
  }

  std::vector<std::uint64_t> read_sizes(const json& layout, const std::string& lpath, std::size_t id_count) {
    const std::string spath = key_path(lpath, "size");
    const json* size = member(layout, "size");
    if (!size) fail(spath, "missing \"size\" (the number of categories of each dimension)");
    if (!size->is_array()) fail(spath, "expected an array of whole numbers, got " + type_name(*size));
    if (size->size() != id_count)
      fail(spath, "id has " + std::to_string(id_count) + " entries but size has " + std::to_string(size->size()));
    std::vector<std::uint64_t> sizes;
    std::size_t strings = 0;
    for (std::size_t i = 0; i < size->size(); ++i) {
      const json& e = (*size)[i];
      auto n = as_count(e);
      if (!n && e.is_string()) {
        // CSO Ireland's 1.x responses write sizes as strings ("37").
        const auto& text = e.get_ref<const std::string&>();
        if (!text.empty() && text.size() <= 12 && text.find_first_not_of("0123456789") == std::string::npos) {
          n = std::stoull(text);
          ++strings;
        }
      }
      if (!n) {
        std::string got = e.is_string() ? "the string " + in_quotes(e.get<std::string>()) : e.is_number() ? e.dump() : type_name(e);
        fail(index_path(spath, i), "expected a whole number of categories, got " + got);
      }
      sizes.push_back(*n);
    }
    if (strings > 0) warn(spath, "size holds " + count_of(strings, "number", "numbers") + " written as strings; read as numbers");
    return sizes;
  }

  static std::uint64_t cell_count(const std::vector<std::uint64_t>& sizes, const std::string& spath) {
    for (auto s : sizes)
      if (s == 0) return 0;
    std::uint64_t cells = 1;
    for (auto s : sizes) {
      if (cells > kMaxCells / s)
        fail(spath, "the sizes multiply to more than " + std::to_string(kMaxCells) + " cells, more than Jämt reads");
      cells *= s;
    }
    return cells;
  }

  void read_roles(const json& role, const std::string& rpath) {
    if (!role.is_object()) fail(rpath, "expected an object, got " + type_name(role));
    for (const auto& [name, list] : role.items()) {
      std::string p = key_path(rpath, name);
      stats::DimensionRole kind;
      if (name == "time") kind = stats::DimensionRole::time;
      else if (name == "geo") kind = stats::DimensionRole::geo;
      else if (name == "metric") kind = stats::DimensionRole::metric;
      else {
        warn(p, "role " + in_quotes(name) + " is not a JSON-stat role (time, geo, metric); ignored");
        continue;
      }
      if (!list.is_array()) fail(p, "expected an array of dimension ids, got " + type_name(list));
      for (std::size_t i = 0; i < list.size(); ++i) {
        const json& e = list[i];
        if (!e.is_string()) fail(index_path(p, i), "expected a dimension id (a string), got " + type_name(e));
        int d = out_.dimension_index(e.get<std::string>());
        if (d < 0)
          fail(index_path(p, i), "role " + in_quotes(name) + " names dimension " + in_quotes(e.get<std::string>()) +
                                     ", which is not listed in id");
        auto& dim = out_.dimensions[static_cast<std::size_t>(d)];
        if (dim.role != stats::DimensionRole::other) {
          warn(index_path(p, i), "dimension " + in_quotes(dim.id) + " has more than one role; keeping the first");
          continue;
        }
        dim.role = kind;
      }
    }
  }

  // The text of a captured object member's key.
  std::string key_text(const CapturedElement& e) const {
    return e.position == kNotAnIndex ? doc_.texts[e.key] : std::to_string(e.position);
  }

  // The cell a captured object member stands for: its key as a cell index
  // ("12", also "012"), checked against the cell count.
  std::uint64_t object_cell(const CapturedElement& e, const std::string& path, const char* what) const {
    std::uint64_t index = e.position;
    if (index == kNotAnIndex) {
      const std::string& key = doc_.texts[e.key];
      bool digits = !key.empty() && key.size() <= 19 && key.find_first_not_of("0123456789") == std::string::npos;
      if (!digits) fail(path, std::string(what) + " key " + in_quotes(key) + " is not a cell index");
      index = std::stoull(key);
    }
    if (index >= cells_) fail(path, std::string(what) + " key " + in_quotes(key_text(e)) + " is outside " + range_text(cells_));
    return index;
  }

  // One element of "value" that is not a plain number in an array: a number
  // (sparse objects), null, a number written as a string, or a status symbol
  // written in place of the number.
  void read_element(const CapturedElement& e, std::uint64_t cell, const std::string& path) {
    switch (e.kind) {
      case ElementKind::number: out_.values[cell] = e.number; return;
      case ElementKind::null: out_.values[cell] = kNaN; return;
      case ElementKind::string: {
        const std::string& text = doc_.texts[e.ref];
        if (auto number = parse_plain_number(text)) {
          out_.values[cell] = *number;
          if (numeric_strings_++ == 0) first_numeric_string_ = path;
        } else if (looks_like_symbol(text)) {
          value_symbols_[cell] = text;
          if (first_symbol_.empty()) first_symbol_ = path;
        } else {
          fail(path, "the text " + in_quotes(text) + " is neither a number, null nor a status symbol");
        }
        return;
      }
      default: fail(path, std::string("expected a number or null, got ") + kind_name(e.kind));
    }
  }

  void read_values() {
    const std::string vpath = key_path(path_, "value");
    const json* value = member(ds_, "value");
    if (!value) fail(vpath, "missing \"value\" (the data)");
    Capture* c = doc_.capture(*value);
    if (!c) fail(vpath, "expected an array or an object, got " + type_name(*value));
    if (!c->is_object) {
      if (c->numbers.size() != cells_)
        fail(vpath, "value has " + std::to_string(c->numbers.size()) + " entries but the sizes multiply to " +
                        std::to_string(cells_));
      out_.values = std::move(c->numbers);  // NaN where the element is not a number
      for (const auto& e : c->elements) read_element(e, e.position, index_path(vpath, e.position));
    } else {
      out_.values.assign(cells_, kNaN);
      for (const auto& e : c->elements) {
        std::string p = key_path(vpath, key_text(e));
        read_element(e, object_cell(e, vpath, "sparse value"), p);
      }
    }
    if (numeric_strings_ > 0)
      warn(first_numeric_string_, "value holds " + count_of(numeric_strings_, "number", "numbers") +
                                      " written as strings; read as numbers");
    if (!value_symbols_.empty())
      warn(first_symbol_, "value holds " + count_of(value_symbols_.size(), "status symbol", "status symbols") +
                              " in place of numbers; kept as status");
  }

  void status_for_all(const std::string& symbol, const std::string& path) {
    if (symbol.empty() || cells_ == 0) return;
    if (cells_ > kMaxExpandedStatus) {
      out_.notes.push_back("Status of every cell: " + symbol);
      warn(path, "status " + in_quotes(symbol) + " applies to all " + std::to_string(cells_) +
                     " cells; kept as a dataset note");
      return;
    }
    for (std::uint64_t i = 0; i < cells_; ++i) out_.status.emplace_hint(out_.status.end(), i, symbol);
  }

  // One status element: a symbol (an empty one is none) or null.
  void status_element(ElementKind kind, const std::string* text, std::uint64_t cell, const std::string& path) {
    if (kind == ElementKind::null) return;
    if (kind != ElementKind::string) fail(path, std::string("expected a status symbol (a string) or null, got ") + kind_name(kind));
    if (text->empty()) return;
    // Cells mostly come in order: insert at the end without a search.
    auto hint = out_.status.empty() || out_.status.rbegin()->first < cell ? out_.status.end() : out_.status.lower_bound(cell);
    out_.status.insert_or_assign(hint, cell, *text);
  }

  // A status array of `size` elements; get(i) gives element i's kind and
  // text, for i = 0, 1, … in turn.
  template <class Get>
  void status_array(std::size_t size, Get get, const std::string& spath) {
    if (size == 1) {
      auto [kind, text] = get(0);
      if (kind != ElementKind::null && kind != ElementKind::string)
        fail(index_path(spath, 0), std::string("expected a status symbol (a string) or null, got ") + kind_name(kind));
      if (kind == ElementKind::string) status_for_all(*text, spath);
      return;
    }
    if (size != cells_)
      fail(spath, "status has " + std::to_string(size) + " entries but the dataset has " + std::to_string(cells_) +
                      " cells (expected 1 or " + std::to_string(cells_) + ")");
    for (std::size_t i = 0; i < size; ++i) {
      auto [kind, text] = get(i);
      status_element(kind, text, i, index_path(spath, i));
    }
  }

  void status_capture_array(const Capture& c, const std::string& spath) {
    std::size_t next = 0;  // cursor into c.elements, which are in position order
    status_array(c.numbers.size(), [&](std::size_t i) -> std::pair<ElementKind, const std::string*> {
      if (next < c.elements.size() && c.elements[next].position == i) {
        const CapturedElement& e = c.elements[next++];
        return {e.kind, e.kind == ElementKind::string ? &doc_.texts[e.ref] : nullptr};
      }
      return {ElementKind::number, nullptr};
    }, spath);
  }

  void status_json_array(const json& a, const std::string& spath) {
    status_array(a.size(), [&](std::size_t i) -> std::pair<ElementKind, const std::string*> {
      const json& s = a[i];
      if (s.is_null()) return {ElementKind::null, nullptr};
      if (s.is_string()) return {ElementKind::string, &s.get_ref<const std::string&>()};
      if (s.is_boolean()) return {ElementKind::boolean, nullptr};
      if (s.is_array()) return {ElementKind::array, nullptr};
      if (s.is_object()) return {ElementKind::object, nullptr};
      return {ElementKind::number, nullptr};
    }, spath);
  }

  // Eurostat's retired web service ("wsVersion") wrapped the status array as
  // {"value": [...], "category": {...}}: the wrapped array, or nullptr.
  const json* eurostat_status(const Capture& c) const {
    if (!c.is_object || c.elements.empty() || c.elements.size() > 2) return nullptr;
    const json* wrapped = nullptr;
    bool category = false;
    for (const auto& e : c.elements) {
      std::string key = key_text(e);
      if (key == "value" && e.kind == ElementKind::array) wrapped = &doc_.nested[e.ref];
      else if (key == "category") category = true;
    }
    return wrapped && (c.elements.size() == 1 || category) ? wrapped : nullptr;
  }

  void read_status() {
    const std::string spath = key_path(path_, "status");
    if (const json* status = member(ds_, "status")) {
      if (status->is_string()) {
        status_for_all(status->get<std::string>(), spath);
      } else if (Capture* c = doc_.capture(*status)) {
        if (!c->is_object) {
          status_capture_array(*c, spath);
        } else if (const json* wrapped = eurostat_status(*c)) {
          warn(spath, "status in Eurostat's pre-2.0 form {\"value\": [...]}; read as an array");
          status_json_array(*wrapped, key_path(spath, "value"));
        } else {
          for (const auto& e : c->elements) {
            std::string p = key_path(spath, key_text(e));
            std::uint64_t cell = object_cell(e, spath, "status");
            status_element(e.kind, e.kind == ElementKind::string ? &doc_.texts[e.ref] : nullptr, cell, p);
          }
        }
      } else {
        fail(spath, "expected a string, an array or an object, got " + type_name(*status));
      }
    }
    // Symbols written in place of numbers count unless "status" says otherwise.
    for (auto& [cell, symbol] : value_symbols_) out_.status.emplace(cell, std::move(symbol));
  }

  void read_metadata() {
    if (const json* label = member(ds_, "label")) out_.title = string_value(*label, key_path(path_, "label"));
    if (const json* source = member(ds_, "source")) out_.source = string_value(*source, key_path(path_, "source"));
    if (const json* updated = member(ds_, "updated")) out_.updated = string_value(*updated, key_path(path_, "updated"));
    if (const json* note = member(ds_, "note")) {
      std::string npath = key_path(path_, "note");
      if (note->is_string()) {
        out_.notes.push_back(note->get<std::string>());
      } else if (note->is_array()) {
        for (std::size_t i = 0; i < note->size(); ++i) out_.notes.push_back(string_value((*note)[i], index_path(npath, i)));
      } else {
        fail(npath, "expected an array of strings, got " + type_name(*note));
      }
    }
  }

  // Reads the string `name` of extension object `ext`, warning when it has another type.
  std::optional<std::string> ext_string(const json* ext, const char* name, const std::string& path) {
    const json* v = ext ? member(*ext, name) : nullptr;
    if (!v) return std::nullopt;
    if (!v->is_string()) {
      warn(key_path(path, name), "expected a string; ignored");
      return std::nullopt;
    }
    return v->get<std::string>();
  }

  std::optional<int> ext_decimals(const json* ext, const std::string& path) {
    const json* v = ext ? member(*ext, "decimals") : nullptr;
    if (!v) return std::nullopt;
    auto d = as_count(*v);
    if (!d || *d > 15) {
      warn(key_path(path, "decimals"), "expected a whole number from 0 to 15; ignored");
      return std::nullopt;
    }
    return static_cast<int>(*d);
  }

  void read_cell_notes(const json& notes, const std::string& path) {
    if (!notes.is_array()) fail(path, "expected an array, got " + type_name(notes));
    for (std::size_t i = 0; i < notes.size(); ++i) {
      std::string p = index_path(path, i);
      const json& n = notes[i];
      const json* indices = member(n, "indices");
      const json* text = member(n, "text");
      if (!indices || !indices->is_array() || !text)
        fail(p, "expected {\"indices\": [...], \"text\": \"...\"}");
      if (indices->size() != out_.dimensions.size())
        fail(key_path(p, "indices"), "expected " + std::to_string(out_.dimensions.size()) + " indices, one per dimension");
      stats::CellNote note;
      for (std::size_t k = 0; k < indices->size(); ++k) {
        const json& e = (*indices)[k];
        long size = static_cast<long>(out_.dimensions[k].categories.size());
        if (!e.is_number_integer() || e.get<long>() < -1 || e.get<long>() >= size)
          fail(index_path(key_path(p, "indices"), k), "expected a category position or -1");
        note.indices.push_back(e.get<long>());
      }
      note.text = string_value(*text, key_path(p, "text"));
      out_.cell_notes.push_back(std::move(note));
    }
  }

  // Dataset "extension": Statistics Sweden's "px" object (matrix, decimals,
  // language, contents) and write_jsonstat's "jamt" object, which wins.
  void read_extension(const std::string& fallback_id) {
    const std::string epath = key_path(path_, "extension");
    const json* ext = member(ds_, "extension");
    const json* px = ext ? member(*ext, "px") : nullptr;
    const json* jamt = ext ? member(*ext, "jamt") : nullptr;
    if (px && !px->is_object()) px = nullptr;
    if (jamt && !jamt->is_object()) jamt = nullptr;
    const std::string pxpath = key_path(epath, "px");
    const std::string jpath = key_path(epath, "jamt");

    out_.id = fallback_id;
    if (auto v = ext_string(px, "matrix", pxpath)) out_.id = *v;
    if (auto v = ext_string(jamt, "id", jpath)) out_.id = *v;
    if (auto v = ext_string(px, "language", pxpath)) out_.language = *v;
    if (auto v = ext_string(jamt, "language", jpath)) out_.language = *v;
    if (auto v = ext_string(px, "contents", pxpath)) out_.contents = *v;
    if (auto v = ext_string(jamt, "contents", jpath)) out_.contents = *v;
    if (auto v = ext_string(jamt, "unit", jpath)) out_.unit = *v;
    if (jamt)
      if (const json* notes = member(*jamt, "cellNotes")) read_cell_notes(*notes, key_path(jpath, "cellNotes"));

    std::optional<int> decimals = ext_decimals(px, pxpath);
    if (auto d = ext_decimals(jamt, jpath)) decimals = d;
    if (decimals) {
      out_.decimals = *decimals;
    } else {
      // The file's precision: as many decimals as its most precise value.
      int needed = 0;
      for (double v : out_.values)
        if (v != std::trunc(v)) needed = std::max(needed, decimals_needed(v));  // NaN != NaN: checked, gives 0
      out_.decimals = needed;
    }
  }

  Document& doc_;
  const json& ds_;
  std::string path_;
  stats::Dataset out_;
  std::uint64_t cells_ = 0;
  std::size_t numeric_strings_ = 0;
  std::string first_numeric_string_;
  std::map<std::uint64_t, std::string> value_symbols_;
  std::string first_symbol_;
};

// A dataset found in the document, with its JSON path and its id when the
// document gives one (bundle key).
struct Found {
  const json* dataset;
  std::string path;
  std::string id;
};

void find_in_collection(const json& col, const std::string& path, int depth, std::vector<Found>& found,
                        std::vector<std::string>& links) {
  if (depth > kMaxCollectionDepth) fail(path, "collections nested more than " + std::to_string(kMaxCollectionDepth) + " deep");
  const std::string lpath = key_path(path, "link");
  const json* link = member(col, "link");
  if (!link) fail(lpath, "missing \"link\" (a collection lists its items under link.item)");
  if (!link->is_object()) fail(lpath, "expected an object, got " + type_name(*link));
  const std::string ipath = key_path(lpath, "item");
  const json* items = member(*link, "item");
  if (!items) fail(ipath, "missing \"item\" (the collection's items)");
  if (!items->is_array()) fail(ipath, "expected an array, got " + type_name(*items));
  for (std::size_t i = 0; i < items->size(); ++i) {
    const json& item = (*items)[i];
    std::string p = index_path(ipath, i);
    if (!item.is_object()) fail(p, "expected an item object, got " + type_name(item));
    const json* cls = member(item, "class");
    std::string kind = cls && cls->is_string() ? cls->get<std::string>() : "";
    if (kind == "dataset" && (member(item, "value") || member(item, "dimension") || member(item, "id"))) {
      found.push_back({&item, p, {}});
    } else if (kind == "collection" && member(item, "link")) {
      find_in_collection(item, p, depth + 1, found, links);
    } else if (const json* href = member(item, "href"); href && href->is_string()) {
      links.push_back(href->get<std::string>());
    }
  }
}

// The datasets of the document; `bundle` is set when it is a JSON-stat 1.x
// bundle (no class, datasets keyed by name).
std::vector<Found> find_datasets(const Document& doc, bool& bundle) {
  const json& root = doc.root;
  if (!root.is_object()) fail("$", "expected a JSON-stat object, got " + type_name(root));
  if (const json* cls = member(root, "class")) {
    if (!cls->is_string()) fail("$.class", "expected a string, got " + type_name(*cls));
    const auto& kind = cls->get_ref<const std::string&>();
    if (kind == "dataset") return {{&root, "$", {}}};
    if (kind == "collection") {
      std::vector<Found> found;
      std::vector<std::string> links;
      find_in_collection(root, "$", 0, found, links);
      if (found.empty()) {
        std::string msg = "the collection embeds no dataset";
        if (!links.empty()) msg += ": its items only link to other documents (" + in_quotes(links.front()) + (links.size() > 1 ? ", …)" : ")");
        fail("$.link.item", msg);
      }
      return found;
    }
    if (kind == "dimension")
      fail("$.class", "a document of class \"dimension\" describes one dimension and holds no data; expected a dataset");
    fail("$.class", "unknown class " + in_quotes(kind) + " (expected \"dataset\", \"collection\" or \"dimension\")");
  }
  if (member(root, "version"))
    fail("$.class", "missing \"class\": a JSON-stat 2.0 document says whether it is a dataset or a collection");
  if (member(root, "dimension") && member(root, "value"))
    fail("$", "no \"class\" and not a bundle: this is a bare JSON-stat 1.x dataset; wrap it as {\"dataset\": …} "
              "or add \"class\": \"dataset\"");
  if (root.empty()) fail("$", "empty object: no class and no datasets");
  // A JSON-stat 1.x bundle: datasets keyed by name, in document order.
  std::vector<Found> found;
  std::unordered_set<std::string> seen;
  for (const auto& key : doc.top_level_keys) {
    if (!seen.insert(key).second) continue;
    const json& ds = root.at(key);
    std::string p = key_path("$", key);
    if (!ds.is_object()) fail(p, "bundle member " + in_quotes(key) + " is not a dataset: expected an object, got " + type_name(ds));
    found.push_back({&ds, p, key});
  }
  bundle = true;
  return found;
}

// The warning each dataset of a JSON-stat 1.x bundle carries: read as a
// bundle, and which datasets it holds (at most five named).
stats::Warning bundle_warning(const std::vector<Found>& found) {
  constexpr std::size_t kNamed = 5;
  std::string names;
  for (std::size_t i = 0; i < found.size() && i < kNamed; ++i) names += (i ? ", " : "") + in_quotes(found[i].id);
  if (found.size() > kNamed) names += ", …";
  return stats::Warning{.message = "no \"class\": read as a JSON-stat 1.x bundle of " +
                                   count_of(found.size(), "dataset", "datasets") + " keyed by name (" + names + ")",
                        .where = "$"};
}

}  // namespace

Result<std::vector<stats::Dataset>> read_jsonstat(std::string_view text, const std::string& file_name) {
  auto parsed = parse_document(text);
  if (!parsed) return parsed.error();
  Document& doc = *parsed;
  try {
    bool bundle = false;
    std::vector<Found> found = find_datasets(doc, bundle);
    const std::string stem = json_support::file_stem(file_name);
    std::vector<stats::Dataset> out;
    out.reserve(found.size());
    for (std::size_t i = 0; i < found.size(); ++i) {
      std::string id = found[i].id;
      if (id.empty()) id = found.size() == 1 ? stem : stem + "-" + std::to_string(i + 1);
      out.push_back(DatasetReader(doc, *found[i].dataset, found[i].path).read(id));
      if (bundle) out.back().warnings.insert(out.back().warnings.begin(), bundle_warning(found));
    }
    return out;
  } catch (const ShapeError& e) {
    return Error{ErrorKind::validation, e.message, e.path, {}};
  } catch (const json::exception& e) {
    return Error{ErrorKind::validation, std::string("unexpected JSON shape: ") + e.what(), "$", {}};
  }
}

}  // namespace jamt::formats
