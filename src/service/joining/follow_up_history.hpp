#pragma once
// A joining's follow-ups with their substance (issue 12, item 5): every
// follow-up kept, each with the dialogue per commitment and the
// organisation's contribution as it stood, and any two compared side by
// side. Readable by those who may read the joining.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/organisation_plan/follow_up_dialogue.hpp"
#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

// The follow-ups of joining `id`, latest first (by date, then by id), with
// their dialogue and contributions (empty for follow-ups from before issue
// 12). Errors as get_record on the joining.
Result<std::vector<FollowUp>> follow_up_history(store::Database& db, std::int64_t id, const std::optional<User>& user);

// Two follow-ups of a joining side by side.
struct FollowUpComparison {
  FollowUp first;
  FollowUp second;
  std::vector<CommitmentComparison> commitments;
  std::vector<ContributionComparison> contributions;
};

// Follow-ups `first_id` and `second_id` of joining `id` compared. Errors as
// follow_up_history, and "not_found" when either is not a follow-up of
// the joining.
Result<FollowUpComparison> compare_follow_ups(store::Database& db, std::int64_t id, std::int64_t first_id,
                                              std::int64_t second_id, const std::optional<User>& user);

// The audit text of a follow-up's dialogue and contributions (JSON).
std::string follow_up_substance_json(const std::vector<CommitmentDialogue>& commitments,
                                     const std::vector<Contribution>& contributions);

}  // namespace jamt::service
