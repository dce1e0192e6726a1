#pragma once
// What the joining register tells others: the public list of joined
// organisations ("Anslutna verksamheter"), the counts for the yearly report
// (seed 002: "Antal anslutna verksamheter", "Antal handlingsplaner") and
// the follow-ups that are overdue. Computed from the register, never typed.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

// One organisation in the public list: no personal data.
struct JoinedOrganisation {
  std::string name;
  std::string type;        // "kommun"
  std::string type_label;  // "Kommun"
  std::string municipality_code;
  std::string municipality;  // name, "" when county-wide
  std::string joined_on;
};

// The organisations that have joined the strategy of `county_code`: approved,
// not withdrawn, and consenting to publication; by name. Anyone may read it.
// Names and types come from the organisation register. "not_found" for an
// unknown county.
Result<std::vector<JoinedOrganisation>> joined_organisations(store::Database& db, const std::string& county_code);

// The counts of one county ("" in `county_code` for every county).
struct JoiningSummary {
  std::string county_code;
  std::string as_of;  // the date the counts are for (today)
  int joined = 0;     // approved and not withdrawn
  std::vector<std::pair<std::string, int>> joined_by_type;  // every organisation type, in the register's order
  int with_action_plan = 0;     // joined, with a link or a file
  int without_action_plan = 0;  // joined, with neither
  int pending = 0;              // applied, not decided
  int rejected = 0;
  int withdrawn = 0;
  int overdue_follow_ups = 0;  // joined, next follow-up date passed
};

// The counts for `county_code`, or, with "", for the user's county (a
// strategist) or every county (admins, coordinators). Read access to the
// county is needed: "unauthorized" for the public, "forbidden" for others;
// "validation" (field county) for an unknown county.
Result<JoiningSummary> joining_summary(store::Database& db, const std::string& county_code,
                                       const std::optional<User>& user);

// A joined organisation whose follow-up is overdue.
struct OverdueFollowUp {
  std::int64_t joining_id = 0;
  std::string organisation_name;
  std::string county_code;
  std::string joined_on;
  std::string last_follow_up;  // "" when never followed up
  std::string due;
  int days_overdue = 0;
};

// Joined organisations whose next follow-up date has passed, the longest
// overdue first; `county_code` and access as for joining_summary.
Result<std::vector<OverdueFollowUp>> overdue_follow_ups(store::Database& db, const std::string& county_code,
                                                        const std::optional<User>& user);

}  // namespace jamt::service
