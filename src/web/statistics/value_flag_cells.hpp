#pragma once
// Value flags in the tables of statistics pages: a number with the symbol
// its source set ("9 p"), the symbol alone for a missing value (".."), and
// the legend that explains each symbol once under the table.
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <set>
#include <string>

#include "domain/statistics/gender_analysis.hpp"

namespace jamt::web {

// The symbol of `sex` in `status`, or "".
std::string flag_of(const std::map<stats::Sex, std::string>& status, stats::Sex sex);

// A table cell: the number in Swedish format followed by its symbol (a
// non-breaking space between; the nil symbol "-" is not repeated after its
// 0), or for a missing value the symbol alone ("–" when there is none).
std::string flagged_number(const std::optional<double>& value, const std::string& symbol, int decimals);

// The legend for the symbols of a table: [{symbol, text}] once per symbol,
// in the order of stats::flag_legend(); empty symbols are skipped.
nlohmann::json flag_legend_json(const std::set<std::string>& symbols);

}  // namespace jamt::web
