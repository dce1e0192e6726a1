#pragma once
// Reading statistics: measures, values by region and period for women, men
// and total (other dimensions filtered or summed), and the gender analysis.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "domain/statistics/gender_analysis.hpp"
#include "domain/statistics/observation.hpp"
#include "domain/strategy.hpp"
#include "store/database.hpp"

namespace jamt::service {

// Category code wanted per further dimension, e.g. {"Alder": "25-29"}.
using DimensionFilter = std::map<std::string, std::string>;

// Women, men and total of one region and period, with the status symbol of
// each value that is missing or flagged (".." not available, "p" provisional
// …; domain/statistics/value_flags.hpp).
struct SexCell {
  std::string region_code;
  std::string period;
  stats::SexValues values;
  std::map<stats::Sex, std::string> status;
};

Result<std::vector<stats::Measure>> list_measures(store::Database& db);
// Error "not_found" when there is no measure `id`.
Result<stats::Measure> get_measure(store::Database& db, std::int64_t id);

// The measure's further dimensions and their category codes, from its
// observations (for forms and error messages).
Result<std::map<std::string, std::vector<std::string>>> measure_dimensions(store::Database& db, std::int64_t id);

// The region a measure's page opens on when none is asked for: the nation
// when it has values, else the county of the values there are ("00" for a
// measure without values).
Result<std::string> default_region(store::Database& db, std::int64_t id);

// Values of measure `id` for `regions` (all when empty) and periods from..to
// (inclusive, open when empty), one SexCell per region and period, ordered by
// region and period. Further dimensions named in `filter` keep only that
// category; the others are summed for an additive measure (using a total
// category such as "tot" when the dimension has one) and must be named for a
// non-additive one — else Error "validation" naming the dimension and its
// categories. A filter on an unknown dimension is an Error "validation".
Result<std::vector<SexCell>> measure_values(store::Database& db, std::int64_t id,
                                            const std::vector<std::string>& regions, const std::string& from,
                                            const std::string& to, const DimensionFilter& filter);

struct MeasureAnalysis {
  stats::Measure measure;
  std::string region_code;
  std::string period;
  stats::GenderAnalysis analysis;
  std::optional<std::string> base_period;
  std::optional<stats::GenderAnalysis> base;
  std::optional<double> change_women_share;  // percentage points since base
};

// The gender analysis of measure `id` in `region` for `period`, and the change
// since `base_period` when given. Error "not_found" when there is no value for
// that region and period.
Result<MeasureAnalysis> analyse_measure(store::Database& db, std::int64_t id, const std::string& region,
                                        const std::string& period, const std::optional<std::string>& base_period,
                                        const DimensionFilter& filter);

// The analysis of every municipality of `county` (and of the county and the
// nation first) for `period`, for comparison.
Result<std::vector<stats::RegionAnalysis>> compare_regions(store::Database& db, std::int64_t id,
                                                           const std::string& county, const std::string& period,
                                                           const DimensionFilter& filter);

// The latest value of an indicator that is followed with a measure.
struct IndicatorValue {
  std::int64_t measure_id = 0;
  std::string measure_title;
  std::string period;  // the latest period with a value
  stats::GenderAnalysis analysis;
  std::string problem;  // set instead when the measure is missing or its filter is wrong
};

// For every indicator of `strategy` linked to a measure (Indicator::measure),
// the analysis in `region` for the latest period that has a value, keyed by
// indicator id. An indicator whose measure is not imported, or whose filter
// does not fit, gets `problem` instead. Indicators without a link are absent.
Result<std::map<std::int64_t, IndicatorValue>> linked_indicator_values(store::Database& db, const Strategy& strategy,
                                                                       const std::string& region);

}  // namespace jamt::service
