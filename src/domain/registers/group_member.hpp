#pragma once
// Membership of an organisation in a group for one period, with the
// organisation's representative and substitute during that period. A change
// of representative ends one period and starts the next, so the periods
// together show who represented the organisation when.
#include "domain/registers/field_spec.hpp"

namespace jamt::registers {

// Fields: group_id, organisation_id, representative_id and substitute_id
// (people of that organisation), member_from, member_to (empty while the
// period lasts), county_code (system: the group's county).
const EntitySpec& group_member_spec();

}  // namespace jamt::registers
