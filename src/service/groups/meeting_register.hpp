#pragma once
// Meetings of groups and the attendance of member organisations, with the
// attendance rate per organisation and year (domain/attendance_rate.hpp).
#include <cstdint>
#include <optional>
#include <vector>

#include "domain/attendance_rate.hpp"
#include "service/registers/register_service.hpp"

namespace jamt::service {

// Meetings have their group's county and readers. A meeting lasts 1–14
// days and stays in its group. Deleting a meeting deletes its attendance
// records too (each audited).
const RegisterRules& meeting_rules();

// Attendance records have the group's county; the contacts of the
// organisation read their own (not other members'). Checks: the meeting
// exists, the organisation was a member of the group on the meeting's day,
// one record per meeting and organisation ("conflict"), and "attended_by"
// is a person of the organisation and only given when present.
const RegisterRules& attendance_rules();

// One organisation's attendance at a meeting, as ticked on the meeting page.
struct AttendanceInput {
  std::int64_t organisation_id = 0;
  bool present = false;
  std::string attended_by;  // person id or ""
};

// Records the attendance of every organisation in `marks` at meeting
// `meeting_id` in one transaction: creates or changes each organisation's
// record (audited), leaving unchanged ones alone. Needs the right to change
// the meeting. Errors: as for update_record; validation errors name the
// field "attended_by-<organisation id>" or "present-<organisation id>".
Status record_attendance(store::Database& db, std::int64_t meeting_id, const std::vector<AttendanceInput>& marks,
                         const std::optional<User>& user, std::vector<Error>* problems = nullptr);

// The attendance rate of each organisation in group `group_id` in `year`.
// Strategists of the county, coordinators and admins get every member;
// contacts of a member organisation get only their own row. Errors:
// "unauthorized", "forbidden" (also for a group that does not exist, unless
// the user could read every group of that county).
Result<std::vector<groups::OrganisationAttendance>> group_attendance(store::Database& db, std::int64_t group_id,
                                                                      int year, const std::optional<User>& user);

}  // namespace jamt::service
