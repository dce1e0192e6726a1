#pragma once
// The organisation register's rules: scope, derived county, unique
// organisation numbers.
#include "service/register_service.hpp"

namespace jamt::service {

// Organisations belong to their county (strategists of that county change
// them) and to themselves (their contacts change them). The county is taken
// from the municipality when not given and must contain it; the
// organisation number is unique ("conflict" on field org_number).
const RegisterRules& organisation_rules();

}  // namespace jamt::service
