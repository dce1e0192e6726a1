#pragma once
// What registers that belong to an organisation need to know about it: its
// name and county (for scope and titles).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/registers/field_spec.hpp"
#include "domain/result.hpp"

namespace soci {
class session;
}

namespace jamt::service {

struct OrganisationFacts {
  std::int64_t id = 0;
  std::string name;
  std::string county_code;
};

// The organisation with `id`, or nullopt when there is none.
std::optional<OrganisationFacts> find_organisation_facts(soci::session& s, std::int64_t id);

// For a record about an organisation (field organisation_id): the
// organisation's facts with its county copied into county_code, or errors
// on field organisation_id when it is empty, not an id or unknown.
std::optional<OrganisationFacts> organisation_of(soci::session& s, registers::Record& record,
                                                 std::vector<Error>& errors);

}  // namespace jamt::service
