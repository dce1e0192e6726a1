#pragma once
// How often each member organisation came to a group's meetings in a year.
//
// The rate counts meetings: meetings attended / meetings held while the
// organisation was a member (on the meeting's first day). A two-day meeting
// counts once in the rate; the day columns count it as two, so that both
// views are available. Attendance marked for a meeting held while the
// organisation was not a member is not counted.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/membership_period.hpp"

namespace jamt::groups {

struct MeetingHeld {
  std::int64_t id = 0;
  std::string date;  // "YYYY-MM-DD", the first day
  int days = 1;
};

struct AttendanceMark {
  std::int64_t meeting_id = 0;
  std::int64_t organisation_id = 0;
  bool present = false;
};

struct OrganisationAttendance {
  std::int64_t organisation_id = 0;
  int meetings_held = 0;      // meetings in the year while a member
  int meetings_attended = 0;  // of those, the ones marked present
  int days_held = 0;          // the same counted in meeting days
  int days_attended = 0;
  std::optional<double> rate;  // meetings_attended / meetings_held, none when no meeting was held
};

// One row per organisation with a membership period that touches `year`,
// ordered by organisation id. `memberships` maps each organisation to its
// periods in the group.
std::vector<OrganisationAttendance> attendance_rates(int year, const std::vector<MeetingHeld>& meetings,
                                                     const std::map<std::int64_t, std::vector<Period>>& memberships,
                                                     const std::vector<AttendanceMark>& marks);

}  // namespace jamt::groups
