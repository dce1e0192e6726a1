#include "service/strategy/strategy_editing.hpp"
#include "service/strategy/strategy_change.hpp"

#include <functional>

#include "domain/regions.hpp"

#include "formats/strategy_json/strategy_json.hpp"
#include "service/authorization.hpp"
#include "service/registers/register_service.hpp"
#include "service/strategy/strategy_versions.hpp"
#include "store/audit_repository.hpp"
#include "store/strategy_repository.hpp"
#include "store/strategy/activity_node_links.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::service {

namespace {

Scope scope_of(const Strategy& s) {
  return Scope{.county_code = s.county_code, .published = s.status != StrategyStatus::draft};
}

// The API field a validate() path points at: its last name, indexes dropped
// ("$.goals[0].children[2].national_goals[1]" → "national_goals").
std::string field_of(const std::string& where) {
  std::string last = where.substr(where.rfind('.') == std::string::npos ? 0 : where.rfind('.') + 1);
  return last.substr(0, last.find('['));
}

Error with_field(Error e) {
  if (e.field.empty()) e.field = field_of(e.where);
  return e;
}

GoalNode* find_node(std::vector<GoalNode>& nodes, std::int64_t id) {
  for (auto& n : nodes) {
    if (n.id == id) return &n;
    if (auto* found = find_node(n.children, id)) return found;
  }
  return nullptr;
}

// Takes node `id` out of the tree and returns it.
std::optional<GoalNode> take_node(std::vector<GoalNode>& nodes, std::int64_t id) {
  for (auto it = nodes.begin(); it != nodes.end(); ++it) {
    if (it->id == id) {
      GoalNode n = std::move(*it);
      nodes.erase(it);
      return n;
    }
    if (auto found = take_node(it->children, id)) return found;
  }
  return std::nullopt;
}

const GoalNode* find_by_code(const std::vector<GoalNode>& nodes, std::int64_t parent, std::int64_t here,
                             const std::string& code) {
  for (const auto& n : nodes) {
    if (here == parent && n.code == code) return &n;
    if (auto* found = find_by_code(n.children, parent, n.id, code)) return found;
  }
  return nullptr;
}

Status check_period_free(soci::session& s, const Strategy& next) {
  auto other = store::find_strategy_id(s, next.county_code, next.start_year, next.end_year);
  if (other && *other != next.id)
    return conflict_error("Länet har redan en strategi för " + std::to_string(next.start_year) + "–" +
                          std::to_string(next.end_year) + " (id " + std::to_string(*other) + ").");
  return {};
}

using Change = std::function<Status(Strategy&)>;

// Loads strategy `id`, checks that `user` may change it, opens the draft
// revision of an adopted strategy, applies `change`, checks the model and
// writes it with an audit entry `action`. The strategy as stored after.
Result<Strategy> edit(store::Database& db, std::int64_t id, const std::optional<User>& user, const std::string& action,
                      const Change& change) {
  std::optional<Strategy> result;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto current = store::load_strategy(s, id);
    if (!current) return missing_record_error(user, "strategy");
    if (auto ok = authorize_stored(user, Action::update, scope_of(*current), "strategy"); !ok) return ok;
    if (current->status == StrategyStatus::archived)
      return conflict_error("Strategin är arkiverad och kan inte ändras.");
    Strategy next = *current;
    if (next.status == StrategyStatus::adopted && !next.revision_open) {
      keep_first_version(s, *current, actor_name(user));
      next.revision_open = true;
    }
    if (auto c = change(next); !c) return c;
    if (auto valid = validate(next); !valid) return with_field(valid.error());
    if (auto free = check_period_free(s, next); !free) return free;
    store::replace_strategy(s, id, next);
    // A draft never adopted is what activities link to: their codes follow its nodes.
    if (next.status == StrategyStatus::draft) store::sync_activity_node_codes(s, id);
    result = store::load_strategy(s, id);
    store::append_audit(s, {.actor = actor_name(user), .action = action, .entity = "strategy", .entity_id = id,
                            .before_json = version_document(*current), .after_json = version_document(*result)});
    return {};
  });
  if (!st) return st.error();
  return std::move(*result);
}

