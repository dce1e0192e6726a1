#include "domain/statistics/intersection.hpp"

#include <cctype>
#include "domain/i18n/translate.hpp"

namespace jamt::stats {

Intersection analyse_intersection(const std::string& dimension, const std::vector<CategoryValues>& categories,
                                  bool additive) {
  Intersection out;
  out.dimension = dimension;
  out.categories.reserve(categories.size());
  for (const auto& c : categories) {
    CategoryAnalysis a{c.code, c.label.empty() ? c.code : c.label, analyse(c.values, additive), c.status};
    if (a.analysis.women_share) {
      ++out.with_share;
      if (a.analysis.balance == Balance::even) ++out.even;
    } else {
      ++out.without_share;
    }
    out.categories.push_back(std::move(a));
  }
  return out;
}

std::string balance_summary(const Intersection& in) {
  if (in.with_share == 0) return i18n::tr("Ingen kategori har en kvinnors andel att bedöma efter 40/60-regeln.");
  const std::string range = "40–60\u00a0%";
  std::string out = in.with_share == 1
                        ? i18n::trf("{1} av 1 kategori har jämn könsfördelning ({2}).", {std::to_string(in.even), range})
                        : i18n::trf("{1} av {2} kategorier har jämn könsfördelning ({3}).",
                                    {std::to_string(in.even), std::to_string(in.with_share), range});
  if (in.without_share == 1) out += " " + i18n::tr("1 kategori saknar kvinnors andel och räknas inte.");
  if (in.without_share > 1)
    out += " " + i18n::trf("{1} kategorier saknar kvinnors andel och räknas inte.", {std::to_string(in.without_share)});
  return out;
}

bool is_total_category(std::string code) {
  for (char& c : code) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return code == "tot" || code == "totalt" || code == "total" || code == "t" || code == "samtliga" || code == "alla" ||
         code == "tot1" || code == "totsa";
}

}  // namespace jamt::stats
