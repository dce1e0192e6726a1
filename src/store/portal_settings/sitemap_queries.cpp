#include "store/portal_settings/sitemap_queries.hpp"

#include <soci/soci.h>

namespace jamt::store {

std::vector<std::pair<std::int64_t, std::int64_t>> published_report_ids(soci::session& s) {
  std::vector<std::pair<std::int64_t, std::int64_t>> out;
  long long id = 0, strategy = 0;
  soci::statement st = (s.prepare << "SELECT id, strategy_id FROM published_reports ORDER BY id", soci::into(id),
                        soci::into(strategy));
  st.execute();
  while (st.fetch()) out.emplace_back(id, strategy);
  return out;
}

}  // namespace jamt::store
