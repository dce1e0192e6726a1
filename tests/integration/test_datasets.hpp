#pragma once
// Small hand-made statistics tables for integration tests.
#include <cmath>
#include <string>

#include "domain/statistics/dataset.hpp"

namespace jamt::testing {

// Population: region (Riket, Kalmar län, Kalmar, Nybro) × sex (men, women) ×
// year (2022, 2023), values times `scale`; Nybro's women 2023 are "..".
inline stats::Dataset population(double scale = 1.0) {
  using stats::DimensionRole;
  stats::Dataset d;
  d.id = "BE0101N1";
  d.title = "Folkmängd efter region, kön och år";
  d.unit = "antal";
  d.source = "SCB";
  d.dimensions = {{"Region", "region", DimensionRole::geo,
                   {{"00", "Riket"}, {"08", "Kalmar län"}, {"0880", "Kalmar"}, {"0881", "Nybro"}}},
                  {"Kon", "kön", DimensionRole::other, {{"1", "män"}, {"2", "kvinnor"}}},
                  {"Tid", "år", DimensionRole::time, {{"2022", "2022"}, {"2023", "2023"}}}};
  d.values = {5220000, 5240000, 5230000, 5250000,  // Riket: men 2022, 2023; women 2022, 2023
              123000,  123500,  122000,  122400,   // Kalmar län
              34000,   34200,   35000,   35300,    // Kalmar
              10000,   10100,   9800,    0};       // Nybro
  for (auto& v : d.values) v *= scale;
  d.values[15] = std::nan("");
  d.status[15] = "..";
  return d;
}

// Median income (not additive) in kronor by region × sex × age group × year.
inline stats::Dataset income() {
  using stats::DimensionRole;
  stats::Dataset d;
  d.id = "HE0110";
  d.title = "Medianinkomst";
  d.unit = "kronor";
  d.source = "SCB";
  d.dimensions = {{"Region", "region", DimensionRole::geo, {{"08", "Kalmar län"}}},
                  {"Kon", "kön", DimensionRole::other, {{"1", "män"}, {"2", "kvinnor"}}},
                  {"Alder", "ålder", DimensionRole::other, {{"20-64", "20-64 år"}, {"65+", "65+ år"}}},
                  {"Tid", "år", DimensionRole::time, {{"2023", "2023"}}}};
  d.values = {400000, 250000, 304000, 180000};  // men 20-64, men 65+, women 20-64, women 65+
  return d;
}

// Women and men managers in Kalmar län 2014–2018 (women's share 31 % → 38 %),
// or with 2018 revised to 45 and 55 (a republished table); `id` is the
// measure code the table is imported as.
inline stats::Dataset managers(const std::string& id, bool revised) {
  stats::Dataset d;
  d.id = id;
  d.title = "Chefer";
  d.unit = "antal";
  d.dimensions = {
      stats::Dimension{.id = "Region", .label = "region", .role = stats::DimensionRole::geo, .categories = {{"08", "Kalmar län"}}},
      stats::Dimension{.id = "Kon", .label = "kön", .role = stats::DimensionRole::other,
                       .categories = {{"1", "män"}, {"2", "kvinnor"}}},
      stats::Dimension{.id = "Tid", .label = "år", .role = stats::DimensionRole::time,
                       .categories = {{"2014", "2014"}, {"2015", "2015"}, {"2016", "2016"}, {"2017", "2017"}, {"2018", "2018"}}}};
  d.values = {69, 67, 65, 64, revised ? 55.0 : 62.0,   // men
              31, 33, 35, 36, revised ? 45.0 : 38.0};  // women
  return d;
}

}  // namespace jamt::testing
