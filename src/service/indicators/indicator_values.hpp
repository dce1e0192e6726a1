#pragma once
// An indicator's values by sex over the years and its progress status
// (issue 13, engineer IA): from the measure it is bound to (observations),
// from the values typed in for it, or — for register, reporting and survey
// bindings — from engineer IR's functions (one dispatch point in the .cpp).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/disclosure/small_counts.hpp"
#include "domain/indicators/progress.hpp"
#include "domain/result.hpp"
#include "domain/statistics/gender_analysis.hpp"
#include "domain/strategy.hpp"
#include "store/database.hpp"

namespace jamt::service {

// An indicator with the strategy and goal node it belongs to.
struct IndicatorInStrategy {
  Strategy strategy{};
  Indicator indicator{};
  std::int64_t node_id = 0;
  std::string node_code{};
  std::string node_title{};
};

// Indicator `id` as `viewer` may see it: Error "not_found" when there is
// none or its strategy is a draft the viewer may not read
// (may_read_strategy); while a revision is open the public reads the adopted
// version (the indicator keeps its id through revisions).
Result<IndicatorInStrategy> get_indicator(store::Database& db, std::int64_t id, const std::optional<User>& viewer);

// One period of an indicator.
struct IndicatorRow {
  std::string period{};
  stats::GenderAnalysis analysis{};
  std::string source{};  // typed-in values: the source named; else ""
  // Counts of persons shown as ".." to this viewer (docs/small-numbers.md);
  // their values and the shares computed from them are empty in `analysis`.
  jamt::disclosure::SexProtection hidden{};
};

// The years asked for; absent ends take the defaults of indicator_values.
struct YearRange {
  std::optional<int> from{};
  std::optional<int> to{};
};

// An indicator's values over the comparison years with the progress status.
struct IndicatorSeries {
  std::string kind{};  // source_kind(): measure, register, reporting, survey, manual
  int from_year = 0;
  int to_year = 0;
  std::vector<IndicatorRow> rows{};  // yearly, ascending, only years with a value
  bool additive = true;              // women + men make the total (counts)
  std::optional<std::int64_t> measure_id{};  // measure-bound: the measure's id when imported
  std::string measure_title{};
  std::string region_code{};  // measure-bound: the region whose values these are
  std::string problem{};      // why there are no values (Swedish), e.g. the measure is not imported
  indicators::Progress progress{};
};

// The values of `item` for the years in `range`: from = the baseline's year
// (else the strategy's start − 5), to = the last year with a value. Measure
// bindings read the current observations (so they follow a re-import) of the
// measure in the binding's region (default the strategy's county), yearly
// periods only; typed-in values come from indicator_values. Error "database"
// on a store failure; a missing measure or a filter that does not fit is
// `problem`, not an error. Error "validation" (field "from"/"to") when from > to.
Result<IndicatorSeries> indicator_values(store::Database& db, const IndicatorInStrategy& item, const YearRange& range);

// The year of a yearly period ("2018" → 2018), nullopt for anything else.
std::optional<int> period_year(const std::string& period);

}  // namespace jamt::service
