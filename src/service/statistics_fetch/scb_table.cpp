#include "service/statistics_fetch/scb_table.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

namespace jamt::service {

namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

Error shape_error(const std::string& address, const std::string& what) {
  return Error{ErrorKind::parse, "svaret från " + address + " är ingen tabellbeskrivning i JSON-stat 2: " + what, {}, {}};
}

}  // namespace

Result<TableShape> read_table_shape(std::string_view json, const std::string& address) {
  auto doc = nlohmann::json::parse(json, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return shape_error(address, "ingen giltig JSON");
  if (!doc.contains("id") || !doc["id"].is_array() || !doc.contains("dimension") || !doc["dimension"].is_object())
    return shape_error(address, "\"id\" eller \"dimension\" saknas");
  TableShape shape;
  for (const auto& id : doc["id"]) {
    if (!id.is_string()) return shape_error(address, "\"id\" innehåller annat än text");
    std::string variable = id.get<std::string>();
    const auto& dim = doc["dimension"].value(variable, nlohmann::json::object());
    const auto& index = dim.value("category", nlohmann::json::object()).value("index", nlohmann::json());
    std::vector<std::string> codes;
    if (index.is_array()) {
      for (const auto& c : index) codes.push_back(c.get<std::string>());
    } else if (index.is_object()) {
      codes.resize(index.size());
      for (const auto& [code, pos] : index.items()) {
        if (!pos.is_number_unsigned() || pos.get<std::size_t>() >= codes.size())
          return shape_error(address, "fel position för " + code + " i " + variable);
        codes[pos.get<std::size_t>()] = code;
      }
    } else {
      return shape_error(address, "variabeln " + variable + " saknar category.index");
    }
    shape.variables.push_back(variable);
    shape.codes.push_back(std::move(codes));
  }
  auto role_of = [&](const char* role) {
    if (!doc.contains("role") || !doc["role"].contains(role)) return -1;
    for (const auto& v : doc["role"][role])
      for (std::size_t i = 0; i < shape.variables.size(); ++i)
        if (v.is_string() && v.get<std::string>() == shape.variables[i]) return static_cast<int>(i);
    return -1;
  };
  shape.time = role_of("time");
  shape.region = role_of("geo");
  for (std::size_t i = 0; i < shape.variables.size(); ++i) {
    std::string l = lower(shape.variables[i]);
    if (shape.time < 0 && (l == "tid" || l == "time" || l == "year" || l == "period")) shape.time = static_cast<int>(i);
    if (shape.region < 0 && (l == "region" || l == "municipality" || l == "kommun" || l == "lan"))
      shape.region = static_cast<int>(i);
  }
  return shape;
}

Result<std::vector<std::vector<std::string>>> select_codes(const TableShape& shape, const Selection& selection,
                                                          const std::string& table_id) {
  std::vector<std::vector<std::string>> chosen = shape.codes;
  for (const auto& [variable, codes] : selection) {
    auto it = std::find(shape.variables.begin(), shape.variables.end(), variable);
    if (it == shape.variables.end()) {
      std::string known;
      for (const auto& v : shape.variables) known += (known.empty() ? "" : ", ") + v;
      return validation_error("tabellen " + table_id + " har ingen variabel " + variable + " (den har " + known + ")",
                              {}, "selection");
    }
    std::size_t d = static_cast<std::size_t>(it - shape.variables.begin());
    for (const auto& code : codes)
      if (std::find(shape.codes[d].begin(), shape.codes[d].end(), code) == shape.codes[d].end())
        return validation_error("variabeln " + variable + " i tabellen " + table_id + " har ingen kod " + code, {},
                                "selection");
    chosen[d].clear();
    for (const auto& code : shape.codes[d])
      if (std::find(codes.begin(), codes.end(), code) != codes.end()) chosen[d].push_back(code);
  }
  return chosen;
}

std::uint64_t cell_count(const std::vector<std::vector<std::string>>& chosen) {
  std::uint64_t n = 1;
  for (const auto& c : chosen) n *= c.size();
  return n;
}

std::vector<std::vector<std::vector<std::string>>> plan_chunks(const TableShape& shape,
                                                               const std::vector<std::vector<std::string>>& chosen,
                                                               std::uint64_t max_cells) {
  const std::size_t n = chosen.size();
  max_cells = std::max<std::uint64_t>(max_cells, 1);
  // Order in which variables are split: time, region, then the largest.
  std::vector<std::size_t> order;
  if (shape.time >= 0) order.push_back(static_cast<std::size_t>(shape.time));
  if (shape.region >= 0 && shape.region != shape.time) order.push_back(static_cast<std::size_t>(shape.region));
  std::vector<std::size_t> rest;
  for (std::size_t i = 0; i < n; ++i)
    if (std::find(order.begin(), order.end(), i) == order.end()) rest.push_back(i);
  std::stable_sort(rest.begin(), rest.end(), [&](std::size_t a, std::size_t b) { return chosen[a].size() > chosen[b].size(); });
  order.insert(order.end(), rest.begin(), rest.end());
  // Codes per call for each variable.
  std::vector<std::uint64_t> per_call(n);
  for (std::size_t i = 0; i < n; ++i) per_call[i] = std::max<std::uint64_t>(chosen[i].size(), 1);
  auto product = [&] {
    std::uint64_t p = 1;
    for (auto c : per_call) p *= c;
    return p;
  };
  for (std::size_t d : order) {
    std::uint64_t total = product();
    if (total <= max_cells) break;
    std::uint64_t others = total / per_call[d];
    if (others <= max_cells) {
      per_call[d] = std::max<std::uint64_t>(max_cells / others, 1);
      break;
    }
    per_call[d] = 1;
  }
  // The blocks of each variable, then their cartesian product in table order.
  std::vector<std::vector<std::vector<std::string>>> blocks(n);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t start = 0; start < chosen[i].size(); start += per_call[i])
      blocks[i].emplace_back(chosen[i].begin() + static_cast<long>(start),
                             chosen[i].begin() + static_cast<long>(std::min<std::size_t>(start + per_call[i], chosen[i].size())));
    if (blocks[i].empty()) blocks[i].emplace_back();
  }
  std::vector<std::vector<std::vector<std::string>>> out;
  std::vector<std::size_t> at(n, 0);
  while (true) {
    std::vector<std::vector<std::string>> call(n);
    for (std::size_t i = 0; i < n; ++i) call[i] = blocks[i][at[i]];
    out.push_back(std::move(call));
    std::size_t k = n;
    while (k-- > 0) {
      if (++at[k] < blocks[k].size()) break;
      at[k] = 0;
    }
    if (k == static_cast<std::size_t>(-1)) break;
  }
  return out;
}

