#pragma once
// A change of representative (seed 003's form): an organisation tells the
// board who represents it, or substitutes, in a group from a given day. The
// board's strategist confirms or rejects it.
#include "domain/registers/field_spec.hpp"

namespace jamt::registers {

// Fields: group_id, organisation_id, representative_id and substitute_id
// (the new people; at least one), effective_from, message; system fields
// status (vantar, bekraftad, avslagen), decision_reason, decided_by,
// decided_at, filed_by, county_code (the group's county).
const EntitySpec& representative_change_spec();

}  // namespace jamt::registers
