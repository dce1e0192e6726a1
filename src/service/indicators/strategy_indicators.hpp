#pragma once
// Every indicator of a strategy computed at once (issue 13, engineer IA):
// for the strategy page's latest value and status per indicator, and for the
// benchmark.
#include <cstdint>
#include <map>

#include "domain/result.hpp"
#include "domain/strategy.hpp"
#include "service/indicators/indicator_values.hpp"
#include "store/database.hpp"

namespace jamt::service {

// The series (default comparison years) of every indicator of `strategy`
// (as the caller may already read it), keyed by indicator id. Error
// "database" on a store failure; an indicator without values has an empty
// series with its `problem`.
Result<std::map<std::int64_t, IndicatorSeries>> strategy_indicator_values(store::Database& db,
                                                                          const Strategy& strategy);

}  // namespace jamt::service
