#pragma once
// Outliers against an organisation's earlier periods, by the modified
// z-score of Iglewicz and Hoaglin: robust to the small, skewed counts of a
// small municipality (a median and a median absolute deviation are not
// pulled by one unusual quarter the way a mean and a standard deviation are).
#include <optional>
#include <vector>

namespace jamt::reporting {

// At least this many earlier periods before a value is judged.
inline constexpr std::size_t kOutlierMinHistory = 4;
// |z| above this is an outlier.
inline constexpr double kOutlierThreshold = 3.5;

// The modified z-score of `value` against `history`:
//   0.6745 · (value − median) / MAD,   MAD = median |x − median|.
// When MAD is 0 (more than half the earlier values equal), the mean absolute
// deviation stands in: (value − median) / (1.253314 · meanAD). When that is
// 0 too (every earlier value the same), the spread is taken as `resolution`
// (1 for counts: a difference of one case is not "infinitely" unusual), and
// with `resolution` 0 no score is given. nullopt also with fewer than
// kOutlierMinHistory earlier values.
std::optional<double> modified_z_score(double value, const std::vector<double>& history, double resolution = 1);

// Whether |modified_z_score| > kOutlierThreshold (false when no score).
bool is_outlier(double value, const std::vector<double>& history, double resolution = 1);

// The median of `values` (the mean of the middle two for an even count);
// 0 for none.
double median(std::vector<double> values);

}  // namespace jamt::reporting
