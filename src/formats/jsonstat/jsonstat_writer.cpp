// The JSON-stat 2.0 writer. Written by hand rather than through a JSON DOM:
// members come out in a fixed, readable order and a ten-million-cell value
// array goes straight into the output string.
#include <cmath>
#include <map>

#include "formats/common/number_text.hpp"
#include "formats/common/text_encoding.hpp"
#include "formats/jsonstat/jsonstat.hpp"

namespace jamt::formats {

namespace {

// Builds one JSON object member by member: {"a": 1, "b": "x"}.
class ObjectWriter {
 public:
  explicit ObjectWriter(std::string& out, const char* separator = ", ") : out_(out), separator_(separator) { out_ += '{'; }
  ObjectWriter(const ObjectWriter&) = delete;
  ObjectWriter& operator=(const ObjectWriter&) = delete;

  // Starts member `key`; the caller appends its value.
  std::string& key(std::string_view key) {
    if (!first_) out_ += separator_;
    first_ = false;
    append_json_string(out_, key);
    out_ += ": ";
    return out_;
  }
  void string(std::string_view name, std::string_view text) { append_json_string(key(name), text); }
  void integer(std::string_view name, long long n) { key(name) += std::to_string(n); }
  void boolean(std::string_view name, bool b) { key(name) += b ? "true" : "false"; }
  void close() { out_ += '}'; }

 private:
  std::string& out_;
  const char* separator_;
  bool first_ = true;
};

void append_string_array(std::string& out, const std::vector<std::string>& texts) {
  out += '[';
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (i > 0) out += ", ";
    append_json_string(out, texts[i]);
  }
  out += ']';
}

const char* role_name(stats::DimensionRole role) {
  switch (role) {
    case stats::DimensionRole::time: return "time";
    case stats::DimensionRole::geo: return "geo";
    case stats::DimensionRole::metric: return "metric";
    case stats::DimensionRole::other: break;
  }
  return nullptr;
}

bool is_category(const stats::Dimension& dim, const std::string& code) {
  for (const auto& c : dim.categories)
    if (c.code == code) return true;
  return false;
}

// An object of texts keyed by category code, e.g. "refperiod": {"BE0101N1": "31 december"}.
void write_content_texts(ObjectWriter& ext, const stats::Dimension& dim, const char* name,
                         std::string stats::ContentInfo::*field) {
  bool any = false;
  for (const auto& [code, info] : dim.content)
    if (!(info.*field).empty() && is_category(dim, code)) any = true;
  if (!any) return;
  std::string& out = ext.key(name);
  ObjectWriter texts(out);
  for (const auto& [code, info] : dim.content)
    if (!(info.*field).empty() && is_category(dim, code)) texts.string(code, info.*field);
  texts.close();
}

void write_dimension(std::string& out, const stats::Dimension& dim) {
  ObjectWriter d(out);
  d.string("label", dim.label);
  if (!dim.note.empty()) append_string_array(d.key("note"), {dim.note});
  {
    std::string& cat_out = d.key("category");
    ObjectWriter cat(cat_out);
    {
      ObjectWriter index(cat.key("index"));
      for (std::size_t i = 0; i < dim.categories.size(); ++i) index.integer(dim.categories[i].code, static_cast<long long>(i));
      index.close();
    }
    {
      ObjectWriter label(cat.key("label"));
      for (const auto& c : dim.categories) label.string(c.code, c.label);
      label.close();
    }
    bool notes = false;
    for (const auto& [code, text] : dim.value_notes) notes = notes || is_category(dim, code);
    if (notes) {
      ObjectWriter note(cat.key("note"));
      for (const auto& [code, text] : dim.value_notes)
        if (is_category(dim, code)) append_string_array(note.key(code), {text});
      note.close();
    }
    bool units = false;
    for (const auto& [code, info] : dim.content) units = units || is_category(dim, code);
    if (units) {
      ObjectWriter unit(cat.key("unit"));
      for (const auto& [code, info] : dim.content) {
        if (!is_category(dim, code)) continue;
        ObjectWriter u(unit.key(code));
        if (!info.unit.empty()) u.string("label", info.unit);
        if (info.decimals) u.integer("decimals", *info.decimals);
        u.close();
      }
      unit.close();
    }
    cat.close();
  }
  bool has_extension = dim.elimination.has_value() || !dim.elimination_value.empty() || !dim.time_scale.empty();
  for (const auto& [code, info] : dim.content)
    has_extension = has_extension || !info.ref_period.empty() || !info.base_period.empty() || !info.source.empty();
  if (has_extension) {
    ObjectWriter ext(d.key("extension"));
    if (dim.elimination) ext.boolean("elimination", *dim.elimination);
    if (!dim.elimination_value.empty()) {
      // PxWebApi 2 names the elimination category by code; a text that is no
      // category's label is kept as text.
      const stats::Category* match = nullptr;
      for (const auto& c : dim.categories)
        if (c.label == dim.elimination_value) {
          match = &c;
          break;
        }
      if (match) ext.string("eliminationValueCode", match->code);
      else ext.string("eliminationValue", dim.elimination_value);
    }
    if (!dim.time_scale.empty()) ext.string("timeScale", dim.time_scale);
    write_content_texts(ext, dim, "refperiod", &stats::ContentInfo::ref_period);
    write_content_texts(ext, dim, "basePeriod", &stats::ContentInfo::base_period);
    write_content_texts(ext, dim, "contentSource", &stats::ContentInfo::source);
    ext.close();
  }
  d.close();
}

// Decimals per cell: the metric category's own decimals where it has them,
// else the dataset's.
class CellDecimals {
 public:
  explicit CellDecimals(const stats::Dataset& d) : fallback_(d.decimals) {
    for (std::size_t k = 0; k < d.dimensions.size(); ++k) {
      const auto& dim = d.dimensions[k];
      if (dim.role != stats::DimensionRole::metric) continue;
      bool any = false;
      for (const auto& c : dim.categories) {
        auto it = dim.content.find(c.code);
        int dec = it != dim.content.end() && it->second.decimals ? *it->second.decimals : fallback_;
        any = any || dec != fallback_;
        by_category_.push_back(dec);
      }
      if (!any) {
        by_category_.clear();
        return;
      }
      stride_ = 1;
      for (std::size_t j = k + 1; j < d.dimensions.size(); ++j) stride_ *= d.dimensions[j].categories.size();
      return;
    }
  }
  int at(std::uint64_t cell) const {
    if (by_category_.empty()) return fallback_;
    return by_category_[(cell / stride_) % by_category_.size()];
  }

