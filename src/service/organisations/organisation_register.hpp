#pragma once
// The organisation register's rules: scope, derived county, unique
// organisation numbers.
#include "service/registers/register_service.hpp"

namespace jamt::service {

// Organisations belong to their county (strategists of that county change
// them) and to themselves (their contacts change them). The county is taken
// from the municipality when not given and must contain it; the
// organisation number is unique ("conflict" on field org_number).
const RegisterRules& organisation_rules();

// Counts over the organisations the user may read, optionally in one
// county: in total, per type (every type, in the register's order), and how
// many have signed the CEMR declaration.
struct OrganisationSummary {
  std::string county_code;  // "" for all the user may read
  int total = 0;
  int cemr_signed = 0;
  std::vector<std::pair<std::string, int>> by_type;  // type code → count
};
Result<OrganisationSummary> organisation_summary(store::Database& db, const std::string& county_code,
                                                 const std::optional<User>& user);

}  // namespace jamt::service
