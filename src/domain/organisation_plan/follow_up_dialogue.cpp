#include "domain/organisation_plan/follow_up_dialogue.hpp"

#include <algorithm>

#include "domain/registers/joining.hpp"

namespace jamt {

std::string_view to_string(CommitmentAssessment a) {
  switch (a) {
    case CommitmentAssessment::fulfilled: return "fulfilled";
    case CommitmentAssessment::partly: return "partly";
    case CommitmentAssessment::not_fulfilled: return "not_fulfilled";
    case CommitmentAssessment::not_assessed: return "not_assessed";
  }
  return "not_assessed";
}

std::optional<CommitmentAssessment> parse_commitment_assessment(std::string_view text) {
  for (auto a : commitment_assessments())
    if (to_string(a) == text) return a;
  return std::nullopt;
}

std::string_view swedish_name(CommitmentAssessment a) {
  switch (a) {
    case CommitmentAssessment::fulfilled: return "Uppfyllt";
    case CommitmentAssessment::partly: return "Delvis uppfyllt";
    case CommitmentAssessment::not_fulfilled: return "Inte uppfyllt";
    case CommitmentAssessment::not_assessed: return "Inte bedömt";
  }
  return "Inte bedömt";
}

const std::vector<CommitmentAssessment>& commitment_assessments() {
  static const std::vector<CommitmentAssessment> all{CommitmentAssessment::fulfilled, CommitmentAssessment::partly,
                                                     CommitmentAssessment::not_fulfilled,
                                                     CommitmentAssessment::not_assessed};
  return all;
}

namespace {

std::optional<CommitmentDialogue> dialogue_on(const FollowUp& f, const std::string& commitment) {
  for (const auto& c : f.commitments)
    if (c.commitment == commitment) return c;
  return std::nullopt;
}

bool same_subject(const Contribution& a, const Contribution& b) {
  return a.target_code == b.target_code && a.node_id == b.node_id;
}

}  // namespace

std::vector<CommitmentComparison> compare_commitments(const FollowUp& first, const FollowUp& second) {
  std::vector<CommitmentComparison> out;
  for (const auto& c : registers::joining_commitments()) {
    auto a = dialogue_on(first, c.field);
    auto b = dialogue_on(second, c.field);
    bool changed = (a.has_value() != b.has_value()) || (a && b && a->status != b->status);
    out.push_back({.commitment = c.field, .title_sv = c.title_sv, .first = a, .second = b, .changed = changed});
  }
  return out;
}

std::vector<ContributionComparison> compare_contributions(const FollowUp& first, const FollowUp& second) {
  std::vector<ContributionComparison> out;
  for (const auto& a : first.contributions) {
    auto it = std::find_if(second.contributions.begin(), second.contributions.end(),
                           [&](const Contribution& b) { return same_subject(a, b); });
    std::optional<Contribution> b;
    if (it != second.contributions.end()) b = *it;
    out.push_back({.label = a.label, .first = a, .second = b, .changed = !b || b->activity_count != a.activity_count});
  }
  for (const auto& b : second.contributions) {
    bool known = std::any_of(first.contributions.begin(), first.contributions.end(),
                             [&](const Contribution& a) { return same_subject(a, b); });
    if (!known) out.push_back({.label = b.label, .first = std::nullopt, .second = b, .changed = true});
  }
  return out;
}

}  // namespace jamt
