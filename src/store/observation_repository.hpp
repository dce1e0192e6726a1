#pragma once
// Storage of measures, import batches and observations. Functions taking a
// session work on one the caller leased (inside Database::transaction or
// ::read) and throw soci errors, which those turn into Errors; those taking
// the Database run their own short transactions.
//
// Every batch's rows stay in `observations` (keyed by measure, region,
// period, sex, dims and batch); readers read the view `current_observations`:
// per key the row of the newest complete batch that is not rolled back. See
// docs/statistics-import.md.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"
#include "domain/statistics/observation.hpp"
#include "store/database.hpp"

namespace soci {
class session;
}

namespace jamt::store {

// Inserts the measure (national), or updates title, unit, source, decimals and additive
// of the measure with the same code. Returns its id.
std::int64_t save_measure(soci::session& s, const stats::Measure& measure);
std::optional<stats::Measure> find_measure(soci::session& s, std::int64_t id);
std::optional<stats::Measure> find_measure_by_code(soci::session& s, const std::string& code);
// Measures with at least one complete batch, ordered by code.
std::vector<stats::Measure> list_measures(soci::session& s);

// Creates the measure with `county_code` as its owner ("" = national) unless
// one with the same code exists; changes nothing of an existing one. Returns
// its id.
std::int64_t ensure_measure(soci::session& s, const stats::Measure& measure, const std::string& county_code);
// The county owning the measure's figures ("" = national), or nullopt when
// there is no measure with that id.
std::optional<std::string> measure_county(soci::session& s, std::int64_t measure_id);

// Where a batch stands. `loading`: its rows are being written in steps and
// nobody reads them; `complete`: its rows are what readers see (unless rolled
// back or replaced by a later batch); `failed`: abandoned, its rows purged.
enum class BatchStatus { loading, complete, failed };
std::string_view to_string(BatchStatus status);

// One imported file: where it came from and what it brought.
struct ImportBatch {
  std::int64_t id = 0;
  std::string file_name;
  std::string sha256;
  std::string format;
  std::string imported_at;
  std::string imported_by;
  std::int64_t observations = 0;
  int regions = 0;
  int periods = 0;
  std::vector<std::string> warnings;
  std::optional<std::string> rolled_back_at;
  std::optional<std::string> rolled_back_by;
  std::vector<std::string> measure_codes;  // filled by find/list
  BatchStatus status = BatchStatus::loading;
  std::string county_code;  // whose figures: "" national, else a county code
};

// The complete batch with this file checksum that is not rolled back, if any.
std::optional<ImportBatch> find_active_batch_by_sha256(soci::session& s, const std::string& sha256);
std::optional<ImportBatch> find_batch(soci::session& s, std::int64_t id);
// Batches newest first; with `counties` non-empty only those owned by one
// of them ("" names the national ones).
std::vector<ImportBatch> list_batches(soci::session& s, const std::vector<std::string>& counties = {});
// Inserts the batch as `loading` with a fresh heartbeat (id and imported_at
// are set here) and returns its id.
std::int64_t insert_batch(soci::session& s, const ImportBatch& batch);
// Records that the batch writes observations of the measure.
void link_batch_measure(soci::session& s, std::int64_t batch_id, std::int64_t measure_id);
// Makes a loading batch visible with its final counts: from the commit on,
// readers see its values in place of those it replaces. Returns false when
// the batch was no longer loading (it was declared abandoned meanwhile).
bool complete_batch(soci::session& s, std::int64_t batch_id, std::int64_t observations, int regions, int periods);
// Marks a loading batch failed (its rows are then purged). Returns false when
// it was not loading.
bool fail_batch(soci::session& s, std::int64_t batch_id);
// Ids of loading batches whose heartbeat is older than `cutoff` (a
// "YYYY-MM-DDTHH:MM:SSZ" stamp): left by a crash or a killed import.
std::vector<std::int64_t> stale_loading_batches(soci::session& s, const std::string& cutoff);
// Ids of failed or rolled-back batches whose rows are not purged yet.
std::vector<std::int64_t> unpurged_batches(soci::session& s);

// Number of observations written per transaction by ObservationWriter.
inline constexpr std::size_t kRowsPerStep = 50000;

// Writes the observations of one loading batch in steps: every
// `rows_per_step` rows are committed in a short transaction of their own
// (which also refreshes the batch's heartbeat), so other writers wait at most
// one step. The rows stay invisible until complete_batch(). Not thread-safe.
class ObservationWriter {
 public:
  ObservationWriter(Database& db, std::int64_t batch_id, std::size_t rows_per_step = kRowsPerStep);
  ~ObservationWriter();
  ObservationWriter(const ObservationWriter&) = delete;
  ObservationWriter& operator=(const ObservationWriter&) = delete;

  // Buffers one observation; commits a step when the buffer is full. An
  // error (the database's) means the batch cannot be finished.
  [[nodiscard]] Status add(std::int64_t measure_id, const stats::Observation& observation);
  // Commits what is buffered.
  [[nodiscard]] Status finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Deletes the rows of a failed or rolled-back batch in short transactions
// (one per measure and region), then unlinks a failed batch from measures
// and deletes measures left without any batch, and records the purge.
Status purge_batch(Database& db, std::int64_t batch_id);

// Why a batch cannot be rolled back, or nullopt if it can: it does not exist,
// is not complete, is already rolled back, or a later complete batch wrote the
// same measures.
std::optional<std::string> rollback_blocker(soci::session& s, std::int64_t batch_id);

// Marks the batch rolled back by `actor`: from the commit on readers see the
// values it had replaced. Its rows stay until purge_batch(). Call only when
// rollback_blocker() is nullopt.
void rollback_batch(soci::session& s, std::int64_t batch_id, const std::string& actor);

// A stored observation with its measure.
struct StoredObservation {
  std::string region_code;
  std::string period;
  stats::Sex sex = stats::Sex::total;
  std::string dims;
  std::optional<double> value;
  std::string status;
};

// Observations of one measure for the given regions (all when empty) with
// from ≤ period and the period's first len(to) characters ≤ to (so to=2024
// includes 2024Q4); empty bounds are open. Ordered by region, period, sex,
// dims.
struct ObservationQuery {
  std::int64_t measure_id = 0;
  std::vector<std::string> regions{};
  std::string from{};
  std::string to{};
  std::vector<std::string> periods{};  // when non-empty: exactly these periods (from/to ignored)
};
std::vector<StoredObservation> query_observations(soci::session& s, const ObservationQuery& query);

// The distinct `dims` texts of a measure, read from one region and period
// (a table has the same further dimensions everywhere), so it stays cheap for
// millions of observations.
std::vector<std::string> distinct_dims(soci::session& s, std::int64_t measure_id);

// Where measure `measure_id` has values: "00" when the nation has any,
// otherwise the county of some region that has (a measure of reported
// figures has no national row); nullopt without values. Two indexed lookups.
std::optional<std::string> region_with_values(soci::session& s, std::int64_t measure_id);

// Number of observations of a measure.
std::int64_t count_observations(soci::session& s, std::int64_t measure_id);

}  // namespace jamt::store
