#pragma once
// The summary of a county's activities in a year: counts per goal node of
// the strategy, per national sub-goal, per type and status, joint
// activities and participants by sex — computed from the register.
#include <optional>
#include <string>

#include "domain/activity_counts.hpp"
#include "domain/strategy.hpp"
#include "service/activities/activity_register.hpp"

namespace jamt::service {

struct ActivitySummary {
  std::string county_code;
  int year = 0;
  std::optional<Strategy> strategy;  // the county's strategy covering the year, if any
  ActivityCounts counts;
};

// Counts the activities the user may read that match `filter`, which must
// name a county and a year (Error "validation" with field "county" or
// "year" otherwise; other errors as list_activities).
Result<ActivitySummary> summarise_activities(store::Database& db, const ActivityFilter& filter,
                                             const std::optional<User>& user);

}  // namespace jamt::service
