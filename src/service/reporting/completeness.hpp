#pragma once
// How complete a form's reporting is for one period (DHIS2's reporting-rate
// summary): of the organisations the form is assigned to, how many have
// submitted, on time or late, how many are approved or returned, and who
// has nothing submitted.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "store/database.hpp"
#include "store/reporting/form_repository.hpp"

namespace jamt::service {

// An organisation as reporting names it (id, name, type, county).
using ReportingOrganisation = store::ReportingOrganisation;

struct Completeness {
  std::string period{};
  std::string county_code{};  // "" for every county
  std::string due_date{};     // "YYYY-MM-DD"
  int expected = 0;   // organisations the form is assigned to (in the county)
  int submitted = 0;  // submitted or approved: approved <= submitted <= expected
  int on_time = 0;    // submitted on or before the due date
  int late = 0;       // submitted after it (on_time + late = submitted)
  int approved = 0;
  int returned = 0;   // sent back and not yet submitted again
  // Organisations with nothing submitted (no report, a draft, or a returned
  // report), by name.
  std::vector<ReportingOrganisation> missing{};
};

// The completeness of form `form_id` for `period` ("2025Q2"), in `county`
// ("" for every county the caller may see; completeness_county decides).
// Errors: "not_found" for a form the caller may not read, "forbidden" for
// contacts and for another county's strategist naming it, "validation"
// (field period, county).
Result<Completeness> form_completeness(store::Database& db, std::int64_t form_id, const std::string& period,
                                       const std::string& county, const std::optional<User>& user);

}  // namespace jamt::service
