#pragma once
// The yearly status of a strategy commitment (issue 12, item 3): planned,
// ongoing, done or not done, with a comment. Follow-up, not part of the
// versioned strategy text. Pure; no I/O.
#include <optional>
#include <string_view>
#include <vector>

namespace jamt {

enum class CommitmentStatus { planned, ongoing, done, not_done };

// "planned", "ongoing", "done", "not_done".
std::string_view to_string(CommitmentStatus s);
// The status named by `text` (the codes above); nullopt for anything else.
std::optional<CommitmentStatus> parse_commitment_status(std::string_view text);
// Swedish display names: "Planerat", "Pågår", "Genomfört", "Inte genomfört".
std::string_view swedish_name(CommitmentStatus s);
// Every status in the order above.
const std::vector<CommitmentStatus>& commitment_statuses();

}  // namespace jamt
