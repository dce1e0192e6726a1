#pragma once
// Intersectional analysis of an imported measure: sex × one further
// dimension of the measure (birth country, age group, education …) for one
// region and period, per category (domain/statistics/intersection.hpp).
#include <cstdint>
#include <string>

#include "domain/result.hpp"
#include "domain/statistics/intersection.hpp"
#include "domain/statistics/observation.hpp"
#include "service/statistics/statistics_query.hpp"
#include "store/database.hpp"

namespace jamt::service {

struct IntersectionRequest {
  std::int64_t measure_id = 0;
  std::string region{};  // SCB code, e.g. "0880"
  std::string period{};  // canonical period, e.g. "2019"
  std::string by{};      // the further dimension compared, e.g. "födelseregion"
  // Categories of the other further dimensions (as for measure_values());
  // an entry for `by` itself is ignored.
  DimensionFilter filter{};
};

struct MeasureIntersection {
  stats::Measure measure;
  std::string region_code;
  std::string period;
  // One category per category of `by` except its total category ("tot",
  // "samtliga" …), in the stored order; a category without any value in the
  // region and period keeps its place with absent values.
  stats::Intersection intersection;
};

// The intersection of `request.measure_id` by `request.by` in the region and
// period. Errors: "not_found" for an unknown measure, or when no category has
// a value for the region and period; "validation" (field "by") when `by` is
// empty or not a further dimension of the measure (the message names the
// dimensions there are), and the errors of measure_values() for the filter
// (an unnamed dimension of a non-additive measure, an unknown category).
Result<MeasureIntersection> intersect_measure(store::Database& db, const IntersectionRequest& request);

}  // namespace jamt::service
