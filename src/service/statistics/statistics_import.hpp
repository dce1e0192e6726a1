#pragma once
// Importing statistics: a table read from a file (PX, JSON-stat, CSV,
// Kolada) becomes measures and observations by region, period and sex, in
// one transaction, with the file's provenance in an import batch.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

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
  std::optional<std::string> measure_code{};
  Actor actor{};
  // Called now and then with (cells done, cells in all); may be empty.
  std::function<void(std::uint64_t, std::uint64_t)> progress{};
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
// nothing and returns that batch with `unchanged`.
Result<ImportSummary> import_datasets(store::Database& db, const std::vector<stats::Dataset>& datasets,
                                      const ImportOptions& options);

// When the database holds no measure, imports the demo statistics compiled in
// from data/statistics/ (real Statistics Sweden PX files). Returns how many
// files were imported.
Result<std::size_t> load_demo_statistics(store::Database& db);

// Import batches, newest first.
Result<std::vector<store::ImportBatch>> list_import_batches(store::Database& db);

// Rolls back the import batch `batch_id`: its observations go, those it
// replaced come back. Refused when a later active batch wrote the same
// measures, or it is already rolled back.
Status rollback_import(store::Database& db, std::int64_t batch_id, const Actor& actor);

}  // namespace jamt::service
