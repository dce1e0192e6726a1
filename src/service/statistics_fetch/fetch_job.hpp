#pragma once
// The schedule of statistics sources in `jamt serve`: a thread of its own
// that fetches the sources due (fetch_due_sources) at start and then every
// `interval`, logging what each fetch came to. A fetch can take minutes
// (SCB's pacing and back-off), which is why it does not share the hourly
// reminder thread.
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

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
  void loop();
  store::Database& db_;
  std::chrono::seconds interval_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace jamt::service
