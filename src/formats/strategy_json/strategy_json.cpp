#include "formats/strategy_json/strategy_json.hpp"

#include "formats/common/json_support.hpp"
#include "formats/strategy_json/indicator_binding_json.hpp"

#include <cmath>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <set>

namespace jamt::formats {

namespace {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

const char* const kFormat = "jamt-strategy/1";

using json_support::type_name;

// Thrown inside the reader only, turned into a Result at its boundary.
struct ShapeError {
  std::string path;
  std::string message;
};

[[noreturn]] void fail(const std::string& path, std::string message) { throw ShapeError{path, std::move(message)}; }

// A view of one JSON object being read, with the path that names it.
class ObjectReader {
 public:
  ObjectReader(const json& j, std::string path, std::initializer_list<const char*> known)
      : j_(j), path_(std::move(path)) {
    if (!j.is_object()) fail(path_, "expected an object, got " + type_name(j));
    std::set<std::string> names(known.begin(), known.end());
    for (const auto& [key, _] : j.items())
      if (!names.count(key)) fail(at(key), "unknown field \"" + key + "\"");
  }

  std::string at(const std::string& key) const { return path_ + "." + key; }
  bool has(const char* key) const { return j_.contains(key); }

  const json& required(const char* key) const {
    if (!j_.contains(key)) fail(at(key), std::string("missing required field \"") + key + "\"");
    return j_.at(key);
  }

  std::string string(const char* key, bool is_required, std::string fallback = {}) const {
    if (!has(key)) {
      if (is_required) (void)required(key);
      return fallback;
    }
    const json& v = j_.at(key);
    if (!v.is_string()) fail(at(key), "expected a string, got " + type_name(v));
    return v.get<std::string>();
  }

  std::optional<std::string> nullable_string(const char* key) const {
    if (!has(key) || j_.at(key).is_null()) return std::nullopt;
    return string(key, true);
  }

  int integer(const char* key) const {
    const json& v = required(key);
    if (!v.is_number_integer()) fail(at(key), "expected an integer, got " + type_name(v));
    if (v.is_number_unsigned() ? v.get<unsigned long long>() > 1000000ULL
                               : (v.get<long long>() > 1000000LL || v.get<long long>() < -1000000LL))
      fail(at(key), "integer " + v.dump() + " is out of range");
    return static_cast<int>(v.get<long long>());
  }

  // The optional database id `key` (a positive integer), 0 when absent or null.
  std::int64_t id(const char* key) const {
    if (!has(key) || j_.at(key).is_null()) return 0;
    const json& v = j_.at(key);
    if (!v.is_number_integer() || v.get<long long>() < 1) fail(at(key), "expected a positive integer id, got " + v.dump());
    return v.get<std::int64_t>();
  }

  std::vector<std::string> strings(const char* key, std::vector<std::string> fallback = {}) const {
    if (!has(key)) return fallback;
    const json& v = j_.at(key);
    if (!v.is_array()) fail(at(key), "expected an array of strings, got " + type_name(v));
    std::vector<std::string> out;
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (!v[i].is_string()) fail(at(key) + "[" + std::to_string(i) + "]", "expected a string, got " + type_name(v[i]));
      out.push_back(v[i].get<std::string>());
    }
    return out;
  }

  // Calls read(element, path) for each element of the array `key`.
  template <class F>
  void each(const char* key, bool is_required, F&& read) const {
    if (!has(key)) {
      if (is_required) (void)required(key);
      return;
    }
    const json& v = j_.at(key);
    if (!v.is_array()) fail(at(key), "expected an array, got " + type_name(v));
    for (std::size_t i = 0; i < v.size(); ++i) read(v[i], at(key) + "[" + std::to_string(i) + "]");
  }

  const json& raw(const char* key) const { return j_.at(key); }

