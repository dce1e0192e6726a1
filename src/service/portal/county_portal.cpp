#include "service/portal/county_portal.hpp"

#include <algorithm>

#include "domain/i18n/translate.hpp"
#include "domain/registers/field_spec.hpp"
#include "service/activities/activity_register.hpp"
#include "service/news/news_service.hpp"
#include "service/strategy/strategy_service.hpp"

namespace jamt::service {

namespace {

Status add_activities(store::Database& db, const std::string& county_code, CountyPortal& portal) {
  ActivityFilter filter{.county_code = county_code, .year = {}, .type = {}, .status = {}, .organiser_id = {},
                        .national_goal = {}, .goal_node = {}, .search = {}};
  auto list = list_activities(db, filter, std::nullopt);  // the public's: published and genomförda
  if (!list) return list.error();
  for (const auto& a : *list) {
    if (portal.activities.size() == kPortalActivities) {
      portal.more_activities = true;
      break;
    }
    const auto& r = a.record;
    portal.activities.push_back(PortalActivity{.id = std::stoll(registers::value_of(r, "id")),
                                               .title = registers::value_of(r, "title"),
                                               .start_date = registers::value_of(r, "start_date"),
                                               .end_date = registers::value_of(r, "end_date")});
  }
  return {};
}

}  // namespace

Result<std::optional<Strategy>> adopted_strategy(store::Database& db, const std::string& county_code) {
  auto list = list_strategies(db, std::nullopt);
  if (!list) return list.error();
  const int year = db.clock().current_year();
  const store::StrategySummary* chosen = nullptr;
  for (const auto& s : *list) {
    if (s.county_code != county_code || s.status != StrategyStatus::adopted) continue;
    auto covers = [&](const store::StrategySummary* x) { return x->start_year <= year && year <= x->end_year; };
    if (!chosen || (covers(&s) && !covers(chosen)) ||
        (covers(&s) == covers(chosen) && s.start_year > chosen->start_year))
      chosen = &s;
  }
  if (!chosen) return std::optional<Strategy>{};
  auto strategy = get_strategy(db, chosen->id, std::nullopt);
  if (!strategy) return strategy.error();
  return std::optional<Strategy>{std::move(*strategy)};
}

Result<CountyPortal> county_portal(store::Database& db, const std::string& county_code, const PortalQuery& query) {
  const Region* county = RegionCatalogue::instance().find_county(county_code);
  if (!county) return not_found_error(i18n::trf("Det finns inget län med koden {1}.", {county_code}));
  CountyPortal portal;
  portal.county = *county;
  auto contact = county_contact(db, county->code);
  if (!contact) return contact.error();
  portal.contact = std::move(*contact);
  auto news = latest_news(db, county->code, kPortalNews);
  if (!news) return news.error();
  portal.news = std::move(*news);

  auto strategy = adopted_strategy(db, county->code);
  if (!strategy) return strategy.error();
  portal.strategy = std::move(*strategy);
  if (portal.strategy) {
    auto statistics = portal_statistics(db, *portal.strategy);
    if (!statistics) return statistics.error();
    portal.statistics = std::move(*statistics);
  }

  auto joined = joined_organisations(db, county->code);
  if (!joined) return joined.error();
  portal.joined_total = joined->size();
  const std::string needle = registers::fold_case(query.search);
  for (auto& o : *joined)
    if (needle.empty() || registers::fold_case(o.name).find(needle) != std::string::npos)
      portal.organisations.push_back(std::move(o));

  if (Status st = add_activities(db, county->code, portal); !st) return st.error();

  Status st = db.read([&](soci::session& s) -> Status {
    portal.report = store::latest_public_report(s, county->code);
    return {};
  });
  if (!st) return st.error();
  return portal;
}

}  // namespace jamt::service
