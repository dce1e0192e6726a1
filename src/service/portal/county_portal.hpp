#pragma once
// The county portal /lan/{code} (issue 15, item 1; seed 002's "regionala
// jämställdhetssajten"): everything the public page of one county shows,
// gathered from the other services. Public: nothing here needs a login and
// nothing is shown that the public may not read.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/regions.hpp"
#include "domain/result.hpp"
#include "domain/strategy.hpp"
#include "service/joining/joining_reports.hpp"
#include "service/portal_settings/county_contact.hpp"
#include "store/news/news_repository.hpp"
#include "service/portal/portal_statistics.hpp"
#include "store/database.hpp"
#include "store/portal/portal_repository.hpp"

namespace jamt::service {

// A published follow-up report as the portal links to it.
using PortalReport = store::PortalReport;

// What the visitor asked for.
struct PortalQuery {
  std::string search{};  // narrows the joined organisations by name (case-insensitive); "" = all
};

// A published activity of the county, as the portal lists it.
struct PortalActivity {
  std::int64_t id = 0;
  std::string title{};
  std::string start_date{};  // "YYYY-MM-DD"
  std::string end_date{};    // "" when none
};

// The most activities the portal lists; the rest are behind a link.
inline constexpr std::size_t kPortalActivities = 10;
// How many of the board's latest news the portal shows.
inline constexpr int kPortalNews = 3;

struct CountyPortal {
  Region county{};
  CountyContact contact{};  // the board's saved contact and intro, or the defaults
  std::vector<store::NewsItem> news{};  // the latest published news, newest first (at most kPortalNews)
  std::optional<Strategy> strategy{};  // the adopted strategy in force (public version); nullopt: none adopted
  std::vector<JoinedOrganisation> organisations{};  // joined, narrowed by the search, by name
  std::size_t joined_total = 0;                     // joined, before the search
  PortalStatistics statistics{};                    // empty without a strategy
  std::vector<PortalActivity> activities{};         // published, latest start first, at most kPortalActivities
  bool more_activities = false;                     // more published activities than listed
  std::optional<PortalReport> report{};           // the latest published follow-up report
};

// The portal of county `county_code` ("08"). The strategy is the adopted one
// whose period covers the current year (the database's clock), else the
// adopted one that started last. Error "not_found" for a code that is not a
// county (the nation "00" included), "database" on a store failure.
Result<CountyPortal> county_portal(store::Database& db, const std::string& county_code, const PortalQuery& query);

// The adopted strategy of `county_code` as above, in its public version, or
// nullopt. Error "database" on a store failure.
Result<std::optional<Strategy>> adopted_strategy(store::Database& db, const std::string& county_code);

}  // namespace jamt::service
