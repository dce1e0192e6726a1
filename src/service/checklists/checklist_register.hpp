#pragma once
// The register of systematics checklists: one per organisation and year,
// filled in by the organisation's contact or the county's strategist, read
// by coordinators.
#include <optional>
#include <vector>

#include "service/organisations/organisation_lookup.hpp"
#include "service/registers/register_service.hpp"

namespace jamt::service {

// Checklists belong to their organisation and its county. The county and
// the title ("<organisation>, <year>") are taken from the organisation; the
// year is 2000–2100 and unique per organisation ("conflict" on field year).
const RegisterRules& checklist_rules();

// create_record for checklists, but the user's right to write for the named
// organisation is checked before anything that could reveal another
// organisation's checklists (such as a conflict on the year). A conflict
// always names field "year".
Result<registers::Record> create_checklist(store::Database& db, const registers::Record& input,
                                           const std::optional<User>& user, std::vector<Error>* problems = nullptr);

// update_record for checklists with the same order of checks as
// create_checklist (the record, then a newly named organisation).
Result<registers::Record> update_checklist(store::Database& db, std::int64_t id, const registers::Record& changes,
                                           const std::optional<User>& user, std::vector<Error>* problems = nullptr);

// Every checklist of the county's organisations, for users who may read the
// whole county (strategists of the county, coordinators, admins). Errors:
// "validation" (field county) for an unknown county code, "unauthorized",
// "forbidden".
Result<std::vector<registers::Record>> checklists_of_county(store::Database& db, const std::string& county_code,
                                                            const std::optional<User>& user);

// One organisation and its checklists, for users who may read its records.
// Errors: as get_record for a missing organisation, "unauthorized",
// "forbidden".
struct OrganisationChecklists {
  OrganisationFacts organisation;
  std::vector<registers::Record> checklists;
};
Result<OrganisationChecklists> checklists_of_organisation(store::Database& db, std::int64_t organisation_id,
                                                          const std::optional<User>& user);

}  // namespace jamt::service
