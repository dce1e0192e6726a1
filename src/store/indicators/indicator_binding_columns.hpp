#pragma once
// Storage of an indicator's source binding and the subjects ("of") of its
// baseline and target (issue 13; columns of `indicators` added by migration
// 24). Functions work on a leased session and throw soci errors.
#include <cstdint>
#include <optional>

#include "domain/strategy.hpp"

namespace soci {
class session;
}

namespace jamt::store {

// Writes the binding columns (measure region, register count and params,
// reporting form/element, survey/question/option) and baseline_of/target_of
// of indicator row `indicator_id` from `indicator`; the measure's code and
// filter are written with the other columns by the strategy repository.
void write_indicator_binding(soci::session& s, std::int64_t indicator_id, const Indicator& indicator);

// Fills the binding and the baseline/target subjects of every indicator of
// `strategy` (as loaded from strategy row `strategy.id`) from their rows.
void attach_indicator_bindings(soci::session& s, Strategy& strategy);

// The id of the strategy whose tree holds indicator row `indicator_id`, or
// nullopt when there is no such indicator.
std::optional<std::int64_t> strategy_of_indicator(soci::session& s, std::int64_t indicator_id);

}  // namespace jamt::store
