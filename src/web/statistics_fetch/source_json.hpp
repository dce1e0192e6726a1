#pragma once
// The JSON of a statistics source and of a fetch's outcome, shared by the
// API and the pages (docs/api.md, "Statistics sources").
#include <nlohmann/json.hpp>

#include "service/statistics_fetch/statistics_fetch.hpp"

namespace jamt::web {

// {id, kind, address, table_id, selection, measure_code, schedule,
// county_code, created_by, created_at, last_fetched_at, last_result, last_ok}.
nlohmann::json source_json(const service::StatisticsSource& source);
// {source_id, ok, unchanged, result, batch_id, new_periods, revised_values,
// new_values, calls, chunks, cells}.
nlohmann::json outcome_json(const service::FetchOutcome& outcome);

}  // namespace jamt::web
