#include "store/operations/job_run_repository.hpp"

#include <soci/soci.h>

#include "store/transaction_lock.hpp"

namespace jamt::store {

JobClaim claim_job_run(soci::session& s, Engine engine, const JobClaimRequest& r) {
  lock_for_transaction(s, engine, LockSpace::job_claims, r.job);
  // A stale claim of an earlier due time: that run has stopped, and the
  // current due time does its work.
  s << "UPDATE job_runs SET outcome = 'abandoned', finished_at = :now, "
       "message = 'no heartbeat from ' || server || ' since ' || heartbeat_at "
       "WHERE job = :job AND outcome = 'running' AND heartbeat_at < :stale AND due_at <> :due",
      soci::use(r.now), soci::use(r.job), soci::use(r.stale_before), soci::use(r.due_at);
  JobClaim claim;
  // A stale claim of this due time: run it again here.
  {
    soci::indicator ind = soci::i_ok;
    std::string previous;
    s << "SELECT server FROM job_runs WHERE job = :job AND due_at = :due AND outcome = 'running' "
         "AND heartbeat_at < :stale",
        soci::into(previous, ind), soci::use(r.job), soci::use(r.due_at), soci::use(r.stale_before);
    if (s.got_data() && ind == soci::i_ok) {
      s << "UPDATE job_runs SET server = :server, started_at = :now, heartbeat_at = :now2 "
           "WHERE job = :job AND due_at = :due",
          soci::use(r.server), soci::use(r.now), soci::use(r.now), soci::use(r.job), soci::use(r.due_at);
      claim.ours = true;
      claim.took_over_from = previous;
      return claim;
    }
  }
  int alive = 0;
  s << "SELECT COUNT(*) FROM job_runs WHERE job = :job AND outcome = 'running' AND due_at <> :due",
      soci::into(alive), soci::use(r.job), soci::use(r.due_at);
  if (alive > 0) {
    claim.busy = true;
    return claim;
  }
  soci::statement st =
      (s.prepare << "INSERT INTO job_runs (job, due_at, server, started_at, outcome, message, heartbeat_at) "
                    "VALUES (:job, :due, :server, :started, 'running', '', :beat) "
                    "ON CONFLICT (job, due_at) DO NOTHING",
       soci::use(r.job), soci::use(r.due_at), soci::use(r.server), soci::use(r.now), soci::use(r.now));
  st.execute(true);
  claim.ours = st.get_affected_rows() == 1;
  return claim;
}

void beat_job_run(soci::session& s, const std::string& job, const std::string& due_at, const std::string& server,
                  const std::string& now) {
  s << "UPDATE job_runs SET heartbeat_at = :now WHERE job = :job AND due_at = :due AND server = :server "
       "AND outcome = 'running'",
      soci::use(now), soci::use(job), soci::use(due_at), soci::use(server);
}

void finish_job_run(soci::session& s, const std::string& job, const std::string& due_at, const std::string& server,
                    const std::string& finished_at, const std::string& outcome, const std::string& message) {
  s << "UPDATE job_runs SET finished_at = :f, outcome = :o, message = :m "
       "WHERE job = :job AND due_at = :due AND server = :server",
      soci::use(finished_at), soci::use(outcome), soci::use(message), soci::use(job), soci::use(due_at),
      soci::use(server);
}

std::vector<JobRunRow> list_job_runs(soci::session& s, const std::string& job) {
  std::vector<JobRunRow> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT job, due_at, server, started_at, COALESCE(finished_at, ''), outcome, message, "
                    "heartbeat_at FROM job_runs WHERE :job = '' OR job = :job2 ORDER BY due_at, job",
       soci::use(job), soci::use(job));
  for (const auto& r : rows)
    out.push_back(JobRunRow{.job = r.get<std::string>(0),
                            .due_at = r.get<std::string>(1),
                            .server = r.get<std::string>(2),
                            .started_at = r.get<std::string>(3),
                            .finished_at = r.get<std::string>(4),
                            .outcome = r.get<std::string>(5),
                            .message = r.get<std::string>(6),
                            .heartbeat_at = r.get<std::string>(7)});
  return out;
}

}  // namespace jamt::store
