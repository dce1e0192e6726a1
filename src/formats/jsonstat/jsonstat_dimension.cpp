// Reading one JSON-stat dimension: category index (array or object), labels,
// notes, units (metric categories) and the dimension extensions written by
// Statistics Sweden's PxWebApi 2 and by write_jsonstat.
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "formats/jsonstat/jsonstat_internal.hpp"

namespace jamt::formats::jsonstat_detail {

using json_support::as_count;
using json_support::fail;
using json_support::index_path;
using json_support::key_path;
using json_support::member;
using json_support::in_quotes;
using json_support::type_name;

std::string range_text(std::uint64_t count) {
  return "0\u2013" + (count == 0 ? std::string("(none)") : std::to_string(count - 1));
}

std::string string_value(const json& j, const std::string& path) {
  if (!j.is_string()) fail(path, "expected a string, got " + type_name(j));
  return j.get<std::string>();
}

std::string read_note(const json& j, const std::string& path) {
  if (j.is_string()) return j.get<std::string>();
  if (!j.is_array()) fail(path, "expected an array of strings, got " + type_name(j));
  std::string text;
  for (std::size_t i = 0; i < j.size(); ++i) {
    if (i > 0) text += '\n';
    text += string_value(j[i], index_path(path, i));
  }
  return text;
}

namespace {

// The category codes in position order, from "index" (or, for a dimension of
// one category, from "label").
std::vector<std::string> read_index(const json& cat, const std::string& cpath, std::uint64_t size) {
  const std::string ipath = key_path(cpath, "index");
  const json* index = member(cat, "index");
  std::vector<std::string> codes;
  if (!index) {
    const json* labels = member(cat, "label");
    if (!labels) fail(cpath, "category has neither \"index\" nor \"label\"");
    if (!labels->is_object()) fail(key_path(cpath, "label"), "expected an object, got " + type_name(*labels));
    if (labels->size() != 1)
      fail(ipath, "missing \"index\": it may be left out only for a dimension of one category, but \"label\" has " +
                      std::to_string(labels->size()));
    if (size != 1) fail(ipath, "category count 1 (from \"label\") differs from size " + std::to_string(size));
    codes.push_back(labels->begin().key());
    return codes;
  }
  if (!index->is_array() && !index->is_object())
    fail(ipath, "expected an array or an object, got " + type_name(*index));
  if (index->size() != size)
    fail(ipath, "category index count " + std::to_string(index->size()) + " differs from size " + std::to_string(size));
  const std::size_t n = index->size();
  if (index->is_array()) {
    codes.reserve(n);
    std::unordered_set<std::string_view> seen;
    for (std::size_t i = 0; i < n; ++i) {
      const json& code = (*index)[i];
      if (!code.is_string()) fail(index_path(ipath, i), "expected a category code (a string), got " + type_name(code));
      const auto& text = code.get_ref<const std::string&>();
      if (!seen.insert(text).second) fail(index_path(ipath, i), "category " + in_quotes(text) + " appears twice in the index");
      codes.push_back(text);
    }
    return codes;
  }
  codes.resize(n);
  std::vector<bool> taken(n, false);
  for (const auto& [code, pos] : index->items()) {
    auto p = as_count(pos);
    if (!p) fail(key_path(ipath, code), "expected a position (a whole number from 0), got " + type_name(pos));
    if (*p >= n)
      fail(key_path(ipath, code), "position " + std::to_string(*p) + " of category " + in_quotes(code) + " is outside " +
                                      range_text(n));
    if (taken[*p])
      fail(key_path(ipath, code), "categories " + in_quotes(codes[*p]) + " and " + in_quotes(code) + " both have position " +
                                      std::to_string(*p));
    taken[*p] = true;
    codes[*p] = code;
  }
  return codes;
}

class DimensionReader {
 public:
  DimensionReader(stats::Dimension& dim, std::vector<stats::Warning>& warnings) : dim_(dim), warnings_(warnings) {
    for (std::size_t i = 0; i < dim_.categories.size(); ++i) position_.emplace(dim_.categories[i].code, i);
  }

  // The position of category `code`, or -1 after a warning naming `path`.
  long find(const std::string& code, const std::string& path, const char* what) {
    auto it = position_.find(code);
    if (it != position_.end()) return static_cast<long>(it->second);
    warn(path, std::string(what) + " for " + in_quotes(code) + ", which is not a category of " + in_quotes(dim_.id) + "; ignored");
    return -1;
  }

  void warn(std::string path, std::string message) { warnings_.push_back({std::move(message), std::move(path)}); }

  void labels(const json& labels, const std::string& path) {
    if (!labels.is_object()) fail(path, "expected an object, got " + type_name(labels));
    for (const auto& [code, text] : labels.items()) {
      std::string p = key_path(path, code);
      std::string label = string_value(text, p);
      long at = find(code, p, "label");
      if (at >= 0) dim_.categories[static_cast<std::size_t>(at)].label = std::move(label);
    }
  }

  void notes(const json& notes, const std::string& path) {
    if (!notes.is_object()) fail(path, "expected an object, got " + type_name(notes));
    for (const auto& [code, note] : notes.items()) {
      std::string p = key_path(path, code);
      std::string text = read_note(note, p);
      if (find(code, p, "note") >= 0) dim_.value_notes[code] = std::move(text);
    }
  }

