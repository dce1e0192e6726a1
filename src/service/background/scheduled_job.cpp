#include "service/background/scheduled_job.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <array>

#include "domain/utc_time.hpp"
#include "store/operations/job_run_repository.hpp"

namespace jamt::service {

namespace {

std::mutex counters_mutex;
std::map<std::string, JobCounters>& counters() {
  static std::map<std::string, JobCounters> c;
  return c;
}

void count(const std::string& job, JobOutcome outcome) {
  std::lock_guard lock(counters_mutex);
  JobCounters& c = counters()[job];
  if (outcome == JobOutcome::claimed_elsewhere) ++c.claimed_elsewhere;
  else if (outcome == JobOutcome::still_running) ++c.still_running;
  else ++c.runs;
  if (outcome == JobOutcome::failed) ++c.failures;
}

// Refreshes the heartbeat of this server's claim of (job, due) every
// `every` from construction to destruction, on its own thread.
class Heartbeat {
 public:
  Heartbeat(store::Database& db, const std::string& job, const std::string& due, std::chrono::milliseconds every)
      : thread_([&db, job, due, every, this] {
          std::unique_lock lock(mutex_);
          while (!wake_.wait_for(lock, every, [this] { return done_; })) {
            lock.unlock();
            Status beat = db.transaction([&](soci::session& s) -> Status {
              store::beat_job_run(s, job, due, this_server(), db.clock().now_text());
              return {};
            });
            if (!beat) spdlog::warn("job {} due {}: refreshing its heartbeat: {}", job, due, beat.error().to_string());
            lock.lock();
          }
        }) {}
  ~Heartbeat() {
    {
      std::lock_guard lock(mutex_);
      done_ = true;
    }
    wake_.notify_all();
    thread_.join();
  }
  Heartbeat(const Heartbeat&) = delete;
  Heartbeat& operator=(const Heartbeat&) = delete;

 private:
  std::mutex mutex_;
  std::condition_variable wake_;
  bool done_ = false;
  std::thread thread_;  // last: started once the members above exist
};

}  // namespace

const std::string& this_server() {
  static const std::string name = [] {
    std::array<char, 256> host{};
    if (gethostname(host.data(), host.size() - 1) != 0) host[0] = '\0';
    return std::string(host.data()) + ":" + std::to_string(getpid());
  }();
  return name;
}

std::chrono::sys_seconds due_time(std::chrono::sys_seconds now, std::chrono::seconds interval) {
  const auto n = now.time_since_epoch().count();
  const auto i = interval.count() > 0 ? interval.count() : 1;
  const auto start = n >= 0 ? n - n % i : n - ((n % i) + i) % i;
  return std::chrono::sys_seconds(std::chrono::seconds(start));
}

Result<JobOutcome> run_if_due(store::Database& db, const std::string& job, std::chrono::seconds interval,
                              const std::function<Status()>& work, const JobTiming& timing) {
  const auto now = db.clock().now();
  const std::string due = utc_text(due_time(now, interval));
  store::JobClaim claim;
  Status claimed = db.transaction([&](soci::session& s) -> Status {
    claim = store::claim_job_run(s, db.engine(),
                                 store::JobClaimRequest{.job = job,
                                                        .due_at = due,
                                                        .server = this_server(),
                                                        .now = utc_text(now),
                                                        .stale_before = utc_text(now - timing.stale_after)});
    return {};
  });
  if (!claimed) {
    std::lock_guard lock(counters_mutex);
    ++counters()[job].failures;
    return claimed.error();
  }
  if (claim.busy) {
    count(job, JobOutcome::still_running);
    return JobOutcome::still_running;
  }
  if (!claim.ours) {
    count(job, JobOutcome::claimed_elsewhere);
    return JobOutcome::claimed_elsewhere;
  }
  if (!claim.took_over_from.empty())
    spdlog::warn("job {} due {}: {} stopped while running it; running it again here", job, due,
                 claim.took_over_from);
  Status done = Error{ErrorKind::internal, "the job threw", {}, {}};
  try {
    Heartbeat heartbeat(db, job, due, timing.beat_every);
    done = work();
  } catch (const std::exception& e) {
    done = Error{ErrorKind::internal, e.what(), {}, {}};
  } catch (...) {
    done = Error{ErrorKind::internal, "the job threw something that is not an exception", {}, {}};
  }
  const JobOutcome outcome = done ? JobOutcome::ran : JobOutcome::failed;
  std::string message = done ? std::string() : done.error().to_string();
  if (!claim.took_over_from.empty())
    message = "ran again after " + claim.took_over_from + " stopped" + (message.empty() ? "" : ": " + message);
  Status recorded = db.transaction([&](soci::session& s) -> Status {
    store::finish_job_run(s, job, due, this_server(), db.clock().now_text(), done ? "ok" : "failed", message);
    return {};
  });
  if (!recorded) spdlog::warn("job {} due {}: recording its end: {}", job, due, recorded.error().to_string());
  count(job, outcome);
  return outcome;
}

std::map<std::string, JobCounters> job_counters() {
  std::lock_guard lock(counters_mutex);
  return counters();
}

ScheduledJob::ScheduledJob(store::Database& db, std::string job, std::chrono::seconds interval,
                           std::function<Status()> work)
    : db_(db), job_(std::move(job)), interval_(interval), work_(std::move(work)), thread_([this] { loop(); }) {}

ScheduledJob::~ScheduledJob() { stop(); }

void ScheduledJob::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void ScheduledJob::loop() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    auto outcome = run_if_due(db_, job_, interval_, work_);
    if (!outcome) spdlog::warn("job {}: cannot claim its due time: {}", job_, outcome.error().to_string());
    else if (*outcome == JobOutcome::failed) spdlog::warn("job {} failed (see job_runs)", job_);
    // Until the next due time by the database's clock (at least a second,
    // at most one interval: a clock standing still waits one interval); a
    // due time deferred behind a run still alive is tried again sooner.
    const auto now = db_.clock().now();
    auto wait = due_time(now, interval_) + interval_ - now;
    if (outcome && *outcome == JobOutcome::still_running) wait = std::chrono::seconds(30);
    if (wait < std::chrono::seconds(1)) wait = std::chrono::seconds(1);
    if (wait > interval_) wait = interval_;
    lock.lock();
    wake_.wait_for(lock, wait, [this] { return stopping_; });
  }
}

}  // namespace jamt::service
