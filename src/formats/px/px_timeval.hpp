#pragma once
// PX TIMEVAL: time scales (TLIST(A1|H1|Q1|M1|W1)), listed and ranged periods.
// Internal to the PX reader (jamt::formats::px).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jamt::formats::px {

// True for the scales the specification defines: A1, H1, Q1, M1, W1.
bool is_time_scale(std::string_view scale);

// True when `period` is written as the scale requires: A1 CCYY, H1 CCYYH
// (H 1-2), Q1 CCYYQ (Q 1-4), M1 CCYYMM (01-12), W1 CCYYWW (01-53).
bool is_time_period(std::string_view scale, std::string_view period);

// The periods from `first` to `last` inclusive, consecutive in `scale`
// ("1994"-"1996" in A1 gives 1994, 1995, 1996; weeks follow ISO 8601, so a
// year has 52 or 53). Returns nullopt when either end is not a period of the
// scale, when `last` comes before `first`, or when the range would hold more
// than `max_periods` periods.
std::optional<std::vector<std::string>> expand_time_range(std::string_view scale, std::string_view first,
                                                          std::string_view last, std::size_t max_periods);

// The VALUES text PX programs show for a period when a file has TIMEVAL but no
// VALUES for the time variable: A1 "1995", H1 "1995H1", Q1 "1995Q1", M1
// "1995M01", W1 "1995W01". Returns `period` unchanged for an unknown scale.
std::string time_period_label(std::string_view scale, std::string_view period);

}  // namespace jamt::formats::px
