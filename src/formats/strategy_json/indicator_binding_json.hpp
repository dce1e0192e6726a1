#pragma once
// The source binding of an indicator in strategy JSON (issue 13): one of
// "measure", "register", "reporting", "survey" (none = typed-in values), and
// the "of" of baseline and target. Internal to the strategy JSON reader and
// writer; includes nlohmann/json.hpp, so include it only from .cpp files.
#include <nlohmann/json.hpp>
#include <string>

#include "domain/result.hpp"
#include "domain/strategy.hpp"

namespace jamt::formats::strategy_json_detail {

// The keys of an indicator object this part reads.
inline constexpr const char* kBindingKeys[] = {"measure", "register", "reporting", "survey"};

// Reads the binding of indicator object `j` (at JSON path `path`) into `ind`.
// On failure the Error's `where` is the JSON path of the offending value
// ("$.goals[0].indicators[1].register.count") and nothing in `ind` is to be
// trusted. Two bindings on one indicator are refused at the second one.
Status read_indicator_binding(const nlohmann::json& j, const std::string& path, Indicator& ind);

// Reads baseline/target `key` of indicator object `j`: {period, value, of?}
// or null/absent (nullopt). Error as read_indicator_binding's.
Result<std::optional<PeriodValue>> read_period_value(const nlohmann::json& j, const std::string& path,
                                                     const char* key);

// Writes the binding of `ind` into indicator object `out`: "measure" always
// (null when unbound by a measure, as before issue 13), the others only when set.
void write_indicator_binding(const Indicator& ind, nlohmann::ordered_json& out);

// A baseline or target as JSON: null, or {period, value} with "of" when it is
// not "total".
nlohmann::ordered_json write_period_value(const std::optional<PeriodValue>& pv);

}  // namespace jamt::formats::strategy_json_detail
