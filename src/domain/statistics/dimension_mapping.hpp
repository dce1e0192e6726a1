#pragma once
// Maps the categories of an outside table onto Jämt's dimensions: a region
// code, a sex, a canonical period. Every function answers nullopt rather than
// guess when a label is not recognised.
#include <optional>
#include <string>
#include <string_view>

#include "domain/statistics/dataset.hpp"
#include "domain/statistics/gender_analysis.hpp"

namespace jamt::stats {

// The SCB region code for a category: by code ("08", "0880", "01", "00"),
// by a code followed by a name ("08 Kalmar county", "0880 Kalmar"), or by
// name ("Kalmar län", "Kalmar", "Riket", "Sweden", "Hela riket"). Names are
// compared case-insensitively; a county's name without "län" is accepted
// only when no municipality has that name. Codes Statistics Sweden has since
// changed map to today's (1917 Heby → 0331).
std::optional<std::string> map_region(const Category& category);

// The sex a category stands for: codes 1 = men, 2 = women (SCB), "1+2",
// "T", "TOT" = total; K/M/T (Kolada); labels women/men/total, kvinnor/män/
// totalt, "män och kvinnor", "both sexes", "samtliga" (case-insensitive).
std::optional<Sex> map_sex(const Category& category);

// The canonical period for a category: "2024", "2024H1", "2024Q1" (from
// 2024K1, 2024Q1, 2024-Q1), "2024M03" (from 2024M03, 2024M3, 2024-03),
// "2024W05". Uses the code, then the label; `time_scale` (PX TIMEVAL A1,
// H1, Q1, M1, W1) decides ambiguous forms.
std::optional<std::string> map_period(const Category& category, std::string_view time_scale = {});

// Guesses which dimension plays which part, by role, id and label: the
// index of the region, sex and time dimension, or -1 when there is none.
struct DimensionParts {
  int region = -1;
  int sex = -1;
  int time = -1;
  int metric = -1;
};
DimensionParts find_dimension_parts(const Dataset& dataset);

}  // namespace jamt::stats
