#pragma once
// The group register: a county's länsgrupp, committees and networks, whose
// members are organisations with a representative and a substitute.
#include "domain/registers/field_spec.hpp"

namespace jamt::registers {

// Fields: name, type (lansgrupp, kommitte, natverk), county_code (the
// county whose board runs the group), description, active_from, active_to.
const EntitySpec& group_spec();

}  // namespace jamt::registers
