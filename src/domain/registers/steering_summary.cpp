#include "domain/registers/steering_summary.hpp"

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
  if (c.assessed == 0) return "Inga styrdokument har bedömts ännu.";
  return std::to_string(c.relevant) + " av " + std::to_string(c.assessed) +
         (c.assessed == 1 ? " bedömt styrdokument är " : " bedömda styrdokument är ") +
         (c.relevant == 1 ? "relevant" : "relevanta") + ", varav " + std::to_string(c.concrete) +
         (c.concrete == 1 ? " konkret." : " konkreta.");
}

}  // namespace jamt::registers
