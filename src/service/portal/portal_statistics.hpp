#pragma once
// The county portal's statistics (issue 15, item 1): a strategy's indicators
// grouped by the national sub-goal (delmål) they serve, each with its latest
// value by sex, and — where the data has the regions — the county beside
// the nation and its municipalities.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/regions.hpp"
#include "domain/result.hpp"
#include "domain/statistics/gender_analysis.hpp"
#include "domain/strategy.hpp"
#include "store/database.hpp"

namespace jamt::service {

// One indicator with its latest value in the county.
struct PortalIndicator {
  std::int64_t id = 0;
  std::string code{};
  std::string name{};
  std::string unit{};    // the strategy's unit value ("count", "percent", …)
  std::string period{};  // the year of the latest value, "2022"
  stats::GenderAnalysis latest{};
  bool additive = true;  // women + men make the total (counts): the women's share means something
  std::optional<std::int64_t> measure_id{};  // bound to an imported measure
};

// A national sub-goal with the county's indicators that serve it and have a
// value. `reference` is "2017:2"; "" for the group of indicators whose goal
// serves no national sub-goal (the strategy's own goals).
struct PortalSubgoal {
  std::string reference{};
  std::string code{};   // "2"; "" for the strategy's own goals
  std::string title{};  // "Ekonomisk jämställdhet"
  std::vector<PortalIndicator> indicators{};
  int indicator_count = 0;  // all indicators serving it, with or without a value
};

// One region's value in a comparison.
struct RegionValue {
  std::string region_code{};
  std::string region_name{};
  RegionLevel level = RegionLevel::county;
  stats::GenderAnalysis analysis{};
};

// An indicator's latest year in the nation (00), the county and the
// county's municipalities, sorted by the total (else women's value),
// highest first, then by name. `rows` holds only the regions with a value;
// a comparison with one row (the county alone) says there is nothing to
// compare.
struct IndicatorComparison {
  std::int64_t indicator_id = 0;
  std::string code{};
  std::string name{};
  std::string period{};
  bool additive = true;
  std::vector<RegionValue> rows{};
};

struct PortalStatistics {
  std::vector<PortalSubgoal> subgoals{};  // the catalogue's order, then the strategy's own goals
  std::vector<IndicatorComparison> comparisons{};  // one per indicator with a value, first appearance order
};

// The statistics of `strategy` (as the public reads it) for its county. An
// indicator counts under every national sub-goal its goal node serves, or
// that the nearest ancestor naming any serves. Every indicator is computed
// once (service::indicator_values); each measure-bound indicator is compared
// with one query for all regions. Error "database" on a store failure.
Result<PortalStatistics> portal_statistics(store::Database& db, const Strategy& strategy);

}  // namespace jamt::service
