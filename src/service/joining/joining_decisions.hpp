#pragma once
// What happens to a joining after the application: the board approves or
// rejects it, the organisation (or the board) withdraws, and the board
// records the follow-up every third year. Each is one transaction, checked
// by `authorize` and written with apply_change under its own audit action.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "service/registers/register_service.hpp"

namespace jamt::service {

// Approves an applied joining (Action::decide): status "godkand", decided
// today, joined on `joined_on` ("" for today; not in the future), the next
// follow-up three years later. The organisation is taken from the register
// by its number, or added to it now; the contact person is linked to it;
// commitments not yet set start from what the application showed (decision
// date, action plan, contact person). Audit action "approve". Errors:
// "validation" (field joined_on), "conflict" when already decided,
// "unauthorized", "forbidden", "not_found".
Result<registers::Record> approve_joining(store::Database& db, std::int64_t id, const std::string& joined_on,
                                          const std::optional<User>& user);

// A rejection reason checked as reject_joining checks it (required, at most
// 2000 characters, no control characters but line breaks): the reason as
// stored, or an Error "validation" with field "reason".
Result<std::string> checked_rejection_reason(const std::string& reason);

// Rejects an applied joining (Action::decide) with a required `reason`
// (field "reason"). Audit action "reject". Errors as for approve_joining.
Result<registers::Record> reject_joining(store::Database& db, std::int64_t id, const std::string& reason,
                                         const std::optional<User>& user);

// Records that an approved organisation left the strategy on `withdrawn_on`
// ("" for today; not before it joined, not in the future) with a required
// `reason`. The organisation's own contacts may do it, as may the county's
// strategists (Action::update). No follow-up is due afterwards. Audit
// action "withdraw". Errors: "validation" (fields withdrawn_on, reason),
// "conflict" unless approved, and the access errors.
Result<registers::Record> withdraw_joining(store::Database& db, std::int64_t id, const std::string& withdrawn_on,
                                           const std::string& reason, const std::optional<User>& user);

// Records a follow-up held on `held_on` (required; not before the joining,
// not in the future) with an optional `note` (Action::decide). The next
// follow-up becomes three years after the latest one recorded. Audit actions
// "create" (the follow-up) and "follow_up" (the joining's dates). Errors:
// "validation" (fields held_on, note), "conflict" unless approved, and the
// access errors.
Result<registers::Record> record_follow_up(store::Database& db, std::int64_t id, const std::string& held_on,
                                           const std::string& note, const std::optional<User>& user);

// The dialogue on one commitment as a form or request sends it:
// `commitment` is the joining's column ("commitment_decision"), `status`
// the text of a CommitmentAssessment ("fulfilled", "partly",
// "not_fulfilled", "not_assessed").
struct CommitmentInput {
  std::string commitment;
  std::string status;
  std::string note;
};

// As above, with the dialogue per commitment (issue 12, item 5): each
// commitment at most once, a known status, a note of at most 2000
// characters; commitments not sent are not stored (old follow-ups have
// none). The organisation's contribution to targets as it stands on
// `held_on` (contribution_snapshot) is kept with the follow-up. Further
// errors: "validation" with field "commitments", "status_<commitment>" or
// "note_<commitment>".
Result<registers::Record> record_follow_up(store::Database& db, std::int64_t id, const std::string& held_on,
                                           const std::string& note, const std::vector<CommitmentInput>& commitments,
                                           const std::optional<User>& user);

// The recorded follow-ups of joining `id`, latest first, for those who may
// read the joining.
Result<std::vector<registers::Record>> follow_ups_of(store::Database& db, std::int64_t id,
                                                     const std::optional<User>& user);

}  // namespace jamt::service
