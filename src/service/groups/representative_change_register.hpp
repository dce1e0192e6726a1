#pragma once
// Changes of representative (seed 003's form): an organisation's contact
// files one for a group the organisation is a member of; a strategist of
// the group's county confirms it (the membership changes from that day, the
// earlier period is kept) or rejects it with a reason.
#include "service/registers/register_service.hpp"

namespace jamt::service {

// Changes belong to the group's county and to the organisation: its
// contacts file, read, change and withdraw their own while pending (and
// only read them once decided); strategists of the county read all and
// decide. Checks: the organisation
// is a member of the group on "gäller från", at least one new person is
// named, each belongs to the organisation, and a decided change cannot be
// changed or withdrawn ("conflict").
const RegisterRules& representative_change_rules();

// Files a change from the form or the API. `input` keys: group_id,
// organisation_id (an organisation contact's own organisation when left
// out), effective_from, message, and for each of "representative" and
// "substitute" either `<role>_id` (a person already in the register) or
// `<role>_name`, `<role>_email`, `<role>_phone` (a new person; one with the
// same e-mail in the organisation is reused). New people are created with
// the role representant/ersättare in the same transaction, so nothing is
// kept when the change is refused. Errors: "unauthorized", "forbidden"
// (another organisation), "validation" with `field` (every problem in
// `problems`).
Result<registers::Record> file_representative_change(store::Database& db, const registers::Record& input,
                                                     const std::optional<User>& user,
                                                     std::vector<Error>* problems = nullptr);

// Confirms pending change `id` (Action::decide): the organisation's
// membership period that covers "gäller från" ends the day before and a new
// period starts that day with the new people (the period is changed in
// place when it starts that very day). A substitute who becomes the
// representative leaves the substitute's place empty unless a new substitute
// is named. Errors: "unauthorized", "forbidden", "not_found", "conflict"
// (already decided, or the organisation is no longer a member that day).
Result<registers::Record> confirm_representative_change(store::Database& db, std::int64_t id,
                                                        const std::optional<User>& user);

// Rejects pending change `id` with `reason` (required). Errors as for
// confirming, plus "validation" on field decision_reason.
Result<registers::Record> reject_representative_change(store::Database& db, std::int64_t id,
                                                       const std::string& reason, const std::optional<User>& user);

}  // namespace jamt::service
