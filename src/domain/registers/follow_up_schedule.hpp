#pragma once
// When a joined organisation's work is next followed up: three years after
// it joined, then three years after each follow-up (seed 002: "Följa upp
// arbetet vart tredje år"). Dates are "YYYY-MM-DD"; pure functions.
#include <string>
#include <string_view>

namespace jamt::registers {

// Years between follow-ups.
inline constexpr int kFollowUpIntervalYears = 3;

// `iso_date` moved `years` years on; 29 February becomes 28 February in a
// year that is not a leap year. "" when `iso_date` is not a date.
std::string add_years(std::string_view iso_date, int years);

// The date the next follow-up is due: the later of `joined_on` and
// `latest_follow_up` ("" for none) plus three years. "" when `joined_on` is
// not a date.
std::string next_follow_up_due(std::string_view joined_on, std::string_view latest_follow_up);

// Whether a follow-up due on `due` is overdue on `today`: the due date has
// passed (on the due date itself it is not yet overdue). False without a
// due date.
bool follow_up_overdue(std::string_view due, std::string_view today);

// Days from `from` to `to` (negative when `to` is earlier); 0 when either is
// not a date.
int days_between(std::string_view from, std::string_view to);

}  // namespace jamt::registers
