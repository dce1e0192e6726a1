#pragma once
// Scheduled work that runs once per due time, however many `jamt serve`
// processes share the database (docs/operations.md, "Several servers"). A
// job's due time is the start of its interval by the database's clock
// (hourly jobs: on the hour). Before running, a server claims the due time
// with a row in job_runs; the server whose claim wins runs the job, the
// others see the row and skip it. While it runs, the job's server refreshes
// the row's heartbeat: a due time that comes while an earlier run of the
// job is still alive waits for it (no two runs of one job overlap), and a
// claim whose heartbeat has stopped (its server died) is taken over. On
// SQLite (one server) this changes nothing but the record kept.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>

#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

// This process as job_runs names it: "host:pid".
const std::string& this_server();

// The due time of a job with `interval` at `now`: the start of the interval
// `now` falls in, counted from the Unix epoch.
std::chrono::sys_seconds due_time(std::chrono::sys_seconds now, std::chrono::seconds interval);

// What run_if_due did.
enum class JobOutcome {
  ran,
  failed,
  claimed_elsewhere,  // another server (or an earlier call) has this due time
  still_running,      // an earlier due time's run is alive: nothing claimed, try again later
};

// How a run shows it is alive.
struct JobTiming {
  // A running claim whose heartbeat is older than this (by the database's
  // clock) belongs to a server that stopped.
  std::chrono::seconds stale_after = std::chrono::minutes(3);
  // How often a run refreshes its heartbeat (real time).
  std::chrono::milliseconds beat_every = std::chrono::seconds(30);
};

// Claims the current due time of `job` for this server and, when the claim
// is ours (or a stopped server's stale claim of it was taken over), runs
// `work`, refreshing the claim's heartbeat while it runs, and records how it
// ended. Error "database" when the claim itself fails (then `work` did not
// run). Counts the outcome in job_counters().
Result<JobOutcome> run_if_due(store::Database& db, const std::string& job, std::chrono::seconds interval,
                              const std::function<Status()>& work, const JobTiming& timing = {});

// What this process's scheduled jobs did since it started.
struct JobCounters {
  std::uint64_t runs = 0;               // claimed and ran (failures included)
  std::uint64_t failures = 0;           // ran and reported an error (or the claim failed)
  std::uint64_t claimed_elsewhere = 0;  // another server (or an earlier run) had the due time
  std::uint64_t still_running = 0;      // deferred: an earlier run of the job was still alive
};
// By job name. Thread-safe (a copy).
std::map<std::string, JobCounters> job_counters();

// A thread that calls run_if_due for `job` at start and at every due time
// after, until stop() or the destructor; a due time found still_running is
// tried again every 30 s (at most every interval). `db` must outlive it.
class ScheduledJob {
 public:
  ScheduledJob(store::Database& db, std::string job, std::chrono::seconds interval, std::function<Status()> work);
  ~ScheduledJob();
  ScheduledJob(const ScheduledJob&) = delete;
  ScheduledJob& operator=(const ScheduledJob&) = delete;
  // Wakes the thread and waits for it to end (a run in progress finishes
  // first). Idempotent.
  void stop();

 private:
  void loop();
  store::Database& db_;
  std::string job_;
  std::chrono::seconds interval_;
  std::function<Status()> work_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace jamt::service
