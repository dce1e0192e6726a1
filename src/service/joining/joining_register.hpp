#pragma once
// The joining register's rules: scope, the organisation a joining is about,
// what may change after the board's decision, and one active joining per
// organisation and county.
#include <string>

#include "service/registers/register_service.hpp"

namespace jamt::service {

// Joinings belong to the county whose strategy is joined (its strategists
// read, change and decide them) and to the organisation (its contacts read
// and change them, never decide). They are never published as records: the
// public sees only the list of joined organisations (joining_reports.hpp).
//
// Before a save: a new joining is "ansokt", applied today; with
// organisation_id the organisation's name, number, type and municipality
// fill the empty applicant fields, and an organisation number already in the
// organisation register links to it; county_code defaults to the
// organisation's county, else the municipality's. The applicant fields are
// locked once decided, county_code and organisation_id once set, and a
// contact person must belong to the organisation. A second active (applied
// or approved) joining of the same organisation number in the same county is
// a "conflict" on org_number. Deleting is a decision (strategists, admins)
// and removes the follow-ups and the file too.
const RegisterRules& joining_rules();

// The rules of recorded follow-ups (stored through insert_checked; read with
// the joining).
const RegisterRules& joining_follow_up_rules();

}  // namespace jamt::service
