#include "store/portal/portal_repository.hpp"

#include "store/row_values.hpp"

namespace jamt::store {

std::optional<PortalReport> latest_public_report(soci::session& s, const std::string& county_code) {
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT r.id, r.strategy_id, r.year, r.version, r.title, r.published_at "
                    "FROM published_reports r JOIN strategies st ON st.id = r.strategy_id "
                    "WHERE st.county_code = :c AND st.status IN ('adopted', 'archived') "
                    "ORDER BY r.year DESC, r.version DESC, r.id DESC LIMIT 1",
       soci::use(county_code));
  for (const auto& r : rows)
    return PortalReport{.id = integer(r, 0),
                        .strategy_id = integer(r, 1),
                        .year = static_cast<int>(integer(r, 2)),
                        .version = static_cast<int>(integer(r, 3)),
                        .title = r.get<std::string>(4),
                        .published_at = r.get<std::string>(5)};
  return std::nullopt;
}

}  // namespace jamt::store
