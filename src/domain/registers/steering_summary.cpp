#include "domain/registers/steering_summary.hpp"

#include "domain/i18n/translate.hpp"

namespace jamt::registers {

SteeringCounts count_steering_documents(const std::vector<Record>& documents, std::optional<int> year) {
  SteeringCounts c;
  const std::string wanted = year ? std::to_string(*year) : "";
  for (const auto& d : documents) {
    if (year && value_of(d, "year") != wanted) continue;
    ++c.documents;
    const auto& relevant = value_of(d, "relevant");
    if (relevant.empty()) continue;
    ++c.assessed;
    if (relevant != "1") continue;
    ++c.relevant;
    if (value_of(d, "level") == "konkret") ++c.concrete;
    else if (value_of(d, "level") == "allman") ++c.general;
  }
  return c;
}

std::string steering_sentence(const SteeringCounts& c) {
  if (c.assessed == 0) return i18n::tr("Inga styrdokument har bedömts ännu.");
  const std::string relevant = std::to_string(c.relevant), assessed = std::to_string(c.assessed),
                    concrete = std::to_string(c.concrete);
  return (c.assessed == 1 ? i18n::trf("{1} av {2} bedömt styrdokument", {relevant, assessed})
                          : i18n::trf("{1} av {2} bedömda styrdokument", {relevant, assessed})) +
         " " + (c.relevant == 1 ? i18n::tr("är relevant") : i18n::tr("är relevanta")) +
         (c.concrete == 1 ? i18n::trf(", varav {1} konkret.", {concrete}) : i18n::trf(", varav {1} konkreta.", {concrete}));
}

}  // namespace jamt::registers
