#include "dataset_testing.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace jamt::test_support {

using nlohmann::ordered_json;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

namespace {

const char* role_name(stats::DimensionRole r) {
  switch (r) {
    case stats::DimensionRole::time: return "time";
    case stats::DimensionRole::geo: return "geo";
    case stats::DimensionRole::metric: return "metric";
    case stats::DimensionRole::other: return "other";
  }
  return "?";
}

bool same_number(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

std::string show(double v) { return std::isnan(v) ? "NaN" : nlohmann::json(v).dump(); }

}  // namespace

std::string first_difference(const stats::Dataset& a, const stats::Dataset& b) {
#define JAMT_SAME(field)                                                    \
  if (a.field != b.field) return std::string(#field " differs");
  JAMT_SAME(id)
  JAMT_SAME(title)
  JAMT_SAME(contents)
  JAMT_SAME(source)
  JAMT_SAME(unit)
  JAMT_SAME(language)
  JAMT_SAME(updated)
  JAMT_SAME(notes)
  if (a.decimals != b.decimals)
    return "decimals differ: " + std::to_string(a.decimals) + " vs " + std::to_string(b.decimals);
  if (a.dimensions.size() != b.dimensions.size()) return "dimension count differs";
  for (std::size_t k = 0; k < a.dimensions.size(); ++k) {
    const auto& x = a.dimensions[k];
    const auto& y = b.dimensions[k];
    std::string at = "dimension " + x.id + ": ";
    if (x.id != y.id) return at + "id differs from " + y.id;
    if (x.label != y.label) return at + "label differs";
    if (x.role != y.role) return at + "role " + role_name(x.role) + " vs " + role_name(y.role);
    if (x.categories.size() != y.categories.size()) return at + "category count differs";
    for (std::size_t i = 0; i < x.categories.size(); ++i) {
      if (x.categories[i].code != y.categories[i].code) return at + "category " + std::to_string(i) + " code differs";
      if (x.categories[i].label != y.categories[i].label) return at + "category " + x.categories[i].code + " label differs";
    }
    if (x.elimination != y.elimination) return at + "elimination differs";
    if (x.elimination_value != y.elimination_value) return at + "elimination_value differs";
    if (x.value_notes != y.value_notes) return at + "value_notes differ";
    if (x.time_scale != y.time_scale) return at + "time_scale differs";
    if (x.note != y.note) return at + "note differs";
    if (x.content.size() != y.content.size()) return at + "content count differs";
    for (const auto& [code, info] : x.content) {
      auto it = y.content.find(code);
      if (it == y.content.end()) return at + "content " + code + " missing";
      const auto& o = it->second;
      if (info.unit != o.unit || info.decimals != o.decimals || info.ref_period != o.ref_period ||
          info.base_period != o.base_period || info.source != o.source)
        return at + "content " + code + " differs";
    }
  }
  if (a.values.size() != b.values.size()) return "value count differs";
  for (std::size_t i = 0; i < a.values.size(); ++i)
    if (!same_number(a.values[i], b.values[i]))
      return "value " + std::to_string(i) + " differs: " + show(a.values[i]) + " vs " + show(b.values[i]);
  if (a.status != b.status) return "status differs (" + std::to_string(a.status.size()) + " vs " + std::to_string(b.status.size()) + " entries)";
  if (a.cell_notes.size() != b.cell_notes.size()) return "cell note count differs";
  for (std::size_t i = 0; i < a.cell_notes.size(); ++i)
    if (a.cell_notes[i].indices != b.cell_notes[i].indices || a.cell_notes[i].text != b.cell_notes[i].text)
      return "cell note " + std::to_string(i) + " differs";
#undef JAMT_SAME
  return "";
}

Result<std::uint64_t> cell_at(const stats::Dataset& d, const std::vector<std::pair<std::string, std::string>>& codes) {
  if (codes.size() != d.dimensions.size())
    return Error{jamt::ErrorKind::validation, "expected " + std::to_string(d.dimensions.size()) + " coordinates", "", ""};
  std::uint64_t cell = 0;
  for (std::size_t k = 0; k < d.dimensions.size(); ++k) {
    const auto& dim = d.dimensions[k];
    const std::string* code = nullptr;
    for (const auto& [id, c] : codes)
      if (id == dim.id) code = &c;
    if (!code) return Error{jamt::ErrorKind::validation, "no coordinate for dimension " + dim.id, "", ""};
    std::size_t pos = dim.categories.size();
    for (std::size_t i = 0; i < dim.categories.size(); ++i)
      if (dim.categories[i].code == *code) pos = i;
    if (pos == dim.categories.size()) return Error{jamt::ErrorKind::validation, "no category " + *code + " in " + dim.id, "", ""};
    cell = cell * dim.categories.size() + pos;
  }
  return cell;
}

std::vector<std::string> check_expected(const Result<std::vector<stats::Dataset>>& outcome,
                                        const std::string& expected_json) {
  std::vector<std::string> problems;
  ordered_json want = ordered_json::parse(expected_json);
  if (want.contains("error")) {
    if (outcome.ok()) problems.push_back("read succeeded but the error " + want["error"].dump() + " was expected");
    else if (outcome.error().to_string() != want["error"].get<std::string>())
      problems.push_back("error text\n  actual:   " + outcome.error().to_string() + "\n  expected: " + want["error"].get<std::string>());
    return problems;
  }
  if (!outcome.ok()) {
    problems.push_back("read failed: " + outcome.error().to_string());
    return problems;
  }
  const auto& got = *outcome;
  const auto& wants = want.at("datasets");
  if (got.size() != wants.size()) {
    problems.push_back("dataset count " + std::to_string(got.size()) + ", expected " + std::to_string(wants.size()));
    return problems;
  }
  for (std::size_t n = 0; n < got.size(); ++n) {
    const auto& d = got[n];
    const auto& w = wants[n];
    std::string at = "dataset " + std::to_string(n + 1) + ": ";
    if (d.id != w.at("id").get<std::string>()) problems.push_back(at + "id " + d.id);
    if (w.contains("title") && d.title != w["title"].get<std::string>()) problems.push_back(at + "title " + d.title);
    const auto& dims = w.at("dimensions");
    if (dims.size() != d.dimensions.size()) {
      problems.push_back(at + "dimension count " + std::to_string(d.dimensions.size()));
      continue;
    }
    for (std::size_t k = 0; k < dims.size(); ++k) {
      const auto& dim = d.dimensions[k];
      std::string role = dims[k].value("role", "other");
      if (dim.id != dims[k].at("id").get<std::string>() || dim.categories.size() != dims[k].at("size").get<std::size_t>() ||
          role != role_name(dim.role))
        problems.push_back(at + "dimension " + std::to_string(k) + " is " + dim.id + " (" +
                           std::to_string(dim.categories.size()) + ", " + role_name(dim.role) + ")");
    }
    // Optional checks of dataset metadata, category labels and metric units.
    if (w.contains("decimals") && d.decimals != w["decimals"].get<int>()) problems.push_back(at + "decimals " + std::to_string(d.decimals));
    for (const char* key : {"language", "contents", "source", "updated", "unit"}) {
      if (!w.contains(key)) continue;
      const std::string& actual = std::string(key) == "language" ? d.language : std::string(key) == "contents" ? d.contents
                                  : std::string(key) == "source"  ? d.source   : std::string(key) == "updated"  ? d.updated
                                                                                                             : d.unit;
      if (actual != w[key].get<std::string>()) problems.push_back(at + key + " " + actual);
    }
    if (w.contains("notes") && d.notes != w["notes"].get<std::vector<std::string>>())
      problems.push_back(at + "notes differ (" + std::to_string(d.notes.size()) + " notes)");
    if (w.contains("category_labels")) {
      for (const auto& [dim_id, labels] : w["category_labels"].items()) {
        int k = d.dimension_index(dim_id);
        if (k < 0) {
          problems.push_back(at + "no dimension " + dim_id);
          continue;
        }
        const auto& dim = d.dimensions[static_cast<std::size_t>(k)];
        if (labels.contains("$label") && dim.label != labels["$label"].get<std::string>())
          problems.push_back(at + "dimension " + dim_id + " label " + dim.label);
        for (const auto& [code, label] : labels.items()) {
          if (code == "$label") continue;
          auto c = std::find_if(dim.categories.begin(), dim.categories.end(), [&](const auto& x) { return x.code == code; });
          if (c == dim.categories.end() || c->label != label.get<std::string>())
            problems.push_back(at + dim_id + " category " + code + " label " + (c == dim.categories.end() ? "missing" : c->label));
        }
      }
    }
    if (w.contains("units")) {
      for (const auto& [dim_id, units] : w["units"].items()) {
        int k = d.dimension_index(dim_id);
        if (k < 0) {
          problems.push_back(at + "no dimension " + dim_id);
          continue;
        }
        const auto& content = d.dimensions[static_cast<std::size_t>(k)].content;
        if (content.size() != units.size()) problems.push_back(at + dim_id + " has " + std::to_string(content.size()) + " content entries");
        for (const auto& [code, unit] : units.items()) {
          auto it = content.find(code);
          if (it == content.end()) {
            problems.push_back(at + dim_id + " has no unit for " + code);
            continue;
          }
          if (it->second.unit != unit.value("unit", "")) problems.push_back(at + dim_id + "/" + code + " unit " + it->second.unit);
          std::optional<int> dec;
          if (unit.contains("decimals")) dec = unit["decimals"].get<int>();
          if (it->second.decimals != dec) problems.push_back(at + dim_id + "/" + code + " decimals differ");
          if (it->second.ref_period != unit.value("ref_period", "")) problems.push_back(at + dim_id + "/" + code + " ref_period " + it->second.ref_period);
        }
      }
    }
    if (d.cell_count() != w.at("cells").get<std::uint64_t>() || d.values.size() != d.cell_count())
      problems.push_back(at + "cells " + std::to_string(d.cell_count()) + " / values " + std::to_string(d.values.size()));
    if (w.contains("status_cells") && d.status.size() != w["status_cells"].get<std::size_t>())
      problems.push_back(at + "status cells " + std::to_string(d.status.size()));
    for (const auto& v : w.at("values")) {
      std::vector<std::pair<std::string, std::string>> codes;
      for (const auto& [id, code] : v.at("at").items()) codes.emplace_back(id, code.get<std::string>());
      auto cell = cell_at(d, codes);
      std::string where = at + "cell " + v.at("at").dump() + ": ";
      if (!cell) {
        problems.push_back(where + cell.error().message);
        continue;
      }
      double value = d.values.at(*cell);
      if (v.at("value").is_null()) {
        if (!std::isnan(value)) problems.push_back(where + "value " + show(value) + ", expected null");
      } else {
        double expected = v.at("value").get<double>();
        if (!(std::fabs(value - expected) <= 1e-12 * std::max(1.0, std::fabs(expected))))
          problems.push_back(where + "value " + show(value) + ", expected " + show(expected));
      }
      auto s = d.status.find(*cell);
      if (v.contains("status")) {
        if (s == d.status.end() || s->second != v["status"].get<std::string>())
          problems.push_back(where + "status " + (s == d.status.end() ? "none" : s->second) + ", expected " + v["status"].get<std::string>());
      } else if (s != d.status.end()) {
        problems.push_back(where + "unexpected status " + s->second);
      }
    }
    std::vector<std::string> warnings;
    for (const auto& wn : d.warnings) warnings.push_back(wn.where.empty() ? wn.message : wn.where + ": " + wn.message);
    std::vector<std::string> expected_warnings = w.at("warnings").get<std::vector<std::string>>();
    if (warnings != expected_warnings) {
      std::string text = at + "warnings differ; actual:";
      for (const auto& x : warnings) text += "\n  " + x;
      problems.push_back(text);
    }
  }
  return problems;
}

}  // namespace jamt::test_support
