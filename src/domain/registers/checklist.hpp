#pragma once
// The checklist for systematic gender mainstreaming (Kalmar's "En checklista
// för systematik", seed 002): ten points an organisation answers once a year
// with ja, delvis or nej and an optional comment.
#include <array>
#include <string>
#include <string_view>

#include "domain/registers/field_spec.hpp"

namespace jamt::registers {

inline constexpr int kChecklistPoints = 10;

// The ten points, verbatim from the seed; point n is element n − 1.
const std::array<std::string_view, kChecklistPoints>& checklist_point_texts();

// The stored field holding point `point`'s answer ("answer_3") and comment
// ("comment_3"); `point` is 1–10.
std::string answer_field(int point);
std::string comment_field(int point);

// Fields: organisation_id (required), year (required, 2000–2100),
// county_code and title (system: the organisation's county and
// "<organisation>, <year>", set by the service), then for each point n
// answer_n (choice ja, delvis, nej; required) and comment_n (optional, at
// most 2 000 characters). One checklist per organisation and year.
const EntitySpec& checklist_spec();

}  // namespace jamt::registers
