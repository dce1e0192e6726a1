#pragma once
// Regions: the nation (00 Riket), the 21 counties and the 290 municipalities
// with their official SCB codes, read from the compiled-in
// data/ref/municipalities.csv.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jamt {

enum class RegionLevel { nation, county, municipality };

// "nation", "county", "municipality".
std::string_view to_string(RegionLevel level);
// The level named `text`, or nullopt for anything else.
std::optional<RegionLevel> parse_region_level(std::string_view text);

struct Region {
  std::string code;    // "00", "08", "0880"
  std::string name;    // "Riket", "Kalmar län", "Kalmar"
  RegionLevel level;
  std::string parent;  // "" for the nation, "00" for a county, the county code for a municipality
};

// The immutable catalogue of all regions, sorted by code. Built once on first
// use; thread-safe to read.
class RegionCatalogue {
 public:
  // The catalogue built from the embedded reference file.
  static const RegionCatalogue& instance();

  const std::vector<Region>& all() const { return regions_; }
  // Regions of one level, sorted by code.
  std::vector<Region> at_level(RegionLevel level) const;
  // The region with `code`, or nullptr.
  const Region* find(std::string_view code) const;
  // Counties only: nullptr unless `code` is one of the 21 county codes.
  const Region* find_county(std::string_view code) const;

  // Builds a catalogue from CSV text with the header
  // municipality_code,municipality_name,county_code,county_name.
  // Throws std::runtime_error on malformed reference data (a build defect).
  explicit RegionCatalogue(std::string_view csv);

 private:
  std::vector<Region> regions_;
};

}  // namespace jamt
