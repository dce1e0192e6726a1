#include "domain/indicators/progress.hpp"

#include "domain/i18n/translate.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace jamt::indicators {

std::string_view to_string(ProgressStatus s) {
  switch (s) {
    case ProgressStatus::target_achieved: return "target_achieved";
    case ProgressStatus::substantial: return "substantial_progress";
    case ProgressStatus::moderate: return "moderate_progress";
    case ProgressStatus::limited: return "limited_progress";
    case ProgressStatus::deterioration: return "deterioration";
    case ProgressStatus::not_enough_data: return "not_enough_data";
    case ProgressStatus::none: return "none";
  }
  return "none";
}

std::string_view swedish_name(ProgressStatus s) {
  switch (s) {
    case ProgressStatus::target_achieved: return i18n::N_("Målet är nått");
    case ProgressStatus::substantial: return i18n::N_("Betydande framsteg");
    case ProgressStatus::moderate: return i18n::N_("Måttliga framsteg");
    case ProgressStatus::limited: return i18n::N_("Begränsade framsteg");
    case ProgressStatus::deterioration: return i18n::N_("Försämring");
    case ProgressStatus::not_enough_data: return i18n::N_("För lite data");
    case ProgressStatus::none: return i18n::N_("Ingen status");
  }
  return i18n::N_("Ingen status");
}

std::optional<Direction> parse_direction(std::string_view text) {
  if (text == "increase") return Direction::increase;
  if (text == "decrease") return Direction::decrease;
  if (text == "parity") return Direction::parity;
  if (text == "within_40_60") return Direction::within_40_60;
  if (text == "none") return Direction::none;
  return std::nullopt;
}

namespace {

// Thresholds (docs/indicator-progress.md): the ratio of observed to required
// pace with a target, the annual growth rate without one.
constexpr double kSubstantialRatio = 0.95;
constexpr double kModerateRatio = 0.60;
constexpr double kSubstantialGrowth = 0.015;
constexpr double kModerateGrowth = 0.005;
// Parity counts as reached within one percentage point of 50 %.
constexpr double kParityTolerance = 1.0;

ProgressStatus by_ratio(double r) {
  if (r >= kSubstantialRatio) return ProgressStatus::substantial;
  if (r >= kModerateRatio) return ProgressStatus::moderate;
  if (r >= 0) return ProgressStatus::limited;
  return ProgressStatus::deterioration;
}

ProgressStatus by_growth(double g) {
  if (g >= kSubstantialGrowth) return ProgressStatus::substantial;
  if (g >= kModerateGrowth) return ProgressStatus::moderate;
  if (g >= 0) return ProgressStatus::limited;
  return ProgressStatus::deterioration;
}

double cagr(double from, double to, int years) { return std::pow(to / from, 1.0 / years) - 1.0; }

// Distance in percentage points of women's share from the goal zone.
double gap(Direction d, double share) {
  if (d == Direction::parity) return std::fabs(share - 50.0);
  return std::max({0.0, 40.0 - share, share - 60.0});
}

// For parity and within_40_60: the pace at which the gap closes.
void assess_share(const ProgressInput& in, Progress& p) {
  const YearValue from = *p.from, to = *p.to;
  const double g0 = gap(in.direction, from.value), gi = gap(in.direction, to.value);
  p.has_target = true;
  const double edge = in.direction == Direction::parity ? 50.0 : (to.value < 40.0 ? 40.0 : 60.0);
  const int target_year = in.target ? in.target->year : in.horizon_year.value_or(to.year);
  p.target = YearValue{.year = target_year, .value = edge};
  const bool reached = in.direction == Direction::parity ? gi <= kParityTolerance : gi == 0.0;
  if (reached) {
    p.status = ProgressStatus::target_achieved;
    return;
  }
  const double observed = (g0 - gi) / (to.year - from.year);
  const double required = g0 / std::max(1, target_year - from.year);
  p.observed_rate = observed;
  p.required_rate = required;
  if (g0 == 0.0) {  // was in the zone, has left it
    p.status = ProgressStatus::deterioration;
    return;
  }
  p.ratio = observed / required;
  p.status = by_ratio(*p.ratio);
  if (observed > 0) p.forecast_year = to.year + static_cast<int>(std::ceil(gi / observed - 1e-9));
}

// For increase and decrease towards a target level.
void assess_level_with_target(const ProgressInput& in, Progress& p) {
  const YearValue from = *p.from, to = *p.to, target = *in.target;
  const double d = in.direction == Direction::increase ? 1.0 : -1.0;
  p.has_target = true;
  p.target = target;
  if (d * (to.value - target.value) >= 0) {
    p.status = ProgressStatus::target_achieved;
    return;
  }
  if (d * (target.value - from.value) <= 0) {  // met at the base, missed now
    p.status = ProgressStatus::deterioration;
    return;
  }
  const int span = to.year - from.year, to_target = std::max(1, target.year - from.year);
  const bool relative = from.value > 0 && to.value > 0 && target.value > 0;
  const double observed = relative ? cagr(from.value, to.value, span) : (to.value - from.value) / span;
  const double required = relative ? cagr(from.value, target.value, to_target) : (target.value - from.value) / to_target;
  p.observed_rate = observed;
  p.required_rate = required;
  p.ratio = observed / required;
  p.status = by_ratio(*p.ratio);
  if (d * observed > 0) {
    const double years = relative ? std::log(target.value / to.value) / std::log(1.0 + observed)
                                  : (target.value - to.value) / observed;
    p.forecast_year = to.year + static_cast<int>(std::ceil(years - 1e-9));
  }
}

// For increase and decrease without a target: fixed growth rates.
void assess_level_without_target(const ProgressInput& in, Progress& p) {
  const YearValue from = *p.from, to = *p.to;
  if (from.value <= 0 || to.value <= 0) {
    p.status = ProgressStatus::not_enough_data;
    p.reason = i18n::tr("utan målnivå bedöms den årliga tillväxten, som kräver värden över noll");
    return;
  }
  const double d = in.direction == Direction::increase ? 1.0 : -1.0;
  p.observed_rate = cagr(from.value, to.value, to.year - from.year);
  p.status = by_growth(d * *p.observed_rate);
}

}  // namespace

