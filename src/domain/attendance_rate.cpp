#include "domain/attendance_rate.hpp"

#include <algorithm>
#include <set>

namespace jamt::groups {

std::vector<OrganisationAttendance> attendance_rates(int year, const std::vector<MeetingHeld>& meetings,
                                                     const std::map<std::int64_t, std::vector<Period>>& memberships,
                                                     const std::vector<AttendanceMark>& marks) {
  const std::string prefix = std::to_string(year) + "-";
  std::set<std::pair<std::int64_t, std::int64_t>> present;  // (meeting, organisation)
  for (const auto& m : marks)
    if (m.present) present.emplace(m.meeting_id, m.organisation_id);
  std::vector<OrganisationAttendance> out;
  for (const auto& [organisation, periods] : memberships) {
    if (std::none_of(periods.begin(), periods.end(), [&](const Period& p) { return overlaps_year(p, year); })) continue;
    OrganisationAttendance row;
    row.organisation_id = organisation;
    for (const auto& meeting : meetings) {
      if (meeting.date.rfind(prefix, 0) != 0) continue;
      bool member = std::any_of(periods.begin(), periods.end(), [&](const Period& p) { return covers(p, meeting.date); });
      if (!member) continue;
      ++row.meetings_held;
      row.days_held += meeting.days;
      if (present.count({meeting.id, organisation})) {
        ++row.meetings_attended;
        row.days_attended += meeting.days;
      }
    }
    if (row.meetings_held > 0) row.rate = static_cast<double>(row.meetings_attended) / row.meetings_held;
    out.push_back(row);
  }
  return out;
}

}  // namespace jamt::groups
