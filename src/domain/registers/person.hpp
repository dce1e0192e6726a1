#pragma once
// People: contact persons, representatives and substitutes, with only the
// data the work needs. Name, e-mail and phone are personal data.
#include "domain/registers/field_spec.hpp"

namespace jamt::registers {

// Fields: name, email, phone (personal), organisation_id, role
// (kontaktperson, representant, ersattare, annan), county_code (taken from
// the organisation when left out).
const EntitySpec& person_spec();

}  // namespace jamt::registers
