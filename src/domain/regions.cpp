#include "domain/regions.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "embedded/embedded_files.hpp"

namespace jamt {

std::string_view to_string(RegionLevel level) {
  switch (level) {
    case RegionLevel::nation: return "nation";
    case RegionLevel::county: return "county";
    case RegionLevel::municipality: return "municipality";
  }
  return "";
}

std::optional<RegionLevel> parse_region_level(std::string_view text) {
  if (text == "nation") return RegionLevel::nation;
  if (text == "county") return RegionLevel::county;
  if (text == "municipality") return RegionLevel::municipality;
  return std::nullopt;
}

namespace {
std::vector<std::string> split_csv_line(std::string_view line) {
  std::vector<std::string> fields(1);
  for (char c : line) {
    if (c == ',') fields.emplace_back();
    else if (c != '\r') fields.back() += c;
  }
  return fields;
}
}  // namespace

RegionCatalogue::RegionCatalogue(std::string_view csv) {
  regions_.push_back({"00", "Riket", RegionLevel::nation, ""});
  std::map<std::string, std::string> counties;
  std::size_t pos = 0;
  bool header = true;
  int line_no = 0;
  while (pos < csv.size()) {
    std::size_t end = csv.find('\n', pos);
    if (end == std::string_view::npos) end = csv.size();
    std::string_view line = csv.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (line.empty() || line == "\r") continue;
    if (header) { header = false; continue; }
    auto f = split_csv_line(line);
    if (f.size() != 4 || f[0].size() != 4 || f[2].size() != 2 || f[0].substr(0, 2) != f[2])
      throw std::runtime_error("municipalities.csv line " + std::to_string(line_no) + ": malformed");
    regions_.push_back({f[0], f[1], RegionLevel::municipality, f[2]});
    counties[f[2]] = f[3];
  }
  for (const auto& [code, name] : counties) regions_.push_back({code, name, RegionLevel::county, "00"});
  std::sort(regions_.begin(), regions_.end(), [](const Region& a, const Region& b) { return a.code < b.code; });
}

const RegionCatalogue& RegionCatalogue::instance() {
  static const RegionCatalogue catalogue([] {
    auto csv = embedded_file("ref/municipalities.csv");
    if (!csv) throw std::runtime_error("reference file ref/municipalities.csv is not compiled in");
    return *csv;
  }());
  return catalogue;
}

std::vector<Region> RegionCatalogue::at_level(RegionLevel level) const {
  std::vector<Region> out;
  for (const auto& r : regions_)
    if (r.level == level) out.push_back(r);
  return out;
}

const Region* RegionCatalogue::find(std::string_view code) const {
  auto it = std::lower_bound(regions_.begin(), regions_.end(), code,
                             [](const Region& r, std::string_view c) { return r.code < c; });
  if (it == regions_.end() || it->code != code) return nullptr;
  return &*it;
}

const Region* RegionCatalogue::find_county(std::string_view code) const {
  const Region* r = find(code);
  return (r && r->level == RegionLevel::county) ? r : nullptr;
}

}  // namespace jamt
