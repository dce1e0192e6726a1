#include "store/statistics_version/measure_data_version.hpp"

#include <soci/soci.h>

#include <vector>

namespace jamt::store {

using ll = long long;

std::int64_t measure_data_version(soci::session& s, std::int64_t measure_id) {
  ll id = measure_id, version = 0;
  s << "SELECT version FROM measure_data_versions WHERE measure_id = :m", soci::use(id), soci::into(version);
  return s.got_data() ? version : 0;
}

void bump_measure_data_version(soci::session& s, std::int64_t measure_id) {
  ll id = measure_id;
  s << "INSERT INTO measure_data_versions (measure_id, version) VALUES (:m, 1) "
       "ON CONFLICT (measure_id) DO UPDATE SET version = measure_data_versions.version + 1",
      soci::use(id);
}

void bump_batch_data_versions(soci::session& s, std::int64_t batch_id) {
  ll id = batch_id, m = 0;
  std::vector<ll> measures;
  soci::statement q = (s.prepare << "SELECT measure_id FROM batch_measures WHERE batch_id = :b", soci::use(id),
                       soci::into(m));
  q.execute();
  while (q.fetch()) measures.push_back(m);
  for (ll measure : measures) bump_measure_data_version(s, measure);
}

}  // namespace jamt::store
