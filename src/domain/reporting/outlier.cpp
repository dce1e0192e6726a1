#include "domain/reporting/outlier.hpp"

#include <algorithm>
#include <cmath>

namespace jamt::reporting {

double median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  auto n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

std::optional<double> modified_z_score(double value, const std::vector<double>& history, double resolution) {
  if (history.size() < kOutlierMinHistory) return std::nullopt;
  double med = median(history);
  std::vector<double> deviations;
  double sum = 0;
  for (double x : history) {
    deviations.push_back(std::fabs(x - med));
    sum += std::fabs(x - med);
  }
  double mad = median(deviations);
  if (mad > 0) return 0.6745 * (value - med) / mad;
  double mean_ad = sum / static_cast<double>(history.size());
  if (mean_ad > 0) return (value - med) / (1.253314 * mean_ad);
  if (resolution <= 0) return std::nullopt;
  // Every earlier value equal: one `resolution` counts as a MAD.
  return 0.6745 * (value - med) / resolution;
}

bool is_outlier(double value, const std::vector<double>& history, double resolution) {
  auto z = modified_z_score(value, history, resolution);
  return z && std::fabs(*z) > kOutlierThreshold;
}

}  // namespace jamt::reporting
