#include "domain/national/regional_sum.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::national {

std::optional<double> share_percent(const PartOfWhole& value) {
  if (value.whole == 0) return std::nullopt;
  return 100.0 * static_cast<double>(value.part) / static_cast<double>(value.whole);
}

RegionalSum sum_over_regions(const std::vector<PartOfWhole>& regions) {
  RegionalSum sum;
  for (const auto& r : regions) {
    sum.part += r.part;
    sum.whole += r.whole;
  }
  sum.share_percent = share_percent({.part = sum.part, .whole = sum.whole});
  return sum;
}

std::string_view aggregation_method_text() {
  return i18n::N_("Raden Riket summerar länens antal. Andelar för riket räknas om från de summerade antalen "
         "(till exempel kvinnors andel av deltagarna = summan av kvinnor / summan av kvinnor och män), "
         "aldrig som ett medelvärde av länens andelar, så att ett stort län väger lika mycket som sina "
         "deltagare och organisationer.");
}

}  // namespace jamt::national
