#pragma once
// Steering documents (styrdokument, seed 000): policies, strategies, plans
// and budgets an organisation submits, and the county board's assessment of
// whether each is gender-mainstreamed (relevant) and, if so, whether only in
// general terms (allmän) or concretely (konkret).
#include "domain/registers/field_spec.hpp"

namespace jamt::registers {

// Fields: organisation_id (required), county_code (system: the
// organisation's county), title (required), type (policy, strategi,
// program, plan, riktlinje, budget — budget/verksamhetsplan —, annat;
// required), year (required, 1990–2100), url; and the board's assessment,
// all system fields set only by the assessment: relevant (boolean; empty
// when not assessed), level (allman, konkret; only when relevant),
// assessment_comment, assessed_on (date).
const EntitySpec& steering_document_spec();

// The assessment as a user submits it: relevant (ja/nej, true/false;
// required), level (allman or konkret), comment. Used to check input.
const EntitySpec& steering_assessment_spec();

// Checks an assessment: the fields of steering_assessment_spec, and that a
// level is chosen when the document is relevant and left out when it is
// not (errors on field "level"). The returned record holds relevant ("1" or
// "0"), level and comment.
CheckedRecord check_assessment(const Record& input);

}  // namespace jamt::registers
