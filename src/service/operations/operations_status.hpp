#pragma once
// What /readyz and /metrics say about the database and the scheduled jobs
// (docs/operations.md).
#include <string>

#include "store/database.hpp"

namespace jamt::service::operations {

// Whether this server can serve: the database answers and its schema is at
// the version this program migrates to.
struct Readiness {
  bool ready = false;
  bool database_reachable = false;
  int schema_version = 0;    // what the database holds (0 when unreachable)
  int expected_version = 0;  // what this program brings it to
};
Readiness readiness(store::Database& db);

// The database pool (jamt_db_pool_connections, jamt_db_pool_in_use,
// jamt_db_pool_leases_total, jamt_db_pool_waits_total) and the scheduled
// jobs of this process (jamt_job_runs_total, jamt_job_failures_total,
// jamt_job_claimed_elsewhere_total, jamt_job_still_running_total by job) in Prometheus' text format.
std::string database_and_job_metrics(const store::Database& db);

}  // namespace jamt::service::operations
