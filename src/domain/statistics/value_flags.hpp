#pragma once
// Value flags: the status symbols a source sets on a value (SCB's ".." not
// available, "." not applicable, "-" nil; Eurostat's "p" provisional, "b"
// break in series …) and what they mean in Swedish, for the legend under a
// table and the label of a missing bar. Pure, no I/O.
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace jamt::stats {

// What a symbol says about its value.
enum class FlagKind { not_available, not_applicable, nil, provisional, break_in_series, estimated, other };

struct ValueFlag {
  std::string symbol;  // as stored, e.g. ".."
  FlagKind kind = FlagKind::other;
  std::string text;  // Swedish explanation (translate with i18n::tr where shown), e.g. "Uppgift saknas eller är för osäker för att redovisas"
};

// The meaning of one stored status symbol: ".." (and PX's "..." to
// "......", Eurostat's ":") not available; "." not applicable; "-" nil;
// "p", "*", "prel" provisional; "b", "|" break in series; "e" estimated.
// Any other non-empty symbol is `other` ("Symbol från källan"). Empty text
// for an empty symbol (no flag).
ValueFlag describe_flag(std::string_view symbol);

// One legend entry per distinct non-empty symbol of `symbols`, in the order
// not available, not applicable, nil, provisional, break, estimated, other
// (then by symbol).
std::vector<ValueFlag> flag_legend(const std::set<std::string>& symbols);

}  // namespace jamt::stats
