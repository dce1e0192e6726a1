#pragma once
// Look-ups in the länsgrupper registers beyond register_repository: a
// group's county and the organisations that have been its members.
// Functions work on a leased session and throw soci errors.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace jamt::store {

// The county of group `group_id`, or nullopt when there is no such group.
std::optional<std::string> group_county(soci::session& s, std::int64_t group_id);

// The organisations that are or have been members of group `group_id`,
// each once (empty for an unknown group).
std::vector<std::int64_t> group_member_organisations(soci::session& s, std::int64_t group_id);

}  // namespace jamt::store
