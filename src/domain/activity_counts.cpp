#include "domain/activity_counts.hpp"

#include <algorithm>
#include <set>

#include "domain/national_goals.hpp"

namespace jamt {

namespace {

using registers::Activity;
using registers::value_of;

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// Appends the node and its subtree; returns the indices (into
// `activities`) of the activities linked to the node or below it.
std::set<std::size_t> add_node(const GoalNode& node, int depth, const std::vector<Activity>& activities,
                               std::int64_t strategy_id, std::vector<ActivityCount>& out) {
  std::size_t at = out.size();
  out.push_back({node.code, node.title, depth, 0, 0});
  std::set<std::size_t> below;
  for (std::size_t i = 0; i < activities.size(); ++i)
    if (activities[i].strategy_id == strategy_id && contains(activities[i].links.goal_nodes, node.code)) below.insert(i);
  out[at].count = below.size();
  for (const auto& child : node.children) {
    auto more = add_node(child, depth + 1, activities, strategy_id, out);
    below.insert(more.begin(), more.end());
  }
  out[at].count_with_descendants = below.size();
  return below;
}

std::vector<ActivityCount> count_choices(const registers::FieldSpec& field, const std::vector<Activity>& activities) {
  std::vector<ActivityCount> out;
  for (const auto& c : field.choices) {
    std::size_t n = static_cast<std::size_t>(std::count_if(activities.begin(), activities.end(), [&](const Activity& a) {
      return value_of(a.record, field.name) == c.code;
    }));
    out.push_back({c.code, c.label_sv, 0, n, n});
  }
  return out;
}

long long number(const registers::Record& r, const std::string& name) {
  const auto& v = value_of(r, name);
  if (v.empty()) return 0;
  try {
    return std::stoll(v);
  } catch (...) {
    return 0;
  }
}

}  // namespace

std::optional<double> ParticipantTotals::women_share() const {
  if (women + men == 0) return std::nullopt;
  return 100.0 * static_cast<double>(women) / static_cast<double>(women + men);
}

ActivityCounts count_activities(const std::vector<Activity>& activities, const Strategy* strategy) {
  ActivityCounts out;
  out.total = activities.size();
  for (const auto& a : activities) {
    if (!a.links.co_organiser_ids.empty()) ++out.joint;
    if (value_of(a.record, "status") == "genomford" && !a.links.national_goals.empty()) ++out.completed_with_national_goal;
    out.participants.women += number(a.record, "participants_women");
    out.participants.men += number(a.record, "participants_men");
    out.participants.other += number(a.record, "participants_other");
  }
  if (strategy)
    for (const auto& node : strategy->goals) add_node(node, 0, activities, strategy->id, out.by_goal_node);

  std::vector<std::string> references;
  const auto* catalogue = find_national_goal_catalogue(strategy ? strategy->national_goal_version : "2017");
  if (!catalogue) catalogue = find_national_goal_catalogue("2017");
  for (const auto& g : catalogue->subgoals) references.push_back(g.reference(catalogue->version));
  std::set<std::string> linked;
  for (const auto& a : activities) linked.insert(a.links.national_goals.begin(), a.links.national_goals.end());
  for (const auto& ref : linked)
    if (!contains(references, ref)) references.push_back(ref);
  for (const auto& ref : references) {
    const auto* goal = find_national_subgoal(ref);
    std::size_t n = static_cast<std::size_t>(std::count_if(
        activities.begin(), activities.end(), [&](const Activity& a) { return contains(a.links.national_goals, ref); }));
    out.by_national_goal.push_back({ref, goal ? goal->title : ref, 0, n, n});
  }

  const auto& spec = registers::activity_spec();
  out.by_type = count_choices(*spec.field("type"), activities);
  out.by_status = count_choices(*spec.field("status"), activities);
  return out;
}

}  // namespace jamt
