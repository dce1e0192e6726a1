#pragma once
// Gender analysis (könsuppdelad analys) of one measure for one region and
// period: women, men, total; women's share; women's value as % of men's;
// the gap; the 40/60 balance rule; change since a base period; ranking of
// regions. Pure arithmetic, no I/O.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jamt::stats {

enum class Sex { women, men, total };

// "women", "men", "total".
std::string_view to_string(Sex s);
// Swedish labels: "Kvinnor", "Män", "Totalt".
std::string_view swedish_name(Sex s);

// The 40/60 rule (seed 000: jämn könsfördelning when each sex is 40–60 %).
enum class Balance { even, women_dominated, men_dominated };
std::string_view to_string(Balance b);
// Swedish labels: "Jämn könsfördelning", "Kvinnodominerad", "Mansdominerad".
std::string_view swedish_name(Balance b);

// Values by sex for one region and period; absent when not available.
struct SexValues {
  std::optional<double> women;
  std::optional<double> men;
  std::optional<double> total;
};

struct GenderAnalysis {
  std::optional<double> women;
  std::optional<double> men;
  // The total as given, or for additive measures women + men when not given.
  std::optional<double> total;
  // Women's share in percent of women + men. Only for additive measures
  // (counts, sums): a share of two averages or rates means nothing.
  std::optional<double> women_share;
  // Women's value as a percentage of men's (e.g. income: 76 %); absent when
  // men's value is 0 or missing.
  std::optional<double> women_pct_of_men;
  // Women's value minus men's value, in the measure's unit (negative when
  // men's value is higher).
  std::optional<double> gap;
  // The 40/60 class of women_share; absent when the share is.
  std::optional<Balance> balance;
};

// Analyses one set of values. `additive` says whether values of women and
// men add up to the total (counts) or not (averages, rates, percentages).
GenderAnalysis analyse(const SexValues& values, bool additive);

// The 40/60 class of a women's share in percent: even when 40 ≤ share ≤ 60,
// women_dominated above 60, men_dominated below 40.
Balance balance_of_share(double women_share_percent);

// Change of women's share between a base and a later analysis, in percentage
// points; absent when either share is.
std::optional<double> change_in_women_share(const GenderAnalysis& base, const GenderAnalysis& now);

// One region's analysis, for comparisons.
struct RegionAnalysis {
  std::string region_code;
  std::string region_name;
  GenderAnalysis analysis;
};

// What to rank regions by.
enum class RankBy { women_share, women_pct_of_men, gap, women, men, total };

// The regions sorted by `key`, highest first; regions without that value go
// last in their original order. Ties keep their original order.
std::vector<RegionAnalysis> rank_regions(std::vector<RegionAnalysis> regions, RankBy key);

}  // namespace jamt::stats
