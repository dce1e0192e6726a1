#include "domain/statistics/gender_analysis.hpp"

#include "domain/i18n/translate.hpp"

#include <algorithm>

namespace jamt::stats {

std::string_view to_string(Sex s) {
  switch (s) {
    case Sex::women: return "women";
    case Sex::men: return "men";
    case Sex::total: return "total";
  }
  return "";
}

std::string_view swedish_name(Sex s) {
  switch (s) {
    case Sex::women: return i18n::N_("Kvinnor");
    case Sex::men: return i18n::N_("Män");
    case Sex::total: return i18n::N_("Totalt");
  }
  return "";
}

std::string_view to_string(Balance b) {
  switch (b) {
    case Balance::even: return "even";
    case Balance::women_dominated: return "women_dominated";
    case Balance::men_dominated: return "men_dominated";
  }
  return "";
}

std::string_view swedish_name(Balance b) {
  switch (b) {
    case Balance::even: return i18n::N_("Jämn könsfördelning");
    case Balance::women_dominated: return i18n::N_("Kvinnodominerad");
    case Balance::men_dominated: return i18n::N_("Mansdominerad");
  }
  return "";
}

Balance balance_of_share(double share) {
  // Compare with a little tolerance so 40,0 and 60,0 computed from counts
  // (e.g. 2/5 = 0.39999…) count as even.
  constexpr double eps = 1e-9;
  if (share > 60.0 + eps) return Balance::women_dominated;
  if (share < 40.0 - eps) return Balance::men_dominated;
  return Balance::even;
}

GenderAnalysis analyse(const SexValues& v, bool additive) {
  GenderAnalysis a;
  a.women = v.women;
  a.men = v.men;
  a.total = v.total;
  if (additive && !a.total && v.women && v.men) a.total = *v.women + *v.men;
  if (v.women && v.men) {
    a.gap = *v.women - *v.men;
    if (*v.men != 0) a.women_pct_of_men = *v.women / *v.men * 100.0;
    double sum = *v.women + *v.men;
    if (additive && sum > 0 && *v.women >= 0 && *v.men >= 0) {
      a.women_share = *v.women / sum * 100.0;
      a.balance = balance_of_share(*a.women_share);
    }
  }
  return a;
}

std::optional<double> change_in_women_share(const GenderAnalysis& base, const GenderAnalysis& now) {
  if (!base.women_share || !now.women_share) return std::nullopt;
  return *now.women_share - *base.women_share;
}

namespace {
std::optional<double> key_of(const GenderAnalysis& a, RankBy key) {
  switch (key) {
    case RankBy::women_share: return a.women_share;
    case RankBy::women_pct_of_men: return a.women_pct_of_men;
    case RankBy::gap: return a.gap;
    case RankBy::women: return a.women;
    case RankBy::men: return a.men;
    case RankBy::total: return a.total;
  }
  return std::nullopt;
}
}  // namespace

std::vector<RegionAnalysis> rank_regions(std::vector<RegionAnalysis> regions, RankBy key) {
  std::stable_sort(regions.begin(), regions.end(), [key](const RegionAnalysis& x, const RegionAnalysis& y) {
    auto a = key_of(x.analysis, key), b = key_of(y.analysis, key);
    if (a && b) return *a > *b;
    return a.has_value() && !b.has_value();
  });
  return regions;
}

}  // namespace jamt::stats
