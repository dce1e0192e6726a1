#pragma once
// Meetings of a group: the day they start and how many days they last.
#include "domain/registers/field_spec.hpp"

namespace jamt::registers {

// Fields: group_id, meeting_date, days (1 or more), title, place,
// county_code (system: the group's county).
const EntitySpec& group_meeting_spec();

}  // namespace jamt::registers
