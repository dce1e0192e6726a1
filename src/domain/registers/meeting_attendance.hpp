#pragma once
// Attendance at a meeting: one record per member organisation and meeting.
#include "domain/registers/field_spec.hpp"

namespace jamt::registers {

// Fields: meeting_id, organisation_id, present (boolean), attended_by (the
// person who came, optional), county_code (system: the group's county).
const EntitySpec& meeting_attendance_spec();

}  // namespace jamt::registers
