#include "domain/statistics/intersection.hpp"

#include <cctype>

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
  if (in.with_share == 0) return "Ingen kategori har en kvinnors andel att bedöma efter 40/60-regeln.";
  std::string out = std::to_string(in.even) + " av " + std::to_string(in.with_share) +
                    (in.with_share == 1 ? " kategori" : " kategorier") + " har jämn könsfördelning (40–60\u00a0%).";
  if (in.without_share == 1) out += " 1 kategori saknar kvinnors andel och räknas inte.";
  if (in.without_share > 1)
    out += " " + std::to_string(in.without_share) + " kategorier saknar kvinnors andel och räknas inte.";
  return out;
}

bool is_total_category(std::string code) {
  for (char& c : code) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return code == "tot" || code == "totalt" || code == "total" || code == "t" || code == "samtliga" || code == "alla" ||
         code == "tot1" || code == "totsa";
}

}  // namespace jamt::stats
