#include "service/strategy/strategy_content_editing.hpp"

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

#include "service/strategy/strategy_change.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::service {

namespace {

GoalNode* node_in(std::vector<GoalNode>& nodes, std::int64_t id) {
  for (auto& n : nodes) {
    if (n.id == id) return &n;
    if (auto* found = node_in(n.children, id)) return found;
  }
  return nullptr;
}

// The sibling list that holds node `id`, or null.
std::vector<GoalNode>* siblings_of(std::vector<GoalNode>& nodes, std::int64_t id) {
  for (auto& n : nodes)
    if (n.id == id) return &nodes;
  for (auto& n : nodes)
    if (auto* found = siblings_of(n.children, id)) return found;
  return nullptr;
}

Error no_node() { return not_found_error("Strategin har inget sådant mål."); }

// Moves element `from` of `list` to where `where` says.
template <class T>
Status move_within(std::vector<T>& list, std::size_t from, const NewPosition& where) {
  const int count = static_cast<int>(list.size());
  int to = static_cast<int>(from) + 1;  // 1-based
  if (where.direction && where.position)
    return validation_error(i18n::tr("Ange antingen riktning eller plats, inte båda."), {}, "position");
  if (where.direction) {
    if (*where.direction == "up") to -= 1;
    else if (*where.direction == "down") to += 1;
    else return validation_error("Riktningen ska vara up eller down, inte \"" + *where.direction + "\".", {}, "direction");
    if (to < 1) return validation_error(i18n::tr("Det går inte att flytta upp: den ligger redan först."), {}, "direction");
    if (to > count) return validation_error(i18n::tr("Det går inte att flytta ned: den ligger redan sist."), {}, "direction");
  } else if (where.position) {
    to = *where.position;
    if (to < 1 || to > count)
      return validation_error(i18n::trf("Platsen ska vara ett tal från 1 till {1}.", {std::to_string(count)}), {}, "position");
  } else {
    return validation_error(i18n::tr("Ange riktning (up eller down) eller plats."), {}, "position");
  }
  T moved = std::move(list[from]);
  list.erase(list.begin() + static_cast<std::ptrdiff_t>(from));
  list.insert(list.begin() + (to - 1), std::move(moved));
  return {};
}

Status check_indicator(const Indicator& ind) {
  if (ind.code.empty()) return validation_error(i18n::tr("Ange indikatorns kod."), {}, "code");
  if (ind.name.empty()) return validation_error(i18n::tr("Ange indikatorns namn."), {}, "name");
  return {};
}

Status check_problem_area(const ProblemArea& area) {
  if (area.problem.empty()) return validation_error(i18n::tr("Beskriv problemområdet."), {}, "problem");
  for (const auto& a : area.actions)
    if (a.action.empty()) return validation_error(i18n::tr("Varje föreslagen åtgärd behöver en text."), {}, "action");
  return {};
}

Status check_objective(const ActionPlanObjective& o) {
  if (o.code.empty()) return validation_error(i18n::tr("Ange delmålets kod."), {}, "code");
  if (o.title.empty()) return validation_error(i18n::tr("Ange delmålets rubrik."), {}, "title");
  for (const auto& t : o.targets) {
    if (t.code.empty()) return validation_error(i18n::tr("Varje målsättning behöver en kod."), {}, "target_code");
    if (t.title.empty()) return validation_error(i18n::tr("Varje målsättning behöver en rubrik."), {}, "target_title");
  }
  return {};
}

const Indicator* indicator_in(const std::vector<GoalNode>& nodes, std::int64_t node_id, const std::string& code) {
  for (const auto& n : nodes) {
    if (n.id == node_id) {
      for (const auto& i : n.indicators)
        if (i.code == code) return &i;
      return nullptr;
    }
    if (auto* found = indicator_in(n.children, node_id, code)) return found;
  }
  return nullptr;
}

// The list element at 1-based `number`, or null.
template <class T>
T* numbered(std::vector<T>& list, int number) {
  if (number < 1 || number > static_cast<int>(list.size())) return nullptr;
  return &list[static_cast<std::size_t>(number - 1)];
}

}  // namespace