Status apply_node_input(GoalNode& n, const NodeInput& in) {
  if (in.kind) {
    auto kind = parse_node_kind(*in.kind);
    if (!kind)
      return validation_error("Nivån ska vara overall, subgoal, focus_area eller target, inte \"" + *in.kind + "\".",
                              {}, "kind");
    n.kind = *kind;
  }
  if (in.code) n.code = *in.code;
  if (in.title) n.title = *in.title;
  if (in.description) n.description = *in.description;
  if (in.national_goals) n.national_goals = *in.national_goals;
  if (in.title_en) n.title_en = *in.title_en;
  if (in.description_en) n.description_en = *in.description_en;
  if (n.code.empty()) return validation_error(i18n::tr("Ange målets kod."), {}, "code");
  if (n.title.empty()) return validation_error(i18n::tr("Ange målets rubrik."), {}, "title");
  return {};
}

// Puts `node` under `parent` (nullopt: at the top), last among its siblings.
Status place_node(Strategy& st, GoalNode node, std::optional<std::int64_t> parent) {
  if (!parent) {
    st.goals.push_back(std::move(node));
    return {};
  }
  GoalNode* p = find_node(st.goals, *parent);
  if (!p) return validation_error(i18n::trf("Strategin har inget mål med id {1}.", {std::to_string(*parent)}), {}, "parent_id");
  p->children.push_back(std::move(node));
  return {};
}

}  // namespace

Result<Strategy> edit_strategy(store::Database& db, std::int64_t id, const std::optional<User>& user,
                               const std::string& action, const StrategyEdit& change) {
  return edit(db, id, user, action, change);
}

Result<Strategy> create_strategy(store::Database& db, const NewStrategyInput& input, const std::optional<User>& user) {
  if (user && !RegionCatalogue::instance().find_county(input.county_code))
    return validation_error("Okänd länskod \"" + input.county_code + "\" (två siffror, till exempel \"08\").", {},
                            "county_code");
  if (auto ok = authorize(user, Action::create, Scope{.county_code = input.county_code}); !ok) {
    // Who may create is decided before what was sent; a county the user may
    // not write in is named as such.
    if (ok.error().code == ErrorKind::forbidden && user && works_for_board(user))
      return Error{ErrorKind::forbidden, i18n::tr("Du kan bara skapa strategier för ditt eget län."), {}, "county_code"};
    return ok.error();
  }
  Strategy st;
  st.county_code = input.county_code;
  st.title = input.title;
  st.start_year = input.start_year;
  st.end_year = input.end_year;
  st.national_goal_version = input.national_goal_version.empty() ? "2017" : input.national_goal_version;
  st.status = StrategyStatus::draft;
  if (auto valid = validate(st); !valid) return with_field(valid.error());
  std::optional<Strategy> created;
  Status status = db.transaction([&](soci::session& s) -> Status {
    if (auto free = check_period_free(s, st); !free) return free;
    auto id = store::insert_strategy(s, st);
    created = store::load_strategy(s, id);
    store::append_audit(s, {.actor = actor_name(user), .action = "create", .entity = "strategy", .entity_id = id,
                            .before_json = std::nullopt, .after_json = version_document(*created)});
    return {};
  });
  if (!status) return status.error();
  return std::move(*created);
}

Result<Strategy> update_strategy(store::Database& db, std::int64_t id, const StrategyPatch& patch,
                                 const std::optional<User>& user) {
  return edit(db, id, user, "update", [&](Strategy& st) -> Status {
    if (patch.title) st.title = *patch.title;
    if (patch.start_year) st.start_year = *patch.start_year;
    if (patch.end_year) st.end_year = *patch.end_year;
    if (patch.national_goal_version) st.national_goal_version = *patch.national_goal_version;
    if (patch.vision) st.vision = *patch.vision;
    if (patch.description) st.description = *patch.description;
    if (patch.source) st.source = *patch.source;
    if (patch.title_en) st.title_en = *patch.title_en;
    if (patch.vision_en) st.vision_en = *patch.vision_en;
    if (patch.description_en) st.description_en = *patch.description_en;
    return {};
  });
}

Result<GoalNode> add_node(store::Database& db, std::int64_t id, const NodeInput& input,
                          const std::optional<User>& user) {
  std::optional<std::int64_t> parent = input.parent_id ? *input.parent_id : std::nullopt;
  std::string code = input.code.value_or("");
  auto changed = edit(db, id, user, "add_node", [&](Strategy& st) -> Status {
    GoalNode n;
    if (!input.kind) return validation_error(i18n::tr("Ange målets nivå (kind)."), {}, "kind");
    if (auto ok = apply_node_input(n, input); !ok) return ok;
    return place_node(st, std::move(n), parent);
  });
  if (!changed) return changed.error();
  const GoalNode* made = find_by_code(changed->goals, parent.value_or(0), 0, code);
  if (!made) return Error{ErrorKind::internal, "the new node was not stored", {}, {}};
  return *made;
}

