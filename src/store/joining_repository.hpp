#pragma once
// Look-ups and deletions in the joining register beyond
// register_repository (the joining's file: joining_file_repository).
// Functions work on a leased session and throw soci errors.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace jamt::store {

// The id of a joining of the organisation with `org_number` to county
// `county_code` whose status is one of `statuses`, other than `except_id`
// (0: none excepted), or nullopt.
std::optional<std::int64_t> joining_with_status(soci::session& s, const std::string& org_number,
                                                const std::string& county_code,
                                                const std::vector<std::string>& statuses, std::int64_t except_id = 0);

// Deletes every follow-up of joining `joining_id`.
void delete_joining_follow_ups(soci::session& s, std::int64_t joining_id);

}  // namespace jamt::store
