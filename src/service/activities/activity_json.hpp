#pragma once
// Activities as JSON for the API and the audit log (docs/api.md,
// "Activities").
#include <nlohmann/json.hpp>

#include "domain/registers/activity.hpp"
#include "domain/result.hpp"
#include "service/activities/activity_register.hpp"

namespace jamt::service {

// The record's fields as record_json writes them, then
// "co_organiser_ids" (numbers), "goal_nodes" (codes), "national_goals"
// ("2017:6"), "strategy_id" (null when no goal node is linked) and the
// timestamps.
nlohmann::ordered_json activity_json(const registers::Activity& activity);

// The same for the audit log (no timestamps).
nlohmann::ordered_json activity_audit_json(const registers::Activity& activity);

// A request body as input: the three lists as arrays (null: empty), every
// other key as a field (as record_from_json). Error "validation" (with
// `field`) when a list is not an array of strings or whole numbers, or the
// body is not an object.
Result<ActivityInput> activity_input_from_json(const nlohmann::json& body);

}  // namespace jamt::service