Result<Strategy> reorder_node(store::Database& db, std::int64_t id, std::int64_t node_id, const NewPosition& where,
                              const std::optional<User>& user) {
  return edit_strategy(db, id, user, "reorder_node", [&](Strategy& st) -> Status {
    auto* list = siblings_of(st.goals, node_id);
    if (!list) return no_node();
    auto it = std::find_if(list->begin(), list->end(), [&](const GoalNode& n) { return n.id == node_id; });
    return move_within(*list, static_cast<std::size_t>(it - list->begin()), where);
  });
}

Result<Indicator> add_indicator(store::Database& db, std::int64_t id, std::int64_t node_id, Indicator indicator,
                                const std::optional<User>& user) {
  indicator.id = 0;
  auto changed = edit_strategy(db, id, user, "add_indicator", [&](Strategy& st) -> Status {
    GoalNode* n = node_in(st.goals, node_id);
    if (!n) return no_node();
    if (auto ok = check_indicator(indicator); !ok) return ok;
    for (const auto& i : n->indicators)
      if (i.code == indicator.code)
        return validation_error("Målet har redan en indikator med koden \"" + indicator.code + "\".", {}, "code");
    n->indicators.push_back(indicator);
    return {};
  });
  if (!changed) return changed.error();
  const Indicator* made = indicator_in(changed->goals, node_id, indicator.code);
  if (!made) return Error{ErrorKind::internal, "the new indicator was not stored", {}, {}};
  return *made;
}

Result<Indicator> update_indicator(store::Database& db, std::int64_t id, std::int64_t node_id,
                                   std::int64_t indicator_id, Indicator indicator, const std::optional<User>& user) {
  indicator.id = indicator_id;
  auto changed = edit_strategy(db, id, user, "update_indicator", [&](Strategy& st) -> Status {
    GoalNode* n = node_in(st.goals, node_id);
    if (!n) return no_node();
    auto it = std::find_if(n->indicators.begin(), n->indicators.end(),
                           [&](const Indicator& i) { return i.id == indicator_id; });
    if (it == n->indicators.end()) return not_found_error("Målet har ingen sådan indikator.");
    if (auto ok = check_indicator(indicator); !ok) return ok;
    for (const auto& i : n->indicators)
      if (i.id != indicator_id && i.code == indicator.code)
        return validation_error("Målet har redan en indikator med koden \"" + indicator.code + "\".", {}, "code");
    *it = indicator;
    return {};
  });
  if (!changed) return changed.error();
  const Indicator* made = indicator_in(changed->goals, node_id, indicator.code);
  if (!made) return Error{ErrorKind::internal, "the changed indicator was not stored", {}, {}};
  return *made;
}

Status remove_indicator(store::Database& db, std::int64_t id, std::int64_t node_id, std::int64_t indicator_id,
                        const std::optional<User>& user) {
  auto changed = edit_strategy(db, id, user, "remove_indicator", [&](Strategy& st) -> Status {
    GoalNode* n = node_in(st.goals, node_id);
    if (!n) return no_node();
    auto before = n->indicators.size();
    std::erase_if(n->indicators, [&](const Indicator& i) { return i.id == indicator_id; });
    if (n->indicators.size() == before) return not_found_error("Målet har ingen sådan indikator.");
    return {};
  });
  if (!changed) return changed.error();
  return {};
}

Result<Strategy> reorder_indicator(store::Database& db, std::int64_t id, std::int64_t node_id,
                                   std::int64_t indicator_id, const NewPosition& where,
                                   const std::optional<User>& user) {
  return edit_strategy(db, id, user, "reorder_indicator", [&](Strategy& st) -> Status {
    GoalNode* n = node_in(st.goals, node_id);
    if (!n) return no_node();
    auto it = std::find_if(n->indicators.begin(), n->indicators.end(),
                           [&](const Indicator& i) { return i.id == indicator_id; });
    if (it == n->indicators.end()) return not_found_error("Målet har ingen sådan indikator.");
    return move_within(n->indicators, static_cast<std::size_t>(it - n->indicators.begin()), where);
  });
}