 private:
  const json& j_;
  std::string path_;
};

// Turns a Status of the binding reader into the reader's ShapeError.
template <class T>
T or_fail(Result<T> r) {
  if (!r) fail(r.error().where, r.error().message);
  return std::move(*r);
}

Indicator read_indicator(const json& j, const std::string& path) {
  ObjectReader r(j, path, {"id", "code", "name", "unit", "source", "periodicity", "disaggregation", "direction", "baseline",
                           "target", "note", "measure", "register", "reporting", "survey"});
  Indicator ind;
  ind.id = r.id("id");
  ind.code = r.string("code", true);
  ind.name = r.string("name", true);
  ind.unit = r.string("unit", false, "count");
  ind.source = r.string("source", false);
  ind.periodicity = r.string("periodicity", false, "yearly");
  ind.disaggregation = r.strings("disaggregation", {"sex"});
  ind.direction = r.string("direction", false, "none");
  ind.baseline = or_fail(strategy_json_detail::read_period_value(j, path, "baseline"));
  ind.target = or_fail(strategy_json_detail::read_period_value(j, path, "target"));
  ind.note = r.string("note", false);
  if (Status st = strategy_json_detail::read_indicator_binding(j, path, ind); !st)
    fail(st.error().where, st.error().message);
  return ind;
}

ProblemArea read_problem_area(const json& j, const std::string& path) {
  ObjectReader r(j, path, {"problem", "actions"});
  ProblemArea pa;
  pa.problem = r.string("problem", true);
  r.each("actions", true, [&](const json& a, const std::string& ap) {
    ObjectReader ar(a, ap, {"action", "contributors", "subgoals"});
    pa.actions.push_back({ar.string("action", true), ar.strings("contributors"), ar.strings("subgoals")});
  });
  return pa;
}

// A commitment: a plain string is one of the county board's; an object
// {id?, text, owner?, owner_organisation_id?, targets?} names its owner and
// the action-plan targets it serves.
Commitment read_commitment(const json& j, const std::string& path) {
  if (j.is_string()) return Commitment{.text = j.get<std::string>()};
  ObjectReader r(j, path, {"id", "text", "owner", "owner_organisation_id", "targets"});
  Commitment c;
  c.id = r.id("id");
  c.text = r.string("text", true);
  c.owner = r.string("owner", false);
  if (auto org = r.id("owner_organisation_id"); org != 0) c.owner_organisation_id = org;
  c.targets = r.strings("targets");
  return c;
}

GoalNode read_node(const json& j, const std::string& path) {
  ObjectReader r(j, path, {"id", "code", "kind", "title", "title_en", "description", "description_en", "national_goals", "indicators",
                           "board_commitments", "problem_areas", "children"});
  GoalNode n;
  n.id = r.id("id");
  n.code = r.string("code", true);
  std::string kind = r.string("kind", true);
  auto k = parse_node_kind(kind);
  if (!k) fail(r.at("kind"), "unknown kind \"" + kind + "\" (allowed: overall, subgoal, focus_area, target)");
  n.kind = *k;
  n.title = r.string("title", true);
  n.description = r.string("description", false);
  n.title_en = r.string("title_en", false);
  n.description_en = r.string("description_en", false);
  n.national_goals = r.strings("national_goals");
  r.each("indicators", false, [&](const json& x, const std::string& p) { n.indicators.push_back(read_indicator(x, p)); });
  r.each("board_commitments", false,
         [&](const json& x, const std::string& p) { n.board_commitments.push_back(read_commitment(x, p)); });
  r.each("problem_areas", false, [&](const json& x, const std::string& p) { n.problem_areas.push_back(read_problem_area(x, p)); });
  r.each("children", false, [&](const json& x, const std::string& p) { n.children.push_back(read_node(x, p)); });
  return n;
}

ActionPlanObjective read_objective(const json& o, const std::string& op) {
  ObjectReader orr(o, op, {"code", "title", "description", "targets"});
  ActionPlanObjective obj;
  obj.code = orr.string("code", true);
  obj.title = orr.string("title", true);
  obj.description = orr.string("description", false);
  orr.each("targets", true, [&](const json& t, const std::string& tp) {
    ObjectReader tr(t, tp, {"code", "title", "example_activities", "follow_up_sources"});
    obj.targets.push_back({tr.string("code", true), tr.string("title", true), tr.strings("example_activities"),
                           tr.strings("follow_up_sources")});
  });
  return obj;
}

ActionPlan read_action_plan(const json& j, const std::string& path) {
  ObjectReader r(j, path, {"title", "start_year", "end_year", "description", "objectives"});
  ActionPlan plan;
  plan.title = r.string("title", true);
  plan.start_year = r.integer("start_year");
  plan.end_year = r.integer("end_year");
  plan.description = r.string("description", false);
  r.each("objectives", true, [&](const json& o, const std::string& op) { plan.objectives.push_back(read_objective(o, op)); });
  return plan;
}

Strategy read_document(const json& j) {
  ObjectReader r(j, "$", {"format", "id", "county_code", "title", "title_en", "start_year", "end_year", "status", "adopted_on",
                          "decision", "national_goal_version", "vision", "vision_en", "description", "description_en",
                          "source", "goals", "action_plan"});
  std::string format = r.string("format", true);
  if (format != kFormat) fail("$.format", "unsupported format \"" + format + "\" (expected \"" + kFormat + "\")");
  Strategy s;
  s.id = r.id("id");
  s.county_code = r.string("county_code", true);
  s.title = r.string("title", true);
  s.start_year = r.integer("start_year");
  s.end_year = r.integer("end_year");
  std::string status = r.string("status", false, "draft");
  auto st = parse_strategy_status(status);
  if (!st) fail("$.status", "unknown status \"" + status + "\" (allowed: draft, adopted, archived)");
  s.status = *st;
  s.adopted_on = r.nullable_string("adopted_on");
  s.decision = r.nullable_string("decision");
  s.national_goal_version = r.string("national_goal_version", false, "2017");
  s.vision = r.string("vision", false);
  s.description = r.string("description", false);
  s.source = r.string("source", false);
  s.title_en = r.string("title_en", false);
  s.vision_en = r.string("vision_en", false);
  s.description_en = r.string("description_en", false);
  r.each("goals", true, [&](const json& x, const std::string& p) { s.goals.push_back(read_node(x, p)); });
  if (r.has("action_plan") && !r.raw("action_plan").is_null()) s.action_plan = read_action_plan(r.raw("action_plan"), "$.action_plan");
  return s;
}

// --- writer ---

ojson write_node(const GoalNode& n, bool with_ids) {
  ojson o = ojson::object();
  if (with_ids) o["id"] = n.id;
  o["code"] = n.code;
  o["kind"] = std::string(to_string(n.kind));
  o["title"] = n.title;
  if (!n.title_en.empty()) o["title_en"] = n.title_en;
  o["description"] = n.description;
  if (!n.description_en.empty()) o["description_en"] = n.description_en;
  o["national_goals"] = n.national_goals;
  o["indicators"] = ojson::array();
  for (const auto& i : n.indicators) {
    ojson x = ojson::object();
    if (with_ids) x["id"] = i.id;
    x["code"] = i.code;
    x["name"] = i.name;
    x["unit"] = i.unit;
    x["source"] = i.source;
    x["periodicity"] = i.periodicity;
    x["disaggregation"] = i.disaggregation;
    x["direction"] = i.direction;
    x["baseline"] = strategy_json_detail::write_period_value(i.baseline);
    x["target"] = strategy_json_detail::write_period_value(i.target);
    x["note"] = i.note;
    strategy_json_detail::write_indicator_binding(i, x);
    o["indicators"].push_back(std::move(x));
  }
  o["board_commitments"] = ojson::array();
  for (const auto& c : n.board_commitments) {
    // The board's commitments without targets stay plain strings (the demo
    // files); with ids every commitment is an object so its id travels.
    if (!with_ids && c.owner.empty() && !c.owner_organisation_id && c.targets.empty()) {
      o["board_commitments"].push_back(c.text);
      continue;
    }
    ojson x = ojson::object();
    if (with_ids && c.id != 0) x["id"] = c.id;
    x["text"] = c.text;
    x["owner"] = c.owner;
    if (c.owner_organisation_id) x["owner_organisation_id"] = *c.owner_organisation_id;
    x["targets"] = c.targets;
    o["board_commitments"].push_back(std::move(x));
  }
  o["problem_areas"] = ojson::array();
  for (const auto& pa : n.problem_areas) {
    ojson p = ojson::object();
    p["problem"] = pa.problem;
    p["actions"] = ojson::array();
    for (const auto& a : pa.actions) {
      ojson x = ojson::object();
      x["action"] = a.action;
      x["contributors"] = a.contributors;
      x["subgoals"] = a.subgoals;
      p["actions"].push_back(std::move(x));
    }
    o["problem_areas"].push_back(std::move(p));
  }
  o["children"] = ojson::array();
  for (const auto& c : n.children) o["children"].push_back(write_node(c, with_ids));
  return o;
}

}  // namespace

