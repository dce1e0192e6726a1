#include "domain/strategy/commitment_status.hpp"

#include "domain/i18n/translate.hpp"

namespace jamt {

std::string_view to_string(CommitmentStatus s) {
  switch (s) {
    case CommitmentStatus::planned: return "planned";
    case CommitmentStatus::ongoing: return "ongoing";
    case CommitmentStatus::done: return "done";
    case CommitmentStatus::not_done: return "not_done";
  }
  return "planned";
}

std::optional<CommitmentStatus> parse_commitment_status(std::string_view text) {
  for (auto s : commitment_statuses())
    if (to_string(s) == text) return s;
  return std::nullopt;
}

std::string_view swedish_name(CommitmentStatus s) {
  switch (s) {
    case CommitmentStatus::planned: return i18n::N_("Planerat");
    case CommitmentStatus::ongoing: return i18n::N_("Pågår");
    case CommitmentStatus::done: return i18n::N_("Genomfört");
    case CommitmentStatus::not_done: return i18n::N_("Inte genomfört");
  }
  return i18n::N_("Planerat");
}

const std::vector<CommitmentStatus>& commitment_statuses() {
  static const std::vector<CommitmentStatus> all{CommitmentStatus::planned, CommitmentStatus::ongoing,
                                                 CommitmentStatus::done, CommitmentStatus::not_done};
  return all;
}

}  // namespace jamt
