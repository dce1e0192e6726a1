#pragma once
// The organisation register: municipalities, regions, agencies, higher
// education, civil society and companies that take part in a county's
// strategy.
#include "domain/registers/field_spec.hpp"

namespace jamt::registers {

// Fields: name, org_number (organisationsnummer, unique), type (kommun,
// region, statlig_myndighet, larosate, civilsamhalle, naringsliv,
// kommunforbund, annan), county_code (the county whose strategy it mainly
// belongs to; taken from the municipality when left out), municipality_code,
// website, cemr_signed (the date the CEMR declaration was signed).
const EntitySpec& organisation_spec();

}  // namespace jamt::registers
