#pragma once
// Storage of a strategy's adopted versions: one frozen strategy JSON document
// (with ids) per adoption, numbered 1, 2, … per strategy. Every function works
// on a session the caller leased (inside Database::transaction or ::read) and
// throws soci errors, which those turn into Errors.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace jamt::store {

// One adopted version, without its document.
struct StrategyVersionRow {
  int version = 0;
  std::string adopted_on;  // "YYYY-MM-DD"
  std::string decision;    // e.g. a diarienummer; "" when none was recorded
  std::string recorded_by;
  std::string recorded_at;
};

// The versions of strategy `strategy_id`, oldest first; empty when it has none.
std::vector<StrategyVersionRow> list_strategy_versions(soci::session& s, std::int64_t strategy_id);

// The document of version `version` of the strategy, or nullopt when there is none.
std::optional<std::string> load_strategy_version(soci::session& s, std::int64_t strategy_id, int version);

// The highest version number of the strategy; 0 when it has none.
int latest_strategy_version(soci::session& s, std::int64_t strategy_id);

// Stores `document` as version `row.version` of the strategy (recorded_at is
// the store clock's now, row.recorded_at is ignored). Throws on a version
// number that exists already (UNIQUE).
void insert_strategy_version(soci::session& s, std::int64_t strategy_id, const StrategyVersionRow& row,
                             const std::string& document);

}  // namespace jamt::store
