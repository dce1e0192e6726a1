#pragma once
// The three-year follow-up with substance (issue 12, item 5): per commitment
// of the joining a status and notes from the dialogue, and the
// organisation's contribution to targets as it stood on the follow-up date.
// Plain values and the comparison of two follow-ups; no I/O.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jamt {

// How far the organisation has fulfilled a commitment, as assessed in the
// dialogue.
enum class CommitmentAssessment { fulfilled, partly, not_fulfilled, not_assessed };

// "fulfilled", "partly", "not_fulfilled", "not_assessed".
std::string_view to_string(CommitmentAssessment a);
// The value of to_string, or nullopt for any other text.
std::optional<CommitmentAssessment> parse_commitment_assessment(std::string_view text);
// "Uppfyllt", "Delvis uppfyllt", "Inte uppfyllt", "Inte bedömt".
std::string_view swedish_name(CommitmentAssessment a);
// Every assessment, in the order forms offer them.
const std::vector<CommitmentAssessment>& commitment_assessments();

// The dialogue on one commitment: `commitment` is the joining's column
// ("commitment_decision", see registers::joining_commitments()).
struct CommitmentDialogue {
  std::string commitment;
  CommitmentAssessment status = CommitmentAssessment::not_assessed;
  std::string note;
  bool operator==(const CommitmentDialogue&) const = default;
};

// One line of the organisation's contribution at the follow-up: a target of
// the action plan (target_code) or a goal node (node_id), its label as it
// read then, the plan's note and how many of the organisation's activities
// served it by then.
struct Contribution {
  std::string target_code;
  std::int64_t node_id = 0;
  std::string label;
  std::string note;
  int activity_count = 0;
  bool operator==(const Contribution&) const = default;
};

// A recorded follow-up. Follow-ups from before issue 12 have no commitments
// and no contributions.
struct FollowUp {
  std::int64_t id = 0;
  std::string held_on;  // "YYYY-MM-DD"
  std::string note;
  std::vector<CommitmentDialogue> commitments;
  std::vector<Contribution> contributions;
};

// One commitment side by side in two follow-ups: nullopt where a follow-up
// did not assess it (an old follow-up). `changed` when the statuses differ.
struct CommitmentComparison {
  std::string commitment;
  std::string title_sv;
  std::optional<CommitmentDialogue> first;
  std::optional<CommitmentDialogue> second;
  bool changed = false;
};

// One contribution side by side; nullopt where the follow-up did not hold
// it. `changed` when it was added, removed or its activity count differs.
struct ContributionComparison {
  std::string label;
  std::optional<Contribution> first;
  std::optional<Contribution> second;
  bool changed = false;
};

// The five commitments of the joining (registers::joining_commitments()
// order) side by side in `first` and `second`.
std::vector<CommitmentComparison> compare_commitments(const FollowUp& first, const FollowUp& second);

// The contributions of both follow-ups side by side, matched by target
// code or node id; first's order, then those only in `second`.
std::vector<ContributionComparison> compare_contributions(const FollowUp& first, const FollowUp& second);

}  // namespace jamt
