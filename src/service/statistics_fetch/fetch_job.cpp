#include "service/statistics_fetch/fetch_job.hpp"

#include <spdlog/spdlog.h>

#include "service/statistics_fetch/statistics_fetch.hpp"

namespace jamt::service {

StatisticsFetchJob::StatisticsFetchJob(store::Database& db, std::chrono::seconds interval)
    : db_(db), interval_(interval), thread_([this] { loop(); }) {}

StatisticsFetchJob::~StatisticsFetchJob() { stop(); }

void StatisticsFetchJob::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void StatisticsFetchJob::loop() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    auto run = fetch_due_sources(db_, Actor{"system"});
    if (!run) {
      spdlog::warn("statistics sources: {}", run.error().to_string());
    } else {
      for (const auto& o : *run) {
        if (o.ok) spdlog::info("statistics source {} fetched: {}", o.source_id, o.result);
        else spdlog::warn("statistics source {} not fetched: {}", o.source_id, o.result);
      }
    }
    lock.lock();
    wake_.wait_for(lock, interval_, [this] { return stopping_; });
  }
}

}  // namespace jamt::service
