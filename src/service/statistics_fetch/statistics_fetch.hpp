#pragma once
// Official statistics kept current (issue 13, item 4; docs/statistics-fetch.md):
// a strategist or admin registers a source (a table in SCB's PxWebApi 2 or a
// Kolada KPI), Jämt fetches it within the services' limits and imports it
// through import_datasets, so provenance, all-or-nothing and superseding work
// as for files. A fetch whose data is unchanged writes nothing; otherwise its
// result names the new periods and the revised values.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "service/strategy/strategy_service.hpp"
#include "store/database.hpp"
#include "store/statistics_fetch/source_repository.hpp"

namespace jamt::service {

using StatisticsSource = store::StatisticsSource;
using SourceFetch = store::SourceFetch;

// What the add form and POST /api/v1/statistics/sources give.
struct SourceInput {
  std::string address{};       // SCB table address, Kolada data address or KPI id
  std::string selection{};     // "VAR=c1,c2;VAR2=c3", over what the address selects
  std::string measure_code{};  // empty: the table or KPI id
  std::string schedule{};      // "manual" (default when empty), "weekly", "monthly"
};

// The schedules, and the Swedish word for each, marked for i18n::tr ("Manuellt", "Varje vecka",
// "Varje månad"); empty for an unknown one.
std::string schedule_label(const std::string& schedule);

// Registers a source as `user` (who must be allowed to import statistics);
// it belongs to the user's county (a strategist's) or the nation. Nothing is
// fetched yet. Errors "validation" with field address, selection,
// measure_code or schedule and a Swedish message; "forbidden" when the
// measure code belongs to another owner's figures. Audited.
Result<StatisticsSource> add_source(store::Database& db, const std::optional<User>& user, const SourceInput& input);

// The sources `user` may see (as import batches: admins and coordinators all,
// a strategist their county's and the national ones), by id.
Result<std::vector<StatisticsSource>> list_sources(store::Database& db, const std::optional<User>& user);

// One source with its fetches (newest first), for `user`; a source the user
// may not see reads as missing (missing_record_error).
struct SourceDetails {
  StatisticsSource source{};
  std::vector<SourceFetch> fetches{};
  bool may_fetch = false;  // whether the user may press "Hämta nu"
};
Result<SourceDetails> source_details(store::Database& db, const std::optional<User>& user, std::int64_t id);

// What one fetch came to.
struct FetchOutcome {
  std::int64_t source_id = 0;
  bool ok = false;                 // false: the source could not be fetched or imported; `result` says why
  bool unchanged = false;          // the data were as last time: nothing was written
  std::string result{};            // Swedish sentence, as stored in the fetch history
  std::optional<std::int64_t> batch_id{};
  std::vector<std::string> new_periods{};
  std::int64_t revised_values = 0;  // values of periods already there that changed
  std::int64_t new_values = 0;      // values in new periods or for new keys
  int calls = 0;
  int chunks = 0;
  std::int64_t cells = 0;
};

// Fetches source `id` now as `user` (authorize_statistics_source_fetch) and
// imports what changed. A failure to fetch or import is an outcome (ok false,
// recorded in the history with its Swedish message naming the address), not
// an Error; Errors are for a missing source or a user not allowed.
Result<FetchOutcome> fetch_source(store::Database& db, const std::optional<User>& user, std::int64_t id);

// As fetch_source for the system (command line, schedule), recorded under
// `actor`.
Result<FetchOutcome> fetch_source_as_system(store::Database& db, std::int64_t id, const Actor& actor);

// Fetches every source whose schedule makes it due at the database clock's
// now: weekly ones 7 days, monthly ones 1 month (30 days) after their last
// fetch, or never fetched. Returns the outcomes, by source id.
Result<std::vector<FetchOutcome>> fetch_due_sources(store::Database& db, const Actor& actor);

}  // namespace jamt::service
