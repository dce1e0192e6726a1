#pragma once
// Who is due for the three-year follow-up in a year (issue 14, item 2;
// docs/follow-up-round.md). The rule is the joining register's own
// (domain/registers/follow_up_schedule.hpp, the joining's next_follow_up):
// three years after joining, then three years after each follow-up. For a
// year Y an organisation is due when that date, counted from the follow-ups
// held before 1 January Y, falls in Y or earlier (a follow-up still owed from
// an earlier year is carried into Y).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

// A joined organisation whose three-year follow-up falls in a year.
struct DueFollowUp {
  std::int64_t joining_id = 0;
  std::int64_t organisation_id = 0;
  std::string organisation_name{};
  std::string type_label{};       // "Kommun"
  std::string joined_on{};        // "YYYY-MM-DD"
  std::string last_follow_up{};   // the latest follow-up held before the year; "" for none
  std::string due{};              // registers::next_follow_up_due(joined_on, last_follow_up)
  std::string held_on{};          // the first follow-up held in the year; "" while none
  bool overdue = false;           // not held, and the due date passed before today
};

// The due date for `year` of a joining that joined on `joined_on` and held
// the follow-ups `held` ("YYYY-MM-DD", any order): next_follow_up_due from
// the latest follow-up before 1 January `year`. "" when `joined_on` is not
// a date. Pure.
std::string follow_up_due_for_year(const std::string& joined_on, const std::vector<std::string>& held, int year);

// The approved joinings of `county_code` due in `year` (see above), by due
// date, then name. Read access to the county is needed: "unauthorized" for
// the public, "forbidden" for others (organisation contacts, another
// county's strategist); "validation" (field county) for an unknown county,
// (field year) for a year outside 2000–2100.
Result<std::vector<DueFollowUp>> due_follow_ups(store::Database& db, const std::string& county_code, int year,
                                                const std::optional<User>& user);

// The approved joining of organisation `organisation_id` with its follow-up
// facts for `year` (due or not: `due` may lie after the year), or nullopt
// when the organisation has no approved joining. No access check: callers
// have checked the organisation.
Result<std::optional<DueFollowUp>> joining_follow_up_facts(store::Database& db, std::int64_t organisation_id,
                                                           int year);

}  // namespace jamt::service