 private:
  int fallback_;
  std::vector<int> by_category_;
  std::uint64_t stride_ = 1;
};

void write_values(std::string& out, const stats::Dataset& d) {
  const std::uint64_t cells = d.cell_count();
  CellDecimals decimals(d);
  out.reserve(out.size() + cells * 8);
  out += '[';
  for (std::uint64_t i = 0; i < cells; ++i) {
    if (i > 0) out += ',';
    double v = i < d.values.size() ? d.values[i] : std::nan("");
    if (std::isfinite(v)) append_number(out, v, decimals.at(i));
    else out += "null";
  }
  out += ']';
}

void write_status(std::string& out, const stats::Dataset& d) {
  const std::uint64_t cells = d.cell_count();
  // One symbol on every cell: JSON-stat's short form, a single string.
  if (cells > 1 && d.status.size() == cells && d.status.rbegin()->first == cells - 1) {
    const std::string& first = d.status.begin()->second;
    bool same = true;
    for (const auto& [cell, symbol] : d.status) same = same && symbol == first;
    if (same) {
      append_json_string(out, first);
      return;
    }
  }
  std::map<std::string, std::string> escaped;  // few distinct symbols, many cells
  ObjectWriter status(out, ",");
  for (const auto& [cell, symbol] : d.status) {
    if (cell >= cells) continue;
    auto [it, fresh] = escaped.try_emplace(symbol);
    if (fresh) append_json_string(it->second, symbol);
    status.key(std::to_string(cell)) += it->second;
  }
  status.close();
}

void write_jamt_extension(std::string& out, const stats::Dataset& d) {
  ObjectWriter ext(out);
  ObjectWriter jamt(ext.key("jamt"));
  if (!d.id.empty()) jamt.string("id", d.id);
  if (!d.contents.empty()) jamt.string("contents", d.contents);
  if (!d.unit.empty()) jamt.string("unit", d.unit);
  jamt.integer("decimals", d.decimals);
  if (!d.language.empty()) jamt.string("language", d.language);
  if (!d.cell_notes.empty()) {
    std::string& notes = jamt.key("cellNotes");
    notes += '[';
    for (std::size_t i = 0; i < d.cell_notes.size(); ++i) {
      if (i > 0) notes += ", ";
      ObjectWriter note(notes);
      std::string& indices = note.key("indices");
      indices += '[';
      for (std::size_t k = 0; k < d.cell_notes[i].indices.size(); ++k) {
        if (k > 0) indices += ", ";
        indices += std::to_string(d.cell_notes[i].indices[k]);
      }
      indices += ']';
      note.string("text", d.cell_notes[i].text);
      note.close();
    }
    notes += ']';
  }
  jamt.close();
  ext.close();
}

}  // namespace

std::string write_jsonstat(const stats::Dataset& d) {
  std::string out;
  ObjectWriter top(out, ",\n");
  top.string("version", "2.0");
  top.string("class", "dataset");
  if (!d.title.empty()) top.string("label", d.title);
  if (!d.source.empty()) top.string("source", d.source);
  if (!d.updated.empty()) top.string("updated", d.updated);
  if (!d.notes.empty()) append_string_array(top.key("note"), d.notes);

  std::vector<std::string> ids;
  for (const auto& dim : d.dimensions) ids.push_back(dim.id);
  append_string_array(top.key("id"), ids);
  {
    std::string& sizes = top.key("size");
    sizes += '[';
    for (std::size_t i = 0; i < d.dimensions.size(); ++i) {
      if (i > 0) sizes += ", ";
      sizes += std::to_string(d.dimensions[i].categories.size());
    }
    sizes += ']';
  }
  std::map<std::string, std::vector<std::string>> roles;
  for (const auto& dim : d.dimensions)
    if (const char* name = role_name(dim.role)) roles[name].push_back(dim.id);
  if (!roles.empty()) {
    ObjectWriter role(top.key("role"));
    for (const auto& [name, members] : roles) append_string_array(role.key(name), members);
    role.close();
  }
  {
    ObjectWriter dims(top.key("dimension"), ",\n  ");
    for (const auto& dim : d.dimensions) write_dimension(dims.key(dim.id), dim);
    dims.close();
  }
  write_values(top.key("value"), d);
  if (!d.status.empty()) write_status(top.key("status"), d);
  write_jamt_extension(top.key("extension"), d);
  top.close();
  out += '\n';
  return out;
}

}  // namespace jamt::formats
