#include "service/indicator_counts/count_value.hpp"

#include "domain/regions.hpp"

namespace jamt::indicator_counts {

Status check_year_range(int from_year, int to_year) {
  const std::string bounds = std::to_string(kFirstCountYear) + "–" + std::to_string(kLastCountYear);
  if (from_year < kFirstCountYear || from_year > kLastCountYear)
    return validation_error("Från år: ange ett år mellan " + bounds + ".", {}, "from");
  if (to_year < kFirstCountYear || to_year > kLastCountYear)
    return validation_error("Till år: ange ett år mellan " + bounds + ".", {}, "to");
  if (to_year < from_year) return validation_error("Till år: får inte vara före från år.", {}, "to");
  if (to_year - from_year + 1 > kMaxCountYears)
    return validation_error("Till år: högst " + std::to_string(kMaxCountYears) + " år åt gången.", {}, "to");
  return {};
}

Status check_county(const std::string& county_code) {
  if (!RegionCatalogue::instance().find_county(county_code))
    return validation_error("Län: ”" + county_code + "” är inget län (ange en länskod som 08).", {}, "county");
  return {};
}

}  // namespace jamt::indicator_counts
