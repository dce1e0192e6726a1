#pragma once
// Parsing of request parameters shared by statistics pages and the API.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "service/statistics/statistics_query.hpp"
#include "web/http/http_types.hpp"

namespace jamt::web {

// A positive integer id from a path segment, or nullopt.
std::optional<std::int64_t> parse_id(const std::string& text);

// The statistics parameters: region (comma-separated codes), from, to,
// period, base, format, by, and lang (the page's language, ignored here);
// every other parameter is a dimension filter
// ("Alder=25-29"). Error (field set) for a region code that does not exist or
// a period that is not a period.
struct StatisticsParams {
  std::vector<std::string> regions{};
  std::string from{}, to{}, period{}, format{};
  std::optional<std::string> base{};
  service::DimensionFilter filter{};
  std::string by{};  // a further dimension to compare women and men by (intersectional analysis)
};
Result<StatisticsParams> statistics_params(const Request& req);

}  // namespace jamt::web
