#pragma once
// Use cases around strategies: import and export the strategy JSON, list and
// read strategies, find the goals that serve a national sub-goal, load the
// demo strategies.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "domain/strategy.hpp"
#include "store/database.hpp"
#include "store/strategy_repository.hpp"

namespace jamt::service {

// Who is acting, for the audit log: a user's e-mail, "cli:<user>", "system".
struct Actor {
  std::string name;
};

struct ImportOutcome {
  std::int64_t strategy_id = 0;
  bool replaced = false;
  std::size_t nodes = 0;
  std::size_t indicators = 0;
};

// Imports a strategy document, all or nothing. Refuses (nothing written):
// invalid JSON or a wrong shape (Error.where = JSON path), a broken model rule
// (Error.where = JSON path), a strategy for the same county and period — or
// the county's strategy whose id the document carries — that already exists
// unless `replace` (Error.code "conflict"). With `replace` the existing
// strategy keeps its id and gets the new content; nodes and indicators keep
// their ids (matched by the ids the document carries, else by code), and an
// adopted strategy is not overwritten: the content becomes its draft
// revision (version 1 is kept first). A new strategy ignores the document's
// ids; an adopted or archived one gets version 1. The import is in the audit
// log with the document before and after.
Result<ImportOutcome> import_strategy(store::Database& db, std::string_view document, bool replace,
                                      const Actor& actor);

// The strategy of `county_code` whose period covers `year` (adopted before
// draft before archived, then the latest start), or nullopt when none does,
// the county is "" or the database fails. While a revision is open, its
// latest adopted version (the tree activities link to).
std::optional<Strategy> strategy_covering(store::Database& db, const std::string& county_code, int year);

// The strategy `id` as the activities that link to it read it (issue 12,
// part A): a draft as stored, an adopted strategy with a revision open as its
// latest adopted version. Error "not_found" if none.
Result<Strategy> linked_strategy(store::Database& db, std::int64_t id);

// The strategy `id` as a strategy JSON document; Error "not_found" if none.
// For the command line and the system: drafts included.
Result<std::string> export_strategy(store::Database& db, std::int64_t id);

// As above, as `viewer` may see it: a draft strategy the viewer may not read
// (may_read_strategy; the public never) is "not_found", as if it did not exist.
Result<std::string> export_strategy(store::Database& db, std::int64_t id, const std::optional<User>& viewer);

// The strategy `id` with its tree; Error "not_found" if none. Drafts included.
Result<Strategy> get_strategy(store::Database& db, std::int64_t id);

// As above, as `viewer` may see it: "not_found" for a draft they may not
// read; the adopted version while a draft revision is open
// (strategy_as_seen with draft = false).
Result<Strategy> get_strategy(store::Database& db, std::int64_t id, const std::optional<User>& viewer);

// Every strategy, by county and period. Drafts included.
Result<std::vector<store::StrategySummary>> list_strategies(store::Database& db);

// As above, without the drafts `viewer` may not read; a strategy with an open
// draft revision with the title and period of its adopted version.
Result<std::vector<store::StrategySummary>> list_strategies(store::Database& db, const std::optional<User>& viewer);

// The goal-tree nodes of the strategies `viewer` may read (drafts only for
// those who may read them) that serve the national sub-goal `reference`
// ("2017:6"); Error "not_found" if no such sub-goal exists.
Result<std::vector<store::NodeServingGoal>> nodes_serving(store::Database& db, const std::string& reference,
                                                          const std::optional<User>& viewer);

// When the database holds no strategy, imports the demo strategies compiled in
// from data/strategies/. Returns how many were imported (0 when there already
// were strategies).
Result<std::size_t> load_demo_strategies(store::Database& db);

}  // namespace jamt::service
