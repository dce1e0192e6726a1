#pragma once
// Following up a strategy's commitments (issue 12, item 3; docs/api.md,
// "Strategy commitments"): each commitment with the goal node it serves, its
// owner, the action-plan targets, its status per year and the activities
// that carry it out; setting one year's status.
//
// Who may: everyone who may read the strategy reads its commitments (the
// public those of adopted and archived strategies, as adopted). A status is
// set by admins and the strategists of the strategy's county, and by the
// contacts of the commitment's owner organisation for that organisation's
// commitments. Every status set is in the audit log (entity "commitment").
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "domain/strategy.hpp"
#include "store/commitments/commitment_repository.hpp"
#include "store/database.hpp"

namespace jamt::service {

// The stored rows, named here for the layers above.
using CommitmentStatusRow = store::CommitmentStatusRow;
using CommitmentActivity = store::CommitmentActivity;
using CommitmentLabel = store::CommitmentLabel;

// One commitment as followed up.
struct CommitmentFollowUp {
  Commitment commitment{};
  std::string node_code{};
  std::string node_title{};
  std::string owner_name{};  // the owner, or "Länsstyrelsen" for the board's
  std::vector<store::CommitmentStatusRow> statuses{};      // by year
  std::vector<store::CommitmentActivity> activities{};     // those the viewer may read, by start date
  bool may_set_status = false;                             // the viewer may set its status
};

// A strategy's commitments in tree order.
struct CommitmentOverview {
  Strategy strategy{};  // as the viewer reads it (strategy_as_seen with draft)
  std::vector<CommitmentFollowUp> commitments{};
};

// The commitments of strategy `id` as `viewer` reads the strategy (the
// draft revision for those who may read drafts, else the adopted version).
// "not_found"/"unauthorized" as strategy_as_seen.
Result<CommitmentOverview> list_commitments(store::Database& db, std::int64_t id, const std::optional<User>& viewer);

struct CommitmentStatusInput {
  std::string status{};   // planned | ongoing | done | not_done
  std::string comment{};  // may be empty; at most 2000 characters
};

// Sets the status of commitment `commitment_id` of strategy `id` in `year`
// and returns it as stored. Error "not_found" when the strategy has no such
// commitment (or the user may not read it; "unauthorized" for the public),
// "forbidden" for a user who may read it but not set it, "validation"
// naming the field: year (outside the strategy's period ± 1), status,
// comment.
Result<store::CommitmentStatusRow> set_commitment_status(store::Database& db, std::int64_t id,
                                                         std::int64_t commitment_id, int year,
                                                         const CommitmentStatusInput& input,
                                                         const std::optional<User>& user);

// The commitments `ids` (an activity's) with their text, node and strategy,
// for showing beside what links to them; missing ones are left out. Empty
// when the database does not answer.
std::vector<store::CommitmentLabel> commitment_labels(store::Database& db, const std::vector<std::int64_t>& ids);

// The years a status may be set for in strategy `s`: its period ± 1.
std::pair<int, int> commitment_years(const Strategy& s);

}  // namespace jamt::service