  void units(const json& units, const std::string& path) {
    if (!units.is_object()) fail(path, "expected an object, got " + type_name(units));
    for (const auto& [code, unit] : units.items()) {
      std::string p = key_path(path, code);
      if (!unit.is_object()) fail(p, "expected a unit object, got " + type_name(unit));
      stats::ContentInfo info;
      // JSON-stat names the unit "label" (or only gives a "symbol");
      // PxWebApi 2 writes it as "base".
      for (const char* name : {"label", "base", "symbol"}) {
        if (const json* text = member(unit, name)) {
          info.unit = string_value(*text, key_path(p, name));
          break;
        }
      }
      if (const json* decimals = member(unit, "decimals")) {
        auto d = as_count(*decimals);
        if (!d || *d > 15)
          fail(key_path(p, "decimals"), "expected a whole number of decimals from 0 to 15, got " +
                                            (decimals->is_number() ? decimals->dump() : type_name(*decimals)));
        info.decimals = static_cast<int>(*d);
      }
      if (find(code, p, "unit") >= 0) {
        auto& slot = dim_.content[code];
        slot.unit = std::move(info.unit);
        slot.decimals = info.decimals;
      }
    }
  }

  // The dimension "extension": PxWebApi 2's elimination / eliminationValueCode
  // / refperiod, and the names write_jsonstat adds. Extensions are free-form,
  // so a member of an unexpected type is a warning, not an error.
  void extension(const json& ext, const std::string& path) {
    if (!ext.is_object()) return;
    if (const json* e = member(ext, "elimination")) {
      if (e->is_boolean()) dim_.elimination = e->get<bool>();
      else warn(key_path(path, "elimination"), "expected a boolean; ignored");
    }
    if (const json* code = member(ext, "eliminationValueCode")) {
      std::string p = key_path(path, "eliminationValueCode");
      if (!code->is_string()) {
        warn(p, "expected a category code; ignored");
      } else {
        long at = find(code->get<std::string>(), p, "elimination value");
        if (at >= 0) dim_.elimination_value = dim_.categories[static_cast<std::size_t>(at)].label;
      }
    }
    if (const json* text = member(ext, "eliminationValue")) {
      if (text->is_string()) dim_.elimination_value = text->get<std::string>();
      else warn(key_path(path, "eliminationValue"), "expected a string; ignored");
    }
    if (const json* scale = member(ext, "timeScale")) {
      if (scale->is_string()) dim_.time_scale = scale->get<std::string>();
      else warn(key_path(path, "timeScale"), "expected a string; ignored");
    }
    content_texts(ext, path, "refperiod", &stats::ContentInfo::ref_period);
    content_texts(ext, path, "basePeriod", &stats::ContentInfo::base_period);
    content_texts(ext, path, "contentSource", &stats::ContentInfo::source);
  }

 private:
  void content_texts(const json& ext, const std::string& path, const char* name, std::string stats::ContentInfo::*field) {
    const json* texts = member(ext, name);
    if (!texts) return;
    std::string p = key_path(path, name);
    if (!texts->is_object()) {
      warn(p, "expected an object of texts by category; ignored");
      return;
    }
    for (const auto& [code, text] : texts->items()) {
      std::string cp = key_path(p, code);
      if (!text.is_string()) {
        warn(cp, "expected a string; ignored");
        continue;
      }
      if (find(code, cp, name) >= 0) dim_.content[code].*field = text.get<std::string>();
    }
  }

  stats::Dimension& dim_;
  std::vector<stats::Warning>& warnings_;
  std::unordered_map<std::string, std::size_t> position_;
};

}  // namespace

stats::Dimension read_dimension(const json& j, const std::string& path, const std::string& id, std::uint64_t size,
                                std::vector<stats::Warning>& warnings) {
  if (!j.is_object()) fail(path, "expected a dimension object, got " + type_name(j));
  stats::Dimension dim;
  dim.id = id;
  dim.label = id;
  if (const json* label = member(j, "label")) dim.label = string_value(*label, key_path(path, "label"));
  if (const json* note = member(j, "note")) dim.note = read_note(*note, key_path(path, "note"));

  const std::string cpath = key_path(path, "category");
  const json* cat = member(j, "category");
  if (!cat) fail(cpath, "missing \"category\"");
  if (!cat->is_object()) fail(cpath, "expected an object, got " + type_name(*cat));
  std::vector<std::string> codes = read_index(*cat, cpath, size);
  dim.categories.reserve(codes.size());
  for (auto& code : codes) dim.categories.push_back({code, code});

  DimensionReader reader(dim, warnings);
  if (const json* labels = member(*cat, "label")) reader.labels(*labels, key_path(cpath, "label"));
  if (const json* notes = member(*cat, "note")) reader.notes(*notes, key_path(cpath, "note"));
  if (const json* units = member(*cat, "unit")) reader.units(*units, key_path(cpath, "unit"));
  if (const json* ext = member(j, "extension")) reader.extension(*ext, key_path(path, "extension"));
  return dim;
}

}  // namespace jamt::formats::jsonstat_detail
