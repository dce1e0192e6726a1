#pragma once
// Adding up figures over regions for the national compilation (issue 14,
// item 3): counts are summed, and a share is recomputed from the summed
// counts — never the average of the regions' shares, which weighs a county
// of 3 organisations as much as one of 300 (Kolada's unweighted group
// averages are the trap). Pure; no I/O.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace jamt::national {

// One region's count of a part and of the whole it is part of: women among
// the participants, reports submitted of those expected.
struct PartOfWhole {
  std::int64_t part = 0;
  std::int64_t whole = 0;
};

// The summed counts and the share recomputed from them.
struct RegionalSum {
  std::int64_t part = 0;
  std::int64_t whole = 0;
  std::optional<double> share_percent{};  // 100 · part / whole; nullopt when whole is 0
};

// 100 · part / whole of one region, nullopt when whole is 0.
std::optional<double> share_percent(const PartOfWhole& value);

// Sums part and whole over `regions` and recomputes the share from the sums
// (Σ part / Σ whole). Never fails; empty input gives zeros and no share.
RegionalSum sum_over_regions(const std::vector<PartOfWhole>& regions);

// The sentence that states the method in the compilation (Swedish).
std::string_view aggregation_method_text();

}  // namespace jamt::national
