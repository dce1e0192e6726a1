#include "service/activities/activity_summary.hpp"

#include "domain/i18n/translate.hpp"

#include "store/activity_repository.hpp"
#include "store/strategy_repository.hpp"
#include "service/strategy/strategy_versions.hpp"

namespace jamt::service {

Result<ActivitySummary> summarise_activities(store::Database& db, const ActivityFilter& filter,
                                             const std::optional<User>& user) {
  if (filter.county_code.empty()) return validation_error(i18n::tr("välj ett län"), {}, "county");
  if (!filter.year) return validation_error(i18n::tr("välj ett år"), {}, "year");
  auto activities = list_activities(db, filter, user);
  if (!activities) return activities.error();
  ActivitySummary out;
  out.county_code = filter.county_code;
  out.year = *filter.year;
  Status st = db.read([&](soci::session& s) -> Status {
    if (auto id = store::strategy_covering(s, filter.county_code, *filter.year)) out.strategy = store::load_strategy(s, *id);
    if (out.strategy) out.strategy = published_view(s, *out.strategy);  // issue 12, part A: the adopted version
    return {};
  });
  if (!st) return st.error();
  out.counts = count_activities(*activities, out.strategy ? &*out.strategy : nullptr);
  return out;
}

}  // namespace jamt::service