Result<Strategy> read_strategy_json(std::string_view text) {
  auto parsed = parse_json_limited(text, kJsonFileDepthLimit);
  if (!parsed) return parsed.error();
  try {
    return read_document(*parsed);
  } catch (const ShapeError& e) {
    return Error{ErrorKind::validation, e.message, e.path, {}};
  } catch (const json::exception& e) {
    return Error{ErrorKind::validation, std::string("value out of range: ") + e.what(), "$", {}};
  }
}

namespace {

// Parses `text` and reads it with `read` (path "$"), errors as read_strategy_json's.
template <class T, class F>
Result<T> read_part(std::string_view text, F&& read) {
  auto parsed = parse_json_limited(text, kJsonFileDepthLimit);
  if (!parsed) return parsed.error();
  try {
    return read(*parsed, std::string("$"));
  } catch (const ShapeError& e) {
    return Error{ErrorKind::validation, e.message, e.path, {}};
  } catch (const json::exception& e) {
    return Error{ErrorKind::validation, std::string("value out of range: ") + e.what(), "$", {}};
  }
}

}  // namespace

Result<Indicator> read_indicator_json(std::string_view text) { return read_part<Indicator>(text, read_indicator); }
Result<ProblemArea> read_problem_area_json(std::string_view text) {
  return read_part<ProblemArea>(text, read_problem_area);
}
Result<ActionPlan> read_action_plan_json(std::string_view text) { return read_part<ActionPlan>(text, read_action_plan); }
Result<ActionPlanObjective> read_objective_json(std::string_view text) {
  return read_part<ActionPlanObjective>(text, read_objective);
}

