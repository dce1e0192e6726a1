#pragma once
// Storage of measures, import batches and observations. Functions work on a
// session the caller leased (inside Database::transaction or ::read) and throw
// soci errors, which those turn into Errors.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/statistics/observation.hpp"

namespace soci {
class session;
}

namespace jamt::store {

// Inserts the measure, or updates title, unit, source, decimals and additive
// of the measure with the same code. Returns its id.
std::int64_t save_measure(soci::session& s, const stats::Measure& measure);
std::optional<stats::Measure> find_measure(soci::session& s, std::int64_t id);
std::optional<stats::Measure> find_measure_by_code(soci::session& s, const std::string& code);
// All measures ordered by code.
std::vector<stats::Measure> list_measures(soci::session& s);

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
};

// The batch with this file checksum that is not rolled back, if any.
std::optional<ImportBatch> find_active_batch_by_sha256(soci::session& s, const std::string& sha256);
std::optional<ImportBatch> find_batch(soci::session& s, std::int64_t id);
// Batches newest first.
std::vector<ImportBatch> list_batches(soci::session& s);
// Inserts the batch (id and imported_at are set here) and returns its id.
std::int64_t insert_batch(soci::session& s, const ImportBatch& batch);
// Records that the batch wrote observations of the measure.
void link_batch_measure(soci::session& s, std::int64_t batch_id, std::int64_t measure_id);
// Records the final counts of a batch once its observations are written.
void finish_batch(soci::session& s, std::int64_t batch_id, std::int64_t observations, int regions, int periods);

// Writes the observations of one batch in bulk. When an observation with the
// same measure, region, period, sex and dims already exists, the new one
// replaces it and the old one is kept aside, so rolling the batch back
// restores it. Not thread-safe; use within one transaction.
class ObservationWriter {
 public:
  ObservationWriter(soci::session& s, std::int64_t batch_id);
  ~ObservationWriter();
  ObservationWriter(const ObservationWriter&) = delete;
  ObservationWriter& operator=(const ObservationWriter&) = delete;

  // Buffers one observation; writes a chunk when the buffer is full.
  void add(std::int64_t measure_id, const stats::Observation& observation);
  // Writes what is buffered. Must be called before the transaction commits.
  void finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Why a batch cannot be rolled back, or nullopt if it can: it is already
// rolled back, or a later active batch wrote the same measures.
std::optional<std::string> rollback_blocker(soci::session& s, std::int64_t batch_id);

// Deletes the batch's observations, restores those it had replaced, and marks
// it rolled back by `actor`. Call only when rollback_blocker() is nullopt.
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

// Number of observations of a measure.
std::int64_t count_observations(soci::session& s, std::int64_t measure_id);

}  // namespace jamt::store
