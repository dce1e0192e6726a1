#pragma once
// Importing statistics: a table read from a file (PX, JSON-stat, CSV,
// Kolada) becomes measures and observations by region, period and sex, with
// the file's provenance in an import batch. The rows are written in short
// steps while the batch is invisible and become visible in one commit, so
// readers never see half a file and other writers never wait long (see
// docs/statistics-import.md).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "domain/statistics/dataset.hpp"
#include "service/strategy/strategy_service.hpp"
#include "store/database.hpp"
#include "store/observation_repository.hpp"

namespace jamt::service {

struct ImportOptions {
  std::string file_name{};  // for messages and provenance
  std::string sha256{};     // of the file's bytes; the same file is imported once
  std::string format{};     // "px", "jsonstat", "csv", "kolada"
  // Code for the measure when the table has one content; with several
  // contents each becomes CODE.<content code>. Default: the table's id.
  // Every resulting code must pass stats::check_measure_code (else
  // "validation" with field "measure", before anything is written).
  std::optional<std::string> measure_code{};
  Actor actor{};
  // Called now and then with (cells done, cells in all); may be empty.
  std::function<void(std::uint64_t, std::uint64_t)> progress{};
  // The account importing, whose scope limits what the file may change (see
  // authorize_statistics_change); nullopt: the system (command line, demo
  // data), which may change everything and whose new measures are national.
  std::optional<User> user{};
  // For the system importing on behalf of a county (a fetched source of a
  // county, docs/statistics-fetch.md): new measures belong to this county
  // and every region must lie in it, as for a strategist of the county; ""
  // or nullopt: national. Ignored when `user` is set.
  std::optional<std::string> owner_county{};
  // Rows committed per step; 0: store::kRowsPerStep.
  std::size_t rows_per_step = 0;
};

struct ImportSummary {
  std::int64_t batch_id = 0;
  bool unchanged = false;  // the same file was already imported: nothing was written
  std::int64_t observations = 0;
  int regions = 0;
  int periods = 0;
  std::vector<std::string> measure_codes;
  std::vector<std::string> warnings;
};

// Imports `datasets` (one file may hold several, e.g. a JSON-stat bundle),
// all or nothing. Refused, with nothing written, when a region, sex or period
// category cannot be mapped (the Error names the dimension, the category and
// its position), when two categories map to the same value, when there is no
// region or no time dimension. A table without a sex dimension is imported as
// totals. Importing a file whose checksum matches an active batch changes
// nothing and returns that batch with `unchanged`. With a user: "forbidden"
// when a measure of the file belongs to figures the user may not change, and
// "validation" naming the region and its place when a strategist's file holds
// a region outside their county.
Result<ImportSummary> import_datasets(store::Database& db, const std::vector<stats::Dataset>& datasets,
                                      const ImportOptions& options);

// When the database holds no measure, imports the demo statistics compiled in
// from data/statistics/ (real Statistics Sweden PX files). Returns how many
// files were imported.
Result<std::size_t> load_demo_statistics(store::Database& db);

// Import batches, newest first (the command line: all of them).
// An import batch as the store keeps it (file, owner, status, counts).
using ImportBatch = store::ImportBatch;

// "loading", "complete" or "failed".
std::string batch_status_text(const ImportBatch& batch);

// Whether the batch finished and its values are the ones served (not
// loading, failed or rolled back).
bool batch_is_current(const ImportBatch& batch);

Result<std::vector<store::ImportBatch>> list_import_batches(store::Database& db);

// The import batches `user` may see, newest first: all for admins and
// coordinators, their county's and the national ones for a strategist;
// "unauthorized"/"forbidden" for anyone else.
Result<std::vector<store::ImportBatch>> list_batches(store::Database& db, const std::optional<User>& user);

// Rolls back the import batch `batch_id` as the system (command line): its
// observations go, those it replaced come back. Refused when a later active
// batch wrote the same measures, or it is already rolled back.
Status rollback_import(store::Database& db, std::int64_t batch_id, const Actor& actor);

// Rolls back the batch as `user`, who must be allowed to change its figures
// (authorize_statistics_change); audited under the user's e-mail. A batch
// the user may not see reads as not found.
Status rollback_batch(store::Database& db, const std::optional<User>& user, std::int64_t batch_id);

// Finishes what an interrupted import or a rollback left: loading batches
// whose heartbeat is older than `stale_after_seconds` are marked failed, and
// the rows of failed and rolled-back batches are deleted in short steps.
// Safe while other imports run (a running import refreshes its heartbeat at
// every step). Returns how many batches were purged.
Result<std::size_t> purge_abandoned_batches(store::Database& db, int stale_after_seconds = 120);

}  // namespace jamt::service
