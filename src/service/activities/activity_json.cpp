#include "service/activities/activity_json.hpp"

#include "service/registers/record_json.hpp"

namespace jamt::service {

namespace {

using nlohmann::ordered_json;

const char* const kLists[] = {"co_organiser_ids", "goal_nodes", "national_goals", "plan_targets",
                              "commitment_ids"};  // plan_targets: issue 12 C; commitment_ids: issue 12 item 3

void add_links(ordered_json& out, const registers::Activity& a) {
  out["co_organiser_ids"] = a.links.co_organiser_ids;
  out["goal_nodes"] = a.links.goal_nodes;
  out["national_goals"] = a.links.national_goals;
  out["plan_targets"] = a.links.plan_targets;  // issue 12 C
  out["commitment_ids"] = a.links.commitment_ids;  // issue 12 item 3 (engineer B)
  out["strategy_id"] = a.strategy_id ? ordered_json(a.strategy_id) : ordered_json(nullptr);
}

Result<std::vector<std::string>> list_of(const nlohmann::json& v, const std::string& key) {
  std::vector<std::string> out;
  if (v.is_null()) return out;
  if (!v.is_array()) return validation_error(key + ": must be an array", {}, key);
  for (const auto& item : v) {
    if (item.is_string()) out.push_back(item.get<std::string>());
    else if (item.is_number_integer()) out.push_back(item.dump());
    else return validation_error(key + ": every item must be a string or a whole number", {}, key);
  }
  return out;
}

}  // namespace

ordered_json activity_json(const registers::Activity& a) {
  ordered_json out = record_json(registers::activity_spec(), a.record);
  ordered_json stamps;
  for (const char* k : {"created_at", "updated_at"})
    if (out.contains(k)) {
      stamps[k] = out[k];
      out.erase(k);
    }
  add_links(out, a);
  for (auto& [k, v] : stamps.items()) out[k] = v;
  return out;
}

ordered_json activity_audit_json(const registers::Activity& a) {
  ordered_json out = audit_json(registers::activity_spec(), a.record);
  add_links(out, a);
  return out;
}

Result<ActivityInput> activity_input_from_json(const nlohmann::json& body) {
  if (!body.is_object()) return validation_error("the request body must be a JSON object");
  ActivityInput input;
  nlohmann::json fields = nlohmann::json::object();
  for (const auto& [key, v] : body.items()) {
    bool is_list = false;
    for (const char* name : kLists) is_list = is_list || key == name;
    if (!is_list) {
      fields[key] = v;
      continue;
    }
    auto list = list_of(v, key);
    if (!list) return list.error();
    if (key == "co_organiser_ids") input.co_organiser_ids = *list;
    else if (key == "goal_nodes") input.goal_nodes = *list;
    else if (key == "plan_targets") input.plan_targets = *list;  // issue 12 C
    else if (key == "commitment_ids") input.commitment_ids = *list;  // issue 12 item 3 (engineer B)
    else input.national_goals = *list;
  }
  auto record = record_from_json(fields);
  if (!record) return record.error();
  input.fields = *record;
  return input;
}

}  // namespace jamt::service
