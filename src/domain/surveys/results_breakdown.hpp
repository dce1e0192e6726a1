#pragma once
// Survey results per group of a respondent profile (sex, sector, role, years
// in contact), so that no one can be recognised (issue 11, item 5):
//   - a group of fewer than kMinGroupSize respondents is not shown apart but
//     merged into "Övriga";
//   - when "Övriga" would itself be smaller than kMinGroupSize (one small
//     group alone, or several that together are still too few), the smallest
//     shown groups join it until it is not — otherwise the small group could
//     be recovered by subtracting the shown groups from the total;
//   - within a shown group, a question answered by 1–4 of the group is
//     withheld; when exactly one group is withheld for a question, the group
//     with the next smallest n is withheld too, for the same reason;
//   - free-text answers are never listed per group (a comment and a small
//     group together can name the writer); their counts are kept.
#include "domain/i18n/translate.hpp"
#include <string>
#include <vector>

#include "domain/surveys/results.hpp"

namespace jamt::surveys {

// The smallest group shown apart.
inline constexpr int kMinGroupSize = 5;

// The value and label of the merged group.
inline constexpr const char* kOtherGroupValue = "ovriga";
inline constexpr std::string_view kOtherGroupLabel = i18n::N_("Övriga");

// A profile value that is not shown apart, and why (Swedish, for the page).
struct MergedGroup {
  std::string value{};
  std::string label{};
  std::string reason{};
};

// One shown group: its respondents and the question results over them.
struct GroupResult {
  std::string value{};   // the profile value, kOtherGroupValue for Övriga, "" for "Uppgift saknas"
  std::string label{};
  int respondents = 0;
  std::vector<QuestionResult> questions{};  // as compute_results, with `withheld` set where needed
};

struct Breakdown {
  std::string by{};                    // the profile code ("sex") or profile question code
  std::vector<GroupResult> groups{};   // the profile's order (the question's scale, else by value); Övriga last
  std::vector<MergedGroup> merged{};   // the values inside Övriga, each with its reason
  bool suppressed = false;             // fewer than kMinGroupSize respondents in all: no groups at all
  std::string suppressed_reason{};
};

// The submitted responses of `input` grouped by `by`: the response's
// profile[by], else its answer to the question coded `by`, else "" (shown as
// "Uppgift saknas"). Labels come from that question's scale when there is
// one. Never fails; an unknown `by` puts everyone in "Uppgift saknas".
Breakdown break_down(const ResultsInput& input, const std::string& by);

}  // namespace jamt::surveys
