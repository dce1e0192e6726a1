#pragma once
// Reading a strategy's adopted versions and comparing them, and what each
// viewer reads of a strategy that has a draft revision open.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "domain/strategy.hpp"
#include "domain/strategy/strategy_diff.hpp"
#include "store/database.hpp"
#include "store/strategy/strategy_version_repository.hpp"

namespace jamt::service {

// The versions of strategy `id`, oldest first ([] for a draft never
// adopted). "not_found" when there is none or `viewer` may not read it
// (may_read_strategy).
Result<std::vector<store::StrategyVersionRow>> list_versions(store::Database& db, std::int64_t id,
                                                             const std::optional<User>& viewer);

// Version `version` of strategy `id` as it was adopted (ids included);
// "not_found" as above or when there is no such version.
Result<Strategy> strategy_version(store::Database& db, std::int64_t id, int version,
                                  const std::optional<User>& viewer);

// What changed from version `from` to version `to` of strategy `id`
// (diff_strategies); "not_found" as for strategy_version.
Result<std::vector<StrategyChange>> compare_versions(store::Database& db, std::int64_t id, int from, int to,
                                                     const std::optional<User>& viewer);

// Strategy `id` as `viewer` reads it: with `draft` and a viewer who may read
// drafts of its county (admins, coordinators, its strategists) the stored
// tree — the draft or the open draft revision; otherwise, when a revision is
// open, the latest adopted version. "not_found" when there is none or the
// viewer may not read it.
Result<Strategy> strategy_as_seen(store::Database& db, std::int64_t id, const std::optional<User>& viewer, bool draft);

// Inside a transaction: when `current` is adopted or archived and no version
// is stored yet (strategies from before versions were kept, or imported
// adopted), stores `current` as version 1 with its adoption date and decision.
void keep_first_version(soci::session& s, const Strategy& current, const std::string& actor);

// The document stored for a version: the strategy JSON with ids.
std::string version_document(const Strategy& strategy);

// Inside a read: `live` as the public reads it — itself, or when a revision
// is open the latest version, with live's id and status.
Strategy published_view(soci::session& s, const Strategy& live);

}  // namespace jamt::service
