#pragma once
// Storage of the national action plan, resources per county and year and
// activity examples (migration 26). Functions work on a leased session,
// inside the caller's transaction, and throw soci errors.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/national/national_plan.hpp"

namespace soci {
class session;
}

namespace jamt::store {

// The action plan of `region_code` ("00": national) with its sub-goals,
// insatser and effects in order, or nullopt when none is kept.
std::optional<NationalPlan> load_national_plan(soci::session& s, const std::string& region_code);

// Replaces the plan of `plan.region_code` (all its sub-goals and lines)
// by `plan`, recording `plan.updated_by` and `plan.updated_at`.
void save_national_plan(soci::session& s, const NationalPlan& plan);

// The resources of `county_code` in `year`, or nullopt when none recorded.
std::optional<CountyResources> load_resources(soci::session& s, const std::string& county_code, int year);

// Every county's resources in `year`, by county code.
std::vector<CountyResources> resources_of_year(soci::session& s, int year);

// Records `r` for its county and year, replacing what was there.
void save_resources(soci::session& s, const CountyResources& r);

// The county code of activity `activity_id`, or nullopt when there is none.
std::optional<std::string> activity_county(soci::session& s, std::int64_t activity_id);

// The example flag of activity `activity_id` with the activity's title,
// county, start and published flag, or nullopt when it is not an example.
std::optional<ActivityExample> load_example(soci::session& s, std::int64_t activity_id);

// Flags activity `e.activity_id` as an example (development area, by, at),
// replacing an earlier flag.
void save_example(soci::session& s, const ActivityExample& e);

// Removes the example flag of `activity_id` (nothing when there is none).
void delete_example(soci::session& s, std::int64_t activity_id);

// Every example, by county code, then start date, then activity id.
std::vector<ActivityExample> list_examples(soci::session& s);

}  // namespace jamt::store