Result<GoalNode> update_node(store::Database& db, std::int64_t id, std::int64_t node_id, const NodeInput& input,
                             const std::optional<User>& user) {
  auto changed = edit(db, id, user, "update_node", [&](Strategy& st) -> Status {
    GoalNode* n = find_node(st.goals, node_id);
    if (!n) return not_found_error("no node with that id in this strategy");
    if (auto ok = apply_node_input(*n, input); !ok) return ok;
    if (!input.parent_id) return {};
    std::optional<std::int64_t> parent = *input.parent_id;
    if (parent && (*parent == node_id || find_node(n->children, *parent)))
      return validation_error(i18n::tr("Ett mål kan inte flyttas in under sig självt."), {}, "parent_id");
    auto taken = take_node(st.goals, node_id);
    return place_node(st, std::move(*taken), parent);
  });
  if (!changed) return changed.error();
  GoalNode* n = find_node(changed->goals, node_id);
  if (!n) return Error{ErrorKind::internal, "the changed node was not stored", {}, {}};
  return *n;
}

Status remove_node(store::Database& db, std::int64_t id, std::int64_t node_id, const std::optional<User>& user) {
  auto changed = edit(db, id, user, "remove_node", [&](Strategy& st) -> Status {
    if (!take_node(st.goals, node_id)) return not_found_error("no node with that id in this strategy");
    return {};
  });
  if (!changed) return changed.error();
  return {};
}

Result<store::StrategyVersionRow> adopt_strategy(store::Database& db, std::int64_t id, const AdoptInput& input,
                                                 const std::optional<User>& user) {
  std::optional<store::StrategyVersionRow> made;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto current = store::load_strategy(s, id);
    if (!current) return missing_record_error(user, "strategy");
    if (auto ok = authorize_stored(user, Action::update, scope_of(*current), "strategy"); !ok) return ok;
    if (current->status == StrategyStatus::archived)
      return conflict_error("Strategin är arkiverad och kan inte antas igen.");
    if (current->status == StrategyStatus::adopted && !current->revision_open)
      return conflict_error("Det finns inget utkast att anta: strategin är antagen och har ingen öppen revidering.");
    if (!is_iso_date(input.adopted_on))
      return validation_error(i18n::tr("Ange beslutsdatumet som ÅÅÅÅ-MM-DD."), {}, "adopted_on");
    const std::string today = store::clock_of(s).today_text();
    if (input.adopted_on > today)
      return validation_error(i18n::trf("Beslutsdatumet {1} ligger i framtiden (i dag är det {2}).", {input.adopted_on, today}),
                              {}, "adopted_on");
    if (input.decision.empty()) return validation_error(i18n::tr("Ange beslutets diarienummer eller referens."), {}, "decision");
    if (auto valid = validate(*current); !valid) return with_field(valid.error());
    keep_first_version(s, *current, actor_name(user));
    auto versions = store::list_strategy_versions(s, id);
    if (!versions.empty() && input.adopted_on < versions.back().adopted_on)
      return validation_error(i18n::trf("Beslutsdatumet ligger före version {1}:s beslut ({2}).",
                                        {std::to_string(versions.back().version), versions.back().adopted_on}),
                              {}, "adopted_on");
    Strategy next = *current;
    next.status = StrategyStatus::adopted;
    next.adopted_on = input.adopted_on;
    next.decision = input.decision;
    next.revision_open = false;
    store::replace_strategy(s, id, next);
    store::sync_activity_node_codes(s, id);  // the adopted tree: links show its codes
    auto stored = store::load_strategy(s, id);
    store::StrategyVersionRow row{.version = versions.empty() ? 1 : versions.back().version + 1,
                                  .adopted_on = input.adopted_on,
                                  .decision = input.decision,
                                  .recorded_by = actor_name(user),
                                  .recorded_at = store::clock_of(s).now_text()};
    store::insert_strategy_version(s, id, row, version_document(*stored));
    store::append_audit(s, {.actor = actor_name(user), .action = "adopt", .entity = "strategy", .entity_id = id,
                            .before_json = version_document(*current), .after_json = version_document(*stored)});
    made = row;
    return {};
  });
  if (!st) return st.error();
  return std::move(*made);
}

}  // namespace jamt::service
