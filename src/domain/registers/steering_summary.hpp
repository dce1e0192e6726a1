#pragma once
// The summary of the board's assessments of steering documents: "X av Y
// relevanta, varav Z konkreta" — of Y assessed documents X are
// gender-mainstreamed, Z of them concretely (seed 000: 39 of 93). Pure
// functions over stored steering-document records.
#include <optional>
#include <string>
#include <vector>

#include "domain/registers/field_spec.hpp"

namespace jamt::registers {

struct SteeringCounts {
  int documents = 0;  // all documents counted
  int assessed = 0;   // with an assessment (relevant ja or nej)
  int relevant = 0;   // assessed as gender-mainstreamed
  int concrete = 0;   // relevant, concretely
  int general = 0;    // relevant, in general terms
  int not_assessed() const { return documents - assessed; }
  bool operator==(const SteeringCounts&) const = default;
};

// Counts the documents among `documents` whose year is `year` (all of them
// when nullopt).
SteeringCounts count_steering_documents(const std::vector<Record>& documents, std::optional<int> year = std::nullopt);

// The sentence for `counts`, e.g. "39 av 93 bedömda styrdokument är
// relevanta, varav 20 konkreta." (singular forms for 1), or "Inga
// styrdokument har bedömts ännu." when none is assessed.
std::string steering_sentence(const SteeringCounts& counts);

}  // namespace jamt::registers
