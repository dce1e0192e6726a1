#pragma once
// Shared within web/portal/: the statistics part of the portal page as
// template context.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "service/portal/county_portal.hpp"

namespace jamt::web::portal_support {

// A value as the portal shows it: Swedish format, whole numbers without
// decimals, others with one; ".." when there is none.
std::string value_text(const std::optional<double>& value);

// A women's share as "38,3 %", "–" when there is none.
std::string share_text(const std::optional<double>& share);

// {"subgoals": [...], "comparisons": [...], "has_statistics": bool} for the
// template portal_county: each sub-goal with its chart (SVG) and table rows,
// each comparison with its rows, for `portal`'s county.
nlohmann::json statistics_context(const service::CountyPortal& portal);

}  // namespace jamt::web::portal_support
