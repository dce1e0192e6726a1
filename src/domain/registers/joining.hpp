#pragma once
// Joinings (anslutningar): an organisation joins a county's gender-equality
// strategy and takes on five commitments (seed 002, "Att ansluta sig till
// strategin"). The county board approves or rejects the application and
// follows the work up every third year; the organisation may later withdraw.
#include <string>
#include <vector>

#include "domain/registers/field_spec.hpp"

namespace jamt::registers {

// The status codes of a joining: applied → approved or rejected; approved →
// withdrawn.
inline const std::string kJoiningApplied = "ansokt";
inline const std::string kJoiningApproved = "godkand";
inline const std::string kJoiningRejected = "avslagen";
inline const std::string kJoiningWithdrawn = "uttradd";

// The status codes of one commitment.
inline const std::string kCommitmentNotStarted = "ej_paborjad";
inline const std::string kCommitmentOngoing = "pagar";
inline const std::string kCommitmentDone = "klar";

// One of the five commitments a joined organisation takes on: its status is
// stored in field `field`, an optional comment in `field` + "_note".
struct Commitment {
  std::string field;     // "commitment_decision"
  std::string title_sv;  // "Ledningsbeslut om jämställdhetsintegrering"
};

// The five commitments of seed 002, in the document's order: leadership
// decision, action plan, named contact person, showing progress in dialogue,
// follow-up every third year.
const std::vector<Commitment>& joining_commitments();

// The joining register. Fields: organisation_name, org_number,
// organisation_type, municipality_code (as applied for; locked once
// decided), county_code (the strategy's county), organisation_id (set when
// the organisation is in the organisation register, at the latest on
// approval), contact_person_id, decision_date (the leadership decision),
// action_plan_url, publish_consent; system fields action_plan_file (the
// uploaded file's name), status, applied_on, decided_on, joined_on,
// rejection_reason, withdrawn_on, withdrawal_reason, last_follow_up,
// next_follow_up; and per commitment a status and a comment.
const EntitySpec& joining_spec();

// The public application form (not stored as such): the organisation
// (organisation_name, org_number, organisation_type, municipality_code), the
// contact person (contact_name, contact_email, contact_phone — personal),
// decision_date, action_plan_url and publish_consent.
const EntitySpec& joining_application_spec();

// Recorded follow-ups of a joining: joining_id, county_code, held_on, note.
const EntitySpec& joining_follow_up_spec();

}  // namespace jamt::registers