Progress assess(const ProgressInput& in) {
  Progress p;
  p.direction = in.direction;
  p.subject = in.subject;
  if (in.direction == Direction::none) {
    p.status = ProgressStatus::none;
    return p;
  }
  std::map<int, double> by_year;
  for (const auto& v : in.series)
    if (std::isfinite(v.value)) by_year[v.year] = v.value;
  // Growth without a target or baseline is measured from the first year with
  // a value above zero (a count that starts at 0 has no growth rate).
  if (!in.baseline && !in.target &&
      (in.direction == Direction::increase || in.direction == Direction::decrease))
    by_year.erase(by_year.begin(), std::find_if(by_year.begin(), by_year.end(), [](const auto& y) { return y.second > 0; }));
  const int base_year = in.baseline ? in.baseline->year : (by_year.empty() ? 0 : by_year.begin()->first);
  if (in.baseline && !by_year.count(base_year)) by_year[base_year] = in.baseline->value;
  auto first = by_year.find(base_year);
  if (first == by_year.end() || std::next(first) == by_year.end()) {
    p.status = ProgressStatus::not_enough_data;
    p.reason = by_year.empty() ? i18n::tr("det finns inga värden") : i18n::tr("det behövs värden för minst två år från basåret");
    return p;
  }
  p.from = YearValue{.year = first->first, .value = first->second};
  p.to = YearValue{.year = by_year.rbegin()->first, .value = by_year.rbegin()->second};
  if (in.direction == Direction::parity || in.direction == Direction::within_40_60)
    assess_share(in, p);
  else if (in.target)
    assess_level_with_target(in, p);
  else
    assess_level_without_target(in, p);
  return p;
}

}  // namespace jamt::indicators
