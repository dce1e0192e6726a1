#pragma once
// Look-ups in the checklist register beyond register_repository.
// Functions work on a leased session and throw soci errors.
#include <cstdint>
#include <optional>

namespace soci {
class session;
}

namespace jamt::store {

// The id of organisation `organisation_id`'s checklist for `year` other
// than `except_id` (0: none excepted), or nullopt.
std::optional<std::int64_t> checklist_for_year(soci::session& s, std::int64_t organisation_id, int year,
                                               std::int64_t except_id = 0);

}  // namespace jamt::store
