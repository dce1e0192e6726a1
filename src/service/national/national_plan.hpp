#pragma once
// The national level (issue 14, item 3; seed 001): the national action plan
// held at region "00", the resources each county is granted, uses and
// carries over per year, and activities flagged as learning examples.
// Authorisation (service/authorization.*): the national coordinator and
// admins keep the plan and the resources; a county's strategist (and
// admins) flag that county's activities as examples; everyone reads. Every
// change is audited: entity "national_plan" (id 0, region 00),
// "national_resources" (id year * 100 + county number, 202508 for Kalmar
// 2025), "activity_example" (the activity's id).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/national/national_plan.hpp"
#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

// The national action plan, or nullopt when none has been saved yet.
// Anyone may read it, the public too.
Result<std::optional<NationalPlan>> national_plan(store::Database& db, const std::optional<User>& user);

// Replaces the national action plan by `plan` (its region, updated_by and
// updated_at are set here). Errors: "unauthorized"/"forbidden" for anyone
// but the coordinator and admins; "validation" naming the first field
// wrong (plan_problems: "title", "overall_goal", "subgoals",
// "subgoals[1].title", …). Returns the plan as stored.
Result<NationalPlan> save_national_plan(store::Database& db, NationalPlan plan, const std::optional<User>& user);

// Every county's resources recorded for `year`, by county code. Anyone may
// read them.
Result<std::vector<CountyResources>> resources_of_year(store::Database& db, int year,
                                                       const std::optional<User>& user);

// Records a county's resources for a year, replacing earlier figures
// (county_code, year, granted, used, carried_over are read from `input`).
// Errors: as save_national_plan for authorisation; "validation" with field
// "county_code" (not one of the 21 counties), "year" (outside 2000–2100),
// "granted"/"used"/"carried_over" (negative), "carried_over" (more than
// the unspent granted − used). Returns the figures as stored.
Result<CountyResources> save_resources(store::Database& db, const CountyResources& input,
                                       const std::optional<User>& user);

// Flags activity `activity_id` as an example of `development_area` (at
// most 200 characters), replacing an earlier flag. Errors: "not_found" (no
// such activity; "unauthorized" for the public), "forbidden" for anyone but
// admins and the strategists of the activity's county, "validation" with
// field "development_area" when empty or too long.
Result<ActivityExample> flag_example(store::Database& db, std::int64_t activity_id,
                                     const std::string& development_area, const std::optional<User>& user);

// Removes the example flag of `activity_id`. Errors as flag_example;
// not_found also when the activity is not flagged.
Status unflag_example(store::Database& db, std::int64_t activity_id, const std::optional<User>& user);

// The examples `user` may see, by county then start date: every one for
// admins and coordinators; published activities' for everyone else, and
// a strategist's own county's besides.
Result<std::vector<ActivityExample>> examples(store::Database& db, const std::optional<User>& user);

// The example flag of activity `activity_id` as examples() lets `user` see
// it, or nullopt when it is not flagged (or not visible to the user).
Result<std::optional<ActivityExample>> example_of(store::Database& db, std::int64_t activity_id,
                                                  const std::optional<User>& user);

}  // namespace jamt::service
