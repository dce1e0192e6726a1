#pragma once
// The group register and its memberships: rules for scope and checks.
#include "service/registers/register_service.hpp"

namespace jamt::service {

// Groups belong to their county: its strategists manage them, coordinators
// and admins read them, and contacts of member organisations (any period)
// read them. "Verksam till" may not be before "verksam från".
const RegisterRules& group_rules();

// Memberships have the group's county and its readers. Checks: the group
// and organisation exist and cannot be swapped on a change, the period is
// in order and does not overlap another period of the same organisation in
// the group ("conflict"), and the representative and substitute are
// different people of that organisation.
const RegisterRules& group_member_rules();

}  // namespace jamt::service
