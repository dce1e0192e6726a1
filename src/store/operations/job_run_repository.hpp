#pragma once
// The job_runs table: which server ran a scheduled job for which due time
// (service/background/scheduled_job.hpp).
#include <string>
#include <vector>

#include "store/database.hpp"

namespace soci {
class session;
}

namespace jamt::store {

// One claimed run.
struct JobRunRow {
  std::string job;
  std::string due_at;        // "2026-03-31T10:00:00Z"
  std::string server;        // "host:pid" of the server that ran it
  std::string started_at;
  std::string finished_at;   // "" while running (or when the server died)
  std::string outcome;       // "running", "ok", "failed" or "abandoned"
  std::string message;       // why it failed or was abandoned; whom a run took over from
  std::string heartbeat_at;  // last sign of life of a running run
};

// What claim_job_run found.
struct JobClaim {
  bool ours = false;           // this call holds the due time: run the job
  bool busy = false;           // another due time's run is still alive: try again later
  std::string took_over_from;  // the server whose stale claim of this due time was taken over, or ""
};

// Everything a claim needs to know.
struct JobClaimRequest {
  std::string job;
  std::string due_at;        // the due time to claim
  std::string server;        // who claims
  std::string now;           // the database's clock, UTC text
  std::string stale_before;  // a running claim whose heartbeat is older than this has stopped
};

// In one transaction: a running claim of `job` for an earlier due time
// whose heartbeat is stale becomes "abandoned"; a stale running claim of
// this due time is taken over; a live running claim of another due time
// makes the answer `busy` (nothing is inserted); otherwise the due time is
// inserted unless a row for it exists. On PostgreSQL claims of one job are
// serialised by an advisory lock held to the end of the transaction. Throws
// soci errors.
JobClaim claim_job_run(soci::session& s, Engine engine, const JobClaimRequest& request);

// Refreshes the heartbeat of `server`'s running claim of the due time.
void beat_job_run(soci::session& s, const std::string& job, const std::string& due_at, const std::string& server,
                  const std::string& now);

// Records how `server`'s claimed run ended ("ok" or "failed" with
// `message`); nothing when another server has taken the claim over.
void finish_job_run(soci::session& s, const std::string& job, const std::string& due_at, const std::string& server,
                    const std::string& finished_at, const std::string& outcome, const std::string& message);

// The runs of `job` ("" for every job), oldest due time first.
std::vector<JobRunRow> list_job_runs(soci::session& s, const std::string& job);

}  // namespace jamt::store