Result<stats::Dataset> join_chunks(const TableShape& shape, const std::vector<std::vector<std::string>>& chosen,
                                   const std::vector<stats::Dataset>& answers) {
  if (answers.empty()) return validation_error("inga svar att foga samman");
  const std::size_t n = shape.variables.size();
  stats::Dataset out = answers.front();
  out.values.clear();
  out.status.clear();
  out.cell_notes.clear();
  out.warnings.clear();
  // Position of each code in the joined dimension.
  std::vector<std::map<std::string, std::size_t>> position(n);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t k = 0; k < chosen[i].size(); ++k) position[i][chosen[i][k]] = k;
  if (out.dimensions.size() != n) return validation_error("svaret har andra variabler än tabellen");
  for (std::size_t i = 0; i < n; ++i) {
    if (out.dimensions[i].id != shape.variables[i])
      return validation_error("svaret har variabeln " + out.dimensions[i].id + " där tabellen har " + shape.variables[i]);
    out.dimensions[i].categories.assign(chosen[i].size(), stats::Category{});
    for (std::size_t k = 0; k < chosen[i].size(); ++k) out.dimensions[i].categories[k].code = chosen[i][k];
  }
  const std::uint64_t cells = cell_count(chosen);
  out.values.assign(cells, std::nan(""));
  std::vector<bool> seen(cells, false);
  for (const auto& answer : answers) {
    if (answer.dimensions.size() != n) return validation_error("ett svar har andra variabler än tabellen");
    std::vector<std::vector<std::size_t>> map(n);
    for (std::size_t i = 0; i < n; ++i) {
      const auto& dim = answer.dimensions[i];
      if (dim.id != shape.variables[i])
        return validation_error("ett svar har variabeln " + dim.id + " där tabellen har " + shape.variables[i]);
      for (const auto& cat : dim.categories) {
        auto it = position[i].find(cat.code);
        if (it == position[i].end())
          return validation_error("ett svar har koden " + cat.code + " i " + dim.id + ", som inte valdes");
        map[i].push_back(it->second);
        out.dimensions[i].categories[it->second].label = cat.label;
        if (auto note = dim.value_notes.find(cat.code); note != dim.value_notes.end())
          out.dimensions[i].value_notes[cat.code] = note->second;
      }
      for (const auto& [code, info] : dim.content) out.dimensions[i].content[code] = info;
    }
    std::vector<std::size_t> index(n, 0);
    const std::uint64_t answer_cells = answer.cell_count();
    for (std::uint64_t cell = 0; cell < answer_cells; ++cell) {
      std::uint64_t target = 0;
      for (std::size_t i = 0; i < n; ++i) target = target * chosen[i].size() + map[i][index[i]];
      if (seen[target]) return validation_error("en cell kom två gånger i svaren");
      seen[target] = true;
      if (cell < answer.values.size()) out.values[target] = answer.values[cell];
      if (auto st = answer.status.find(cell); st != answer.status.end()) out.status[target] = st->second;
      for (std::size_t k = n; k-- > 0;) {
        if (++index[k] < answer.dimensions[k].categories.size()) break;
        index[k] = 0;
      }
    }
    for (const auto& note : answer.cell_notes) {
      stats::CellNote joined = note;
      for (std::size_t i = 0; i < n && i < joined.indices.size(); ++i)
        if (joined.indices[i] >= 0) joined.indices[i] = static_cast<long>(map[i][static_cast<std::size_t>(joined.indices[i])]);
      out.cell_notes.push_back(std::move(joined));
    }
    for (const auto& w : answer.warnings) out.warnings.push_back(w);
  }
  for (std::size_t i = 0; i < n; ++i)
    for (auto& cat : out.dimensions[i].categories)
      if (cat.label.empty()) cat.label = cat.code;
  if (std::find(seen.begin(), seen.end(), false) != seen.end())
    return validation_error("svaren saknar celler som valdes");
  return out;
}

}  // namespace jamt::service
