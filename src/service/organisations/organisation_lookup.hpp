#pragma once
// What registers that belong to an organisation need to know about it: its
// name and county (for scope and titles).
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/registers/field_spec.hpp"
#include "domain/result.hpp"
#include "store/database.hpp"

namespace soci {
class session;
}

namespace jamt::service {

struct OrganisationFacts {
  std::int64_t id = 0;
  std::string name;
  std::string county_code;
};

// Organisations of `county_code` ("" for every county) as (id, name),
// ordered by name; empty when the database fails. Names only, for choosing
// an organisation in a form or showing one beside a record the viewer may
// read.
std::vector<std::pair<std::int64_t, std::string>> organisation_names(store::Database& db,
                                                                     const std::string& county_code);

// The county of organisation `id`, or nullopt when there is no such
// organisation (or the database fails).
std::optional<std::string> organisation_county(store::Database& db, std::int64_t id);

// The organisation with `id`, or nullopt when there is none.
std::optional<OrganisationFacts> find_organisation_facts(soci::session& s, std::int64_t id);

// For a record about an organisation (field organisation_id): the
// organisation's facts with its county copied into county_code, or errors
// on field organisation_id when it is empty, not an id or unknown.
std::optional<OrganisationFacts> organisation_of(soci::session& s, registers::Record& record,
                                                 std::vector<Error>& errors);

}  // namespace jamt::service
