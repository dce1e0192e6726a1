#pragma once
// People: contact persons, representatives and substitutes, with only the
// data the work needs. Name, e-mail, phone and sex are personal data.
#include "domain/registers/field_spec.hpp"

namespace jamt::registers {

// Fields: name, email, phone (personal), organisation_id, role
// (kontaktperson, representant, ersattare, annan), county_code (taken from
// the organisation when left out), sex (kvinna, man; optional, personal:
// only for counts of representatives by sex, docs/indicator-counts.md).
const EntitySpec& person_spec();

}  // namespace jamt::registers
