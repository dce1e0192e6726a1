// Scheduled work claimed once per due time in job_runs
// (service/background/scheduled_job.hpp), on both engines: concurrent
// claims of one due time run the job once; the next due time runs again,
// and a failure is recorded with its reason.
#include <gtest/gtest.h>

#include <atomic>
#include <soci/soci.h>
#include <thread>
#include <vector>

#include "domain/clock.hpp"
#include "domain/utc_time.hpp"
#include "service/background/scheduled_job.hpp"
#include "store/operations/job_run_repository.hpp"
#include "test_database.hpp"

namespace jamt::testing {
namespace {

class ScheduledJobs : public ::testing::Test {
 protected:
  void SetUp() override {
    db = fresh_database();
    ASSERT_NE(db, nullptr);
    db->use_clock(clock);
  }
  FixedClock clock{*parse_utc_text("2026-03-31T10:20:00Z")};
  std::unique_ptr<store::Database> db;
};

TEST_F(ScheduledJobs, RunOncePerDueTimeAmongConcurrentClaims) {
  std::atomic<int> runs{0};
  std::vector<std::thread> servers;
  std::atomic<int> claimed_elsewhere{0};
  for (int i = 0; i < 6; ++i)
    servers.emplace_back([&] {
      auto outcome = service::run_if_due(*db, "concurrent_job", std::chrono::hours(1), [&]() -> Status {
        ++runs;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        return {};
      });
      ASSERT_TRUE(outcome.ok()) << outcome.error().to_string();
      if (*outcome == service::JobOutcome::claimed_elsewhere) ++claimed_elsewhere;
    });
  for (auto& t : servers) t.join();
  EXPECT_EQ(runs.load(), 1);
  EXPECT_EQ(claimed_elsewhere.load(), 5);

  // The next due time (an hour on) runs again, once; a failure is recorded.
  clock.advance(std::chrono::hours(1));
  auto failed = service::run_if_due(*db, "concurrent_job", std::chrono::hours(1),
                                    [] { return Status(Error{ErrorKind::io, "SMTP server gone", {}, {}}); });
  ASSERT_TRUE(failed.ok());
  EXPECT_EQ(*failed, service::JobOutcome::failed);
  std::vector<store::JobRunRow> rows;
  ASSERT_TRUE(db->read([&](soci::session& s) -> Status {
                  rows = store::list_job_runs(s, "concurrent_job");
                  return {};
                }).ok());
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].due_at, "2026-03-31T10:00:00Z");
  EXPECT_EQ(rows[0].outcome, "ok");
  EXPECT_EQ(rows[0].server, service::this_server());
  EXPECT_EQ(rows[1].due_at, "2026-03-31T11:00:00Z");
  EXPECT_EQ(rows[1].outcome, "failed");
  EXPECT_EQ(rows[1].message, "SMTP server gone");
}

}  // namespace
}  // namespace jamt::testing
