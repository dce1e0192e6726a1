// Scheduled work claimed once per due time in job_runs
// (service/background/scheduled_job.hpp), on both engines: concurrent
// claims of one due time run the job once; the next due time runs again,
// and a failure is recorded with its reason; a run that outlasts its
// interval is not overlapped; a claim left by a stopped server is taken over.
#include <gtest/gtest.h>

#include <atomic>
#include <future>
#include <optional>
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

// A run of `job` on a thread of its own, started at construction, that
// holds its claim (its work waits) until finish().
class HeldRun {
 public:
  HeldRun(store::Database& db, const std::string& job, std::chrono::seconds interval,
          service::JobTiming timing = {})
      : thread_([this, &db, job, interval, timing] {
          outcome_ = service::run_if_due(
              db, job, interval,
              [this]() -> Status {
                started_.set_value();
                released_.wait();
                return {};
              },
              timing);
        }) {
    started_.get_future().wait();
  }
  ~HeldRun() {
    if (thread_.joinable()) (void)finish();
  }
  HeldRun(const HeldRun&) = delete;
  HeldRun& operator=(const HeldRun&) = delete;
  // Lets the work end, waits for the run, and returns what run_if_due did.
  Result<service::JobOutcome> finish() {
    release_.set_value();
    thread_.join();
    return *outcome_;
  }

 private:
  std::promise<void> started_, release_;
  std::shared_future<void> released_ = release_.get_future().share();
  std::optional<Result<service::JobOutcome>> outcome_;
  std::thread thread_;  // last: started once the members above exist
};

class ScheduledJobs : public ::testing::Test {
 protected:
  void SetUp() override {
    db = fresh_database();
    ASSERT_NE(db, nullptr);
    db->use_clock(clock);
  }
  std::vector<store::JobRunRow> runs(const std::string& job) {
    std::vector<store::JobRunRow> rows;
    EXPECT_TRUE(db->read([&](soci::session& s) -> Status {
                    rows = store::list_job_runs(s, job);
                    return {};
                  }).ok());
    return rows;
  }
  // Whether the heartbeat of `job`'s only run reaches `at` within 2 s.
  bool heartbeat_reaches(const std::string& job, const std::string& at) {
    for (int i = 0; i < 200; ++i) {
      auto rows = runs(job);
      if (rows.size() == 1 && rows[0].heartbeat_at == at) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
  }
  // A claim as a server that then died would have left it.
  void leave_running_claim(const std::string& job, const std::string& due, const std::string& heartbeat) {
    ASSERT_TRUE(db->transaction([&](soci::session& s) -> Status {
                    s << "INSERT INTO job_runs (job, due_at, server, started_at, outcome, message, heartbeat_at) "
                         "VALUES (:j, :d, 'gone-host:4242', :st, 'running', '', :hb)",
                        soci::use(job), soci::use(due), soci::use(heartbeat), soci::use(heartbeat);
                    return {};
                  }).ok());
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

TEST_F(ScheduledJobs, ARunThatOutlastsItsIntervalIsNotOverlappedByTheNextDueTime) {
  // The 10:20 run of a ten-minute job is still sending mail at 10:31; its
  // heartbeat (every 20 ms here) keeps its claim alive while the clock moves on.
  HeldRun first(*db, "slow_job", std::chrono::minutes(10), {.beat_every = std::chrono::milliseconds(20)});
  clock.advance(std::chrono::minutes(11));  // 10:31: the 10:30 due time has come
  EXPECT_TRUE(heartbeat_reaches("slow_job", "2026-03-31T10:31:00Z"));
  int later_runs = 0;
  auto later = [&]() -> Status {
    ++later_runs;
    return {};
  };
  auto second = service::run_if_due(*db, "slow_job", std::chrono::minutes(10), later);
  ASSERT_TRUE(second.ok()) << second.error().to_string();
  EXPECT_EQ(*second, service::JobOutcome::still_running);
  EXPECT_EQ(later_runs, 0);
  EXPECT_EQ(runs("slow_job").size(), 1u) << "the 10:30 due time must not be claimed while 10:20 runs";

  auto ended = first.finish();
  ASSERT_TRUE(ended.ok());
  EXPECT_EQ(*ended, service::JobOutcome::ran);
  // Once the earlier run has ended, the deferred due time runs.
  auto third = service::run_if_due(*db, "slow_job", std::chrono::minutes(10), later);
  ASSERT_TRUE(third.ok());
  EXPECT_EQ(*third, service::JobOutcome::ran);
  EXPECT_EQ(later_runs, 1);
  auto rows = runs("slow_job");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].due_at, "2026-03-31T10:20:00Z");
  EXPECT_EQ(rows[0].outcome, "ok");
  EXPECT_EQ(rows[1].due_at, "2026-03-31T10:30:00Z");
  EXPECT_EQ(rows[1].outcome, "ok");
  EXPECT_EQ(service::job_counters()["slow_job"].still_running, 1u);
}

TEST_F(ScheduledJobs, ALongRunKeepsItsClaimAliveWithItsHeartbeat) {
  // Heartbeats every 20 ms; the clock moves 50 minutes while the job runs,
  // far past the 3 minutes after which a silent claim is stale.
  const service::JobTiming timing{.stale_after = std::chrono::minutes(3),
                                  .beat_every = std::chrono::milliseconds(20)};
  HeldRun first(*db, "long_job", std::chrono::hours(1), timing);
  clock.advance(std::chrono::minutes(50));  // 11:10: the 11:00 due time has come
  EXPECT_TRUE(heartbeat_reaches("long_job", "2026-03-31T11:10:00Z")) << "the running job's heartbeat was not refreshed";
  bool other_ran = false;
  auto second = service::run_if_due(
      *db, "long_job", std::chrono::hours(1),
      [&]() -> Status {
        other_ran = true;
        return {};
      },
      timing);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(*second, service::JobOutcome::still_running);
  EXPECT_FALSE(other_ran);
  auto ended = first.finish();
  ASSERT_TRUE(ended.ok());
  EXPECT_EQ(*ended, service::JobOutcome::ran);
  auto rows = runs("long_job");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].outcome, "ok");
  EXPECT_EQ(rows[0].server, service::this_server());
}

