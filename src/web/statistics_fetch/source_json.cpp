#include "web/statistics_fetch/source_json.hpp"

namespace jamt::web {

namespace {
nlohmann::json optional_json(const std::optional<std::string>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }
}  // namespace

nlohmann::json source_json(const service::StatisticsSource& s) {
  return {{"id", s.id},
          {"kind", s.kind},
          {"address", s.address},
          {"table_id", s.table_id},
          {"selection", s.selection},
          {"measure_code", s.measure_code},
          {"schedule", s.schedule},
          {"county_code", s.county_code},
          {"created_by", s.created_by},
          {"created_at", s.created_at},
          {"last_fetched_at", optional_json(s.last_fetched_at)},
          {"last_result", optional_json(s.last_result)},
          {"last_ok", s.last_ok ? nlohmann::json(*s.last_ok) : nlohmann::json(nullptr)}};
}

nlohmann::json outcome_json(const service::FetchOutcome& o) {
  return {{"source_id", o.source_id},
          {"ok", o.ok},
          {"unchanged", o.unchanged},
          {"result", o.result},
          {"batch_id", o.batch_id ? nlohmann::json(*o.batch_id) : nlohmann::json(nullptr)},
          {"new_periods", o.new_periods},
          {"revised_values", o.revised_values},
          {"new_values", o.new_values},
          {"calls", o.calls},
          {"chunks", o.chunks},
          {"cells", o.cells}};
}

}  // namespace jamt::web
