#include "service/portal_settings/public_reports.hpp"

#include <set>

#include "service/strategy/strategy_service.hpp"
#include "store/portal_settings/sitemap_queries.hpp"

namespace jamt::service {

Result<std::vector<std::int64_t>> public_report_ids(store::Database& db) {
  auto strategies = list_strategies(db, std::nullopt);
  if (!strategies) return strategies.error();
  std::set<std::int64_t> readable;
  for (const auto& s : *strategies) readable.insert(s.id);
  std::vector<std::pair<std::int64_t, std::int64_t>> all;
  Status st = db.read([&](soci::session& s) -> Status {
    all = store::published_report_ids(s);
    return {};
  });
  if (!st) return st.error();
  std::vector<std::int64_t> out;
  for (const auto& [report, strategy] : all)
    if (readable.count(strategy)) out.push_back(report);
  return out;
}

}  // namespace jamt::service
