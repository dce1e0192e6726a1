#pragma once
// Measures and observations: what Jämt stores of imported statistics. An
// observation is one value (or status symbol) of a measure for a region,
// period and sex, with any further dimensions folded into `dims`.
#include <cstdint>
#include <optional>
#include <string>

#include "domain/statistics/gender_analysis.hpp"

namespace jamt::stats {

struct Measure {
  std::int64_t id = 0;  // database id; 0 before it is stored
  std::string code;     // unique, e.g. "BE0101N1.BE0101N1" or "N00945"
  std::string title;
  std::string unit;     // as the source states it, e.g. "antal", "procent", "kronor"
  std::string source;   // e.g. "SCB", "Kolada"
  int decimals = 0;
  bool additive = true;  // values add up over regions, sexes, ages (counts); false for rates, averages
};

struct Observation {
  std::string region_code;  // SCB code, "00" for the nation
  std::string period;       // canonical: "2024", "2024Q1", "2024M03"
  Sex sex = Sex::total;
  // Further dimensions as "id=code" pairs joined by "|" in dimension order,
  // e.g. "Alder=25-29|Fodelseregion=1"; empty when there are none.
  std::string dims;
  std::optional<double> value;  // absent when `status` says why (".." not available, "." not applicable)
  std::string status;
};

}  // namespace jamt::stats