TEST_F(ScheduledJobs, AClaimLeftRunningByAStoppedServerIsTakenOver) {
  // A server claimed 10:00 at 10:00:05 and died; its heartbeat stopped at
  // 10:01. At 10:20 the claim is stale: this server runs the due time again.
  leave_running_claim("taken_job", "2026-03-31T10:00:00Z", "2026-03-31T10:01:00Z");
  int ran = 0;
  auto count_run = [&]() -> Status {
    ++ran;
    return {};
  };
  auto outcome = service::run_if_due(*db, "taken_job", std::chrono::hours(1), count_run);
  ASSERT_TRUE(outcome.ok()) << outcome.error().to_string();
  EXPECT_EQ(*outcome, service::JobOutcome::ran);
  EXPECT_EQ(ran, 1);
  auto rows = runs("taken_job");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].outcome, "ok");
  EXPECT_EQ(rows[0].server, service::this_server());
  EXPECT_EQ(rows[0].message, "ran again after gone-host:4242 stopped");

  // A claim whose heartbeat is fresh (two minutes old) is not taken over.
  leave_running_claim("busy_job", "2026-03-31T10:00:00Z", "2026-03-31T10:18:00Z");
  auto busy = service::run_if_due(*db, "busy_job", std::chrono::hours(1), count_run);
  ASSERT_TRUE(busy.ok());
  EXPECT_EQ(*busy, service::JobOutcome::claimed_elsewhere);
  EXPECT_EQ(ran, 1);

  // A stale claim of an earlier due time is marked abandoned, and the
  // current due time runs.
  leave_running_claim("old_job", "2026-03-31T08:00:00Z", "2026-03-31T08:30:00Z");
  auto current = service::run_if_due(*db, "old_job", std::chrono::hours(1), count_run);
  ASSERT_TRUE(current.ok());
  EXPECT_EQ(*current, service::JobOutcome::ran);
  EXPECT_EQ(ran, 2);
  rows = runs("old_job");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].outcome, "abandoned");
  EXPECT_EQ(rows[0].finished_at, "2026-03-31T10:20:00Z");
  EXPECT_EQ(rows[0].message, "no heartbeat from gone-host:4242 since 2026-03-31T08:30:00Z");
  EXPECT_EQ(rows[1].due_at, "2026-03-31T10:00:00Z");
  EXPECT_EQ(rows[1].outcome, "ok");
}

TEST_F(ScheduledJobs, ARunWhoseClaimWasTakenOverLeavesTheNewClaimsRecordAlone) {
  // This server's run stalls (no heartbeat) long enough for another server
  // to take the due time over; when it finally ends, the row stays the
  // other server's.
  HeldRun first(*db, "stalled_job", std::chrono::hours(1));
  ASSERT_TRUE(db->transaction([&](soci::session& s) -> Status {
                  s << "UPDATE job_runs SET server = 'other-host:7', heartbeat_at = '2026-03-31T10:30:00Z' "
                       "WHERE job = 'stalled_job'";
                  return {};
                }).ok());
  ASSERT_TRUE(first.finish().ok());
  auto rows = runs("stalled_job");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].server, "other-host:7");
  EXPECT_EQ(rows[0].outcome, "running") << "the other server's run is still going";
  EXPECT_EQ(rows[0].finished_at, "");
}

}  // namespace
}  // namespace jamt::testing
