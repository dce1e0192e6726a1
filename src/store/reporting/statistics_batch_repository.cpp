#include "store/reporting/statistics_batch_repository.hpp"

#include <soci/soci.h>

namespace jamt::store {

using ll = long long;

std::string organisation_municipality(soci::session& s, std::int64_t organisation_id) {
  ll id = organisation_id;
  std::string code;
  soci::indicator ind = soci::i_null;
  s << "SELECT municipality_code FROM organisations WHERE id = :id", soci::use(id), soci::into(code, ind);
  if (!s.got_data() || ind != soci::i_ok) return "";
  return code;
}

void link_statistics_batch(soci::session& s, std::int64_t submission_id, std::int64_t batch_id) {
  ll sub = submission_id, batch = batch_id;
  s << "INSERT INTO reporting_statistics_batches (submission_id, batch_id) VALUES (:s, :b)", soci::use(sub),
      soci::use(batch);
}

std::vector<std::int64_t> visible_statistics_batches(soci::session& s, std::int64_t submission_id) {
  ll sub = submission_id, batch = 0;
  std::vector<std::int64_t> out;
  soci::statement st = (s.prepare << "SELECT b.id FROM reporting_statistics_batches r JOIN import_batches b ON "
                                     "b.id = r.batch_id WHERE r.submission_id = :s AND b.status = 'complete' AND "
                                     "b.rolled_back_at IS NULL ORDER BY b.id",
                        soci::use(sub), soci::into(batch));
  st.execute();
  while (st.fetch()) out.push_back(batch);
  return out;
}

bool is_reporting_batch(soci::session& s, std::int64_t batch_id) {
  ll batch = batch_id, n = 0;
  s << "SELECT COUNT(*) FROM reporting_statistics_batches WHERE batch_id = :b", soci::use(batch), soci::into(n);
  return n > 0;
}

void insert_observation(soci::session& s, std::int64_t batch_id, std::int64_t measure_id,
                        const stats::Observation& o) {
  ll batch = batch_id, measure = measure_id;
  std::string sex(stats::to_string(o.sex));
  double value = o.value.value_or(0);
  soci::indicator value_ind = o.value ? soci::i_ok : soci::i_null;
  s << "INSERT INTO observations (measure_id, region_code, period, sex, dims, value, status, batch_id) "
       "VALUES (:m, :r, :p, :s, :d, :v, :st, :b)",
      soci::use(measure), soci::use(o.region_code), soci::use(o.period), soci::use(sex), soci::use(o.dims),
      soci::use(value, value_ind), soci::use(o.status), soci::use(batch);
}

}  // namespace jamt::store