std::string write_strategy_json(const Strategy& s) { return write_strategy_json(s, StrategyJsonOptions{.with_ids = false}); }

std::string write_strategy_json(const Strategy& s, const StrategyJsonOptions& options) {
  ojson o = ojson::object();
  o["format"] = kFormat;
  if (options.with_ids) o["id"] = s.id;
  o["county_code"] = s.county_code;
  o["title"] = s.title;
  if (!s.title_en.empty()) o["title_en"] = s.title_en;
  o["start_year"] = s.start_year;
  o["end_year"] = s.end_year;
  o["status"] = std::string(to_string(s.status));
  o["adopted_on"] = s.adopted_on ? ojson(*s.adopted_on) : ojson(nullptr);
  if (s.decision) o["decision"] = *s.decision;
  o["national_goal_version"] = s.national_goal_version;
  o["vision"] = s.vision;
  if (!s.vision_en.empty()) o["vision_en"] = s.vision_en;
  o["description"] = s.description;
  if (!s.description_en.empty()) o["description_en"] = s.description_en;
  o["source"] = s.source;
  o["goals"] = ojson::array();
  for (const auto& g : s.goals) o["goals"].push_back(write_node(g, options.with_ids));
  if (s.action_plan) {
    const auto& p = *s.action_plan;
    ojson ap = ojson::object();
    ap["title"] = p.title;
    ap["start_year"] = p.start_year;
    ap["end_year"] = p.end_year;
    ap["description"] = p.description;
    ap["objectives"] = ojson::array();
    for (const auto& obj : p.objectives) {
      ojson ob = ojson::object();
      ob["code"] = obj.code;
      ob["title"] = obj.title;
      ob["description"] = obj.description;
      ob["targets"] = ojson::array();
      for (const auto& t : obj.targets) {
        ojson x = ojson::object();
        x["code"] = t.code;
        x["title"] = t.title;
        x["example_activities"] = t.example_activities;
        x["follow_up_sources"] = t.follow_up_sources;
        ob["targets"].push_back(std::move(x));
      }
      ap["objectives"].push_back(std::move(ob));
    }
    o["action_plan"] = std::move(ap);
  } else {
    o["action_plan"] = nullptr;
  }
  return o.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace jamt::formats
