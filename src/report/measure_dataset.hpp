#pragma once
// A measure's values by region, period and sex as a statistics table, for
// writing as JSON-stat or CSV.
#include <vector>

#include "domain/statistics/dataset.hpp"
#include "domain/statistics/observation.hpp"
#include "service/statistics/statistics_query.hpp"

namespace jamt::report {

// The cube region × period × sex (women, men, total) of `cells`, with region
// names from the reference data, role geo/time and the measure's unit,
// decimals and source. Cells without a value carry their status symbol (".."
// when none was given).
stats::Dataset measure_dataset(const stats::Measure& measure, const std::vector<service::SexCell>& cells);

}  // namespace jamt::report
