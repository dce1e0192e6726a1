#pragma once
// Years in registers (a checklist's year, a steering document's year).
#include <optional>

#include "domain/registers/field_spec.hpp"

namespace jamt::registers {

// The value of `field` in `record` as a year when it is 1–4 digits and
// within first–last; otherwise nullopt, with an error on `field` added to
// `errors` when the value is digits but outside the range (empty values and
// values that are not digits are left to check_record).
std::optional<int> year_in_range(const Record& record, const std::string& field, int first, int last,
                                 std::vector<Error>& errors);

}  // namespace jamt::registers
