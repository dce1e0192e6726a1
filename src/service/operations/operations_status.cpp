#include "service/operations/operations_status.hpp"

#include <fmt/format.h>

#include "service/background/scheduled_job.hpp"
#include "store/database_status.hpp"

namespace jamt::service::operations {

Readiness readiness(store::Database& db) {
  Readiness r;
  r.expected_version = store::newest_schema_version();
  auto version = store::schema_version(db);
  if (!version) return r;
  r.database_reachable = true;
  r.schema_version = *version;
  r.ready = *version == r.expected_version;
  return r;
}

std::string database_and_job_metrics(const store::Database& db) {
  const store::PoolStats pool = store::pool_stats(db);
  std::string out;
  out += "# HELP jamt_db_pool_connections Database connections in the pool.\n";
  out += "# TYPE jamt_db_pool_connections gauge\n";
  out += fmt::format("jamt_db_pool_connections {}\n", pool.size);
  out += "# HELP jamt_db_pool_in_use Database connections leased right now.\n";
  out += "# TYPE jamt_db_pool_in_use gauge\n";
  out += fmt::format("jamt_db_pool_in_use {}\n", pool.in_use);
  out += "# HELP jamt_db_pool_leases_total Database connections leased since start.\n";
  out += "# TYPE jamt_db_pool_leases_total counter\n";
  out += fmt::format("jamt_db_pool_leases_total {}\n", pool.leases);
  out += "# HELP jamt_db_pool_waits_total Leases that had to wait for a free connection.\n";
  out += "# TYPE jamt_db_pool_waits_total counter\n";
  out += fmt::format("jamt_db_pool_waits_total {}\n", pool.waits);
  const auto jobs = job_counters();
  auto family = [&](const char* name, const char* help, auto field) {
    out += fmt::format("# HELP {} {}\n# TYPE {} counter\n", name, help, name);
    for (const auto& [job, c] : jobs) out += fmt::format("{}{{job=\"{}\"}} {}\n", name, job, field(c));
  };
  family("jamt_job_runs_total", "Scheduled job runs this server claimed and ran.",
         [](const JobCounters& c) { return c.runs; });
  family("jamt_job_failures_total", "Scheduled job runs that failed (or could not be claimed).",
         [](const JobCounters& c) { return c.failures; });
  family("jamt_job_claimed_elsewhere_total", "Due times another server (or an earlier run) had claimed.",
         [](const JobCounters& c) { return c.claimed_elsewhere; });
  family("jamt_job_still_running_total", "Due times deferred because an earlier run of the job was still running.",
         [](const JobCounters& c) { return c.still_running; });
  return out;
}

}  // namespace jamt::service::operations
