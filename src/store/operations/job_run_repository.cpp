#include "store/operations/job_run_repository.hpp"

#include <soci/soci.h>

namespace jamt::store {

bool claim_job_run(soci::session& s, const std::string& job, const std::string& due_at, const std::string& server,
                   const std::string& started_at) {
  soci::statement st = (s.prepare << "INSERT INTO job_runs (job, due_at, server, started_at, outcome, message) "
                                     "VALUES (:job, :due, :server, :started, 'running', '') "
                                     "ON CONFLICT (job, due_at) DO NOTHING",
                        soci::use(job), soci::use(due_at), soci::use(server), soci::use(started_at));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void finish_job_run(soci::session& s, const std::string& job, const std::string& due_at,
                    const std::string& finished_at, const std::string& outcome, const std::string& message) {
  s << "UPDATE job_runs SET finished_at = :f, outcome = :o, message = :m WHERE job = :job AND due_at = :due",
      soci::use(finished_at), soci::use(outcome), soci::use(message), soci::use(job), soci::use(due_at);
}

std::vector<JobRunRow> list_job_runs(soci::session& s, const std::string& job) {
  std::vector<JobRunRow> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT job, due_at, server, started_at, COALESCE(finished_at, ''), outcome, message "
                    "FROM job_runs WHERE :job = '' OR job = :job2 ORDER BY due_at, job",
       soci::use(job), soci::use(job));
  for (const auto& r : rows)
    out.push_back(JobRunRow{.job = r.get<std::string>(0),
                            .due_at = r.get<std::string>(1),
                            .server = r.get<std::string>(2),
                            .started_at = r.get<std::string>(3),
                            .finished_at = r.get<std::string>(4),
                            .outcome = r.get<std::string>(5),
                            .message = r.get<std::string>(6)});
  return out;
}

}  // namespace jamt::store
