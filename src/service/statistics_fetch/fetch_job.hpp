#pragma once
// The schedule of statistics sources in `jamt serve`: a thread of its own
// that fetches the sources due (fetch_due_sources) at start and at every
// due time after (the start of each `interval`), logging what each fetch
// came to. Each due time runs on one server only, the one that claims it in
// job_runs as job "statistics_fetch" (service/background/scheduled_job.hpp).
// A fetch can take minutes (SCB's pacing and back-off), which is why it does
// not share the hourly reminder thread.
#include <chrono>
#include <memory>

#include "service/background/scheduled_job.hpp"
#include "store/database.hpp"

namespace jamt::service {

class StatisticsFetchJob {
 public:
  // Starts the thread. `db` must outlive the job.
  explicit StatisticsFetchJob(store::Database& db, std::chrono::seconds interval = std::chrono::hours(1));
  ~StatisticsFetchJob();
  StatisticsFetchJob(const StatisticsFetchJob&) = delete;
  StatisticsFetchJob& operator=(const StatisticsFetchJob&) = delete;
  // Wakes the thread and waits for it to end (a fetch in progress finishes
  // first). Idempotent.
  void stop();

 private:
  std::unique_ptr<ScheduledJob> job_;
};

}  // namespace jamt::service
