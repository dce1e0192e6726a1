#pragma once
// The "Jämför kön efter" part of a measure page (sex × one further
// dimension): its page context, its CSV download and its JSON for the API.
// Internal to web/statistics; the handlers stay in statistics_pages.cpp and
// statistics_api.cpp.
#include <nlohmann/json_fwd.hpp>
#include <string>

#include "domain/statistics/observation.hpp"
#include "service/statistics/intersection_query.hpp"

namespace jamt::web {

// Mustache context for the section "Kvinnor och män efter <by>": keys
// `has_intersection` (false when `by` is empty), and then `intersection`
// with the grouped bar chart (`svg`), the table rows (women, men, total,
// share, ratio, 40/60 per category, each number followed by its value
// flag), the flag legend, the summary sentence and the CSV link; or
// `intersection_error` with a Swedish message when the analysis cannot be
// made (the page still shows). `query` is the page's query string without
// `by`, used for the CSV link.
nlohmann::json intersection_section(store::Database& db, const stats::Measure& measure, const std::string& region,
                                    const std::string& region_name, const std::string& period, const std::string& by,
                                    const service::DimensionFilter& filter, const std::string& query);

// The intersection as CSV for Swedish Excel (';', decimal comma): one row
// per category with region, period, category, women, men, total, women's
// share, women as % of men, 40/60 class and the value flags.
std::string intersection_csv(const service::MeasureIntersection& intersection, const std::string& region_name);

// The intersection for the API: {measure, region, period, by, rows: [{code,
// label, women, men, total, women_share, women_pct_of_men, gap, balance,
// status}], summary: {even, with_share, without_share, sentence}}.
// `measure` is filled by the caller.
nlohmann::ordered_json intersection_json(const service::MeasureIntersection& intersection);

}  // namespace jamt::web
