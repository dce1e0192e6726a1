#pragma once
// Small queries the group registers share: a group's county, its member
// organisations and an organisation's membership periods. Each works on a
// leased session and throws soci errors.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/registers/field_spec.hpp"

namespace soci {
class session;
}

namespace jamt::service {

// The county of group `group_id`, or nullopt when there is no such group.
std::optional<std::string> group_county(soci::session& s, std::int64_t group_id);

// Every organisation with a membership period in the group, past, present
// or future (the readers of the group's records).
std::vector<std::int64_t> group_member_organisations(soci::session& s, std::int64_t group_id);

// The membership records of `organisation_id` in `group_id`, oldest first.
std::vector<registers::Record> memberships_of(soci::session& s, std::int64_t group_id, std::int64_t organisation_id);

// The organisation person `person_id` belongs to ("" when none), or nullopt
// when there is no such person.
std::optional<std::string> person_organisation(soci::session& s, std::int64_t person_id);

// The number in `text` (digits only, as references are stored), or 0.
std::int64_t id_of(const std::string& text);

}  // namespace jamt::service