Result<Strategy> add_problem_area(store::Database& db, std::int64_t id, std::int64_t node_id, ProblemArea area,
                                  const std::optional<User>& user) {
  return edit_strategy(db, id, user, "add_problem_area", [&](Strategy& st) -> Status {
    GoalNode* n = node_in(st.goals, node_id);
    if (!n) return no_node();
    if (auto ok = check_problem_area(area); !ok) return ok;
    n->problem_areas.push_back(area);
    return {};
  });
}

Result<Strategy> update_problem_area(store::Database& db, std::int64_t id, std::int64_t node_id, int number,
                                     ProblemArea area, const std::optional<User>& user) {
  return edit_strategy(db, id, user, "update_problem_area", [&](Strategy& st) -> Status {
    GoalNode* n = node_in(st.goals, node_id);
    if (!n) return no_node();
    ProblemArea* old = numbered(n->problem_areas, number);
    if (!old) return not_found_error("Målet har inget problemområde nummer " + std::to_string(number) + ".");
    if (auto ok = check_problem_area(area); !ok) return ok;
    *old = area;
    return {};
  });
}

Result<Strategy> remove_problem_area(store::Database& db, std::int64_t id, std::int64_t node_id, int number,
                                     const std::optional<User>& user) {
  return edit_strategy(db, id, user, "remove_problem_area", [&](Strategy& st) -> Status {
    GoalNode* n = node_in(st.goals, node_id);
    if (!n) return no_node();
    if (!numbered(n->problem_areas, number))
      return not_found_error("Målet har inget problemområde nummer " + std::to_string(number) + ".");
    n->problem_areas.erase(n->problem_areas.begin() + (number - 1));
    return {};
  });
}

Result<Strategy> set_action_plan(store::Database& db, std::int64_t id, std::optional<ActionPlan> plan,
                                 const std::optional<User>& user) {
  return edit_strategy(db, id, user, plan ? "set_action_plan" : "remove_action_plan", [&](Strategy& st) -> Status {
    if (plan) {
      if (plan->title.empty()) return validation_error(i18n::tr("Ange handlingsplanens titel."), {}, "title");
      if (plan->start_year < 1990 || plan->start_year > 2100)
        return validation_error(i18n::tr("Ange handlingsplanens första år, till exempel 2024."), {}, "start_year");
      if (plan->end_year < plan->start_year || plan->end_year > 2100)
        return validation_error(i18n::tr("Sista året kan inte ligga före det första (eller efter 2100)."), {}, "end_year");
      for (const auto& o : plan->objectives)
        if (auto ok = check_objective(o); !ok) return ok;
    }
    st.action_plan = plan;
    return {};
  });
}

Result<Strategy> add_objective(store::Database& db, std::int64_t id, ActionPlanObjective objective,
                               const std::optional<User>& user) {
  return edit_strategy(db, id, user, "add_objective", [&](Strategy& st) -> Status {
    if (!st.action_plan) return conflict_error("Strategin har ingen handlingsplan: skapa den först.");
    if (auto ok = check_objective(objective); !ok) return ok;
    st.action_plan->objectives.push_back(objective);
    return {};
  });
}

Result<Strategy> update_objective(store::Database& db, std::int64_t id, int number, ActionPlanObjective objective,
                                  const std::optional<User>& user) {
  return edit_strategy(db, id, user, "update_objective", [&](Strategy& st) -> Status {
    ActionPlanObjective* old = st.action_plan ? numbered(st.action_plan->objectives, number) : nullptr;
    if (!old) return not_found_error("Handlingsplanen har inget delmål nummer " + std::to_string(number) + ".");
    if (auto ok = check_objective(objective); !ok) return ok;
    *old = objective;
    return {};
  });
}

Result<Strategy> remove_objective(store::Database& db, std::int64_t id, int number, const std::optional<User>& user) {
  return edit_strategy(db, id, user, "remove_objective", [&](Strategy& st) -> Status {
    if (!st.action_plan || !numbered(st.action_plan->objectives, number))
      return not_found_error("Handlingsplanen har inget delmål nummer " + std::to_string(number) + ".");
    st.action_plan->objectives.erase(st.action_plan->objectives.begin() + (number - 1));
    return {};
  });
}

}  // namespace jamt::service
