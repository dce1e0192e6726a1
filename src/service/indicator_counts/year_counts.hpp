#pragma once
// Pure counting rules of indicator values from register records (issue 13,
// item 1; docs/indicator-counts.md): when a dated record counts on a day or
// in a year. Dates are "YYYY-MM-DD" texts, compared as text. No I/O.
#include <optional>
#include <string>
#include <vector>

#include "domain/registers/field_spec.hpp"

namespace jamt::indicator_counts {

// "YYYY-12-31": the day a stock count of `year` is taken.
std::string year_end(int year);

// Whether `joining` (a joinings record) had the organisation joined on
// `day`: joined_on set and not after `day`, and not withdrawn (withdrawn_on
// empty or after `day`). A joining withdrawn on or before `day` is out.
bool joined_on_day(const registers::Record& joining, const std::string& day);

// Whether `member` (a group_members record) was a member with a
// representative on `day`: member_from not after `day`, member_to empty or
// not before it ("till och med"), and representative_id set.
bool represented_on_day(const registers::Record& member, const std::string& day);

// Whether a date field `date` ("" when unset) is set and not after `day`.
bool set_by(const std::string& date, const std::string& day);

// The year an activity counts as completed in: its end date's year, or its
// start date's when it has no end date; nullopt when it is not genomförd or
// has no readable date.
std::optional<int> completion_year(const registers::Record& activity);

// The year of a "YYYY…" text (a date, a period "2025Q2", a round "2025"),
// or nullopt when it does not start with four digits.
std::optional<int> leading_year(const std::string& text);

// The number of distinct organisations among `joinings` joined on `day`
// (an organisation is the same by organisation_id, else by org_number),
// keeping only those `keep` accepts.
template <class Keep>
int count_joined(const std::vector<registers::Record>& joinings, const std::string& day, Keep keep);

// The municipalities (by code) among `joinings` of type kommun joined on `day`.
std::vector<std::string> joined_municipalities(const std::vector<registers::Record>& joinings, const std::string& day);

// The identity of the organisation of a joining: "id:" + organisation_id,
// else "nr:" + org_number.
std::string organisation_key(const registers::Record& joining);

}  // namespace jamt::indicator_counts

#include <set>

namespace jamt::indicator_counts {

template <class Keep>
int count_joined(const std::vector<registers::Record>& joinings, const std::string& day, Keep keep) {
  std::set<std::string> organisations;
  for (const auto& j : joinings)
    if (joined_on_day(j, day) && keep(j)) organisations.insert(organisation_key(j));
  return static_cast<int>(organisations.size());
}

}  // namespace jamt::indicator_counts
