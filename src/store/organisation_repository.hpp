#pragma once
// Look-ups in the organisation register that the register service cannot
// express through register_repository (by organisation number, counts).
// Functions work on a leased session and throw soci errors.
#include <cstdint>
#include <optional>
#include <string>

namespace soci {
class session;
}

namespace jamt::store {

// The id of the organisation with `org_number` (10 digits, as stored) other
// than `except_id` (0: none excepted), or nullopt when there is none.
std::optional<std::int64_t> organisation_with_number(soci::session& s, const std::string& org_number,
                                                     std::int64_t except_id = 0);

// How many organisations the register holds.
std::int64_t count_organisations(soci::session& s);

}  // namespace jamt::store
