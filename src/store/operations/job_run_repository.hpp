#pragma once
// The job_runs table: which server ran a scheduled job for which due time
// (service/background/scheduled_job.hpp).
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace jamt::store {

// One claimed run.
struct JobRunRow {
  std::string job;
  std::string due_at;       // "2026-03-31T10:00:00Z"
  std::string server;       // "host:pid" of the server that ran it
  std::string started_at;
  std::string finished_at;  // "" while running (or when the server died)
  std::string outcome;      // "running", "ok" or "failed"
  std::string message;      // why it failed, "" otherwise
};

// Inserts the run of `job` due at `due_at` for `server` unless a row for
// that job and due time exists. True when this call inserted it. Inside a
// transaction on PostgreSQL a concurrent claim waits for this one's commit
// and then finds the row. Throws soci errors.
bool claim_job_run(soci::session& s, const std::string& job, const std::string& due_at, const std::string& server,
                   const std::string& started_at);

// Records how the claimed run ended ("ok" or "failed" with `message`).
void finish_job_run(soci::session& s, const std::string& job, const std::string& due_at,
                    const std::string& finished_at, const std::string& outcome, const std::string& message);

// The runs of `job` ("" for every job), oldest due time first.
std::vector<JobRunRow> list_job_runs(soci::session& s, const std::string& job);

}  // namespace jamt::store
