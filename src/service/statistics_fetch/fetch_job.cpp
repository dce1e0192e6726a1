#include "service/statistics_fetch/fetch_job.hpp"

#include <spdlog/spdlog.h>

#include "service/statistics_fetch/statistics_fetch.hpp"

namespace jamt::service {

StatisticsFetchJob::StatisticsFetchJob(store::Database& db, std::chrono::seconds interval)
    : job_(std::make_unique<ScheduledJob>(db, "statistics_fetch", interval, [db = &db]() -> Status {
        auto run = fetch_due_sources(*db, Actor{"system"});
        if (!run) {
          spdlog::warn("statistics sources: {}", run.error().to_string());
          return run.error();
        }
        for (const auto& o : *run) {
          if (o.ok) spdlog::info("statistics source {} fetched: {}", o.source_id, o.result);
          else spdlog::warn("statistics source {} not fetched: {}", o.source_id, o.result);
        }
        return {};
      })) {}

StatisticsFetchJob::~StatisticsFetchJob() { stop(); }

void StatisticsFetchJob::stop() { job_->stop(); }

}  // namespace jamt::service
