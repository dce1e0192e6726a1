#include "service/organisation_plan/organisation_plan.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "domain/registers/organisation.hpp"
#include "service/authorization.hpp"
#include "service/organisations/organisation_register.hpp"
#include "service/registers/register_service.hpp"
#include "service/strategy/strategy_versions.hpp"
#include "store/activity_repository.hpp"
#include "store/audit_repository.hpp"
#include "store/register_repository.hpp"
#include "store/strategy_repository.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::service {

namespace {

using registers::value_of;

constexpr std::size_t kMaxNote = 2000;

int year_of(const std::string& date) { return date.size() >= 4 ? std::atoi(date.substr(0, 4).c_str()) : 0; }

// The strategy of `county` covering `year` as the public reads it.
std::optional<Strategy> plan_strategy(soci::session& s, const std::string& county, int year) {
  auto id = store::strategy_covering(s, county, year);
  if (!id) return std::nullopt;
  auto live = store::load_strategy(s, *id);
  if (!live) return std::nullopt;
  return published_view(s, *live);
}

const GoalNode* find_node(const std::vector<GoalNode>& nodes, std::int64_t id) {
  for (const auto& n : nodes) {
    if (n.id == id) return &n;
    if (const auto* found = find_node(n.children, id)) return found;
  }
  return nullptr;
}

const ActionPlanTarget* find_target(const Strategy& strategy, const std::string& code) {
  if (!strategy.action_plan) return nullptr;
  for (const auto& o : strategy.action_plan->objectives)
    for (const auto& t : o.targets)
      if (t.code == code) return &t;
  return nullptr;
}

nlohmann::json links_json(const std::vector<PlanLink>& links) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& l : links) {
    nlohmann::json item = {{"strategy_id", l.strategy_id}, {"note", l.note}};
    if (!l.target_code.empty()) item["target_code"] = l.target_code;
    else item["node_id"] = l.node_id;
    out.push_back(item);
  }
  return out;
}

// The organisation `id` if `user` may do `action` to its plan. One the
// user may not read (a contact of another organisation, a strategist of
// another county) is answered as if it did not exist (authorize_stored).
Result<registers::Record> organisation_for(soci::session& s, std::int64_t id, Action action,
                                           const std::optional<User>& user) {
  const auto& rules = organisation_rules();
  auto org = store::find_record(s, *rules.spec, id);
  if (!org) return missing_record_error(user, rules.spec->label_sv);
  if (auto a = authorize_stored(user, action, rules.scope_of(s, *org), rules.spec->label_sv); !a) return a.error();
  return *org;
}

Result<OrganisationPlan> read_plan(soci::session& s, store::Database& db, std::int64_t id,
                                   const std::optional<User>& user) {
  auto org = organisation_for(s, id, Action::read, user);
  if (!org) return org.error();
  OrganisationPlan plan{.organisation_id = id,
                        .organisation_name = value_of(*org, "name"),
                        .county_code = value_of(*org, "county_code"),
                        .strategy = {},
                        .links = {},
                        .may_change = authorize(user, Action::update, organisation_rules().scope_of(s, *org)).ok()};
  auto strategy = plan_strategy(s, plan.county_code, year_of(db.clock().today_text()));
  if (!strategy) return not_found_error("Ingen strategi i länet gäller i år");
  plan.strategy = *strategy;
  plan.links = store::plan_links_of(s, id, strategy->id);
  return plan;
}

}  // namespace

Result<OrganisationPlan> organisation_plan(store::Database& db, std::int64_t organisation_id,
                                           const std::optional<User>& user) {
  std::optional<OrganisationPlan> out;
  Status st = db.read([&](soci::session& s) -> Status {
    auto plan = read_plan(s, db, organisation_id, user);
    if (!plan) return plan.error();
    out = std::move(*plan);
    return {};
  });
  if (!st) return st.error();
  return *out;
}

Result<OrganisationPlan> save_organisation_plan(store::Database& db, std::int64_t organisation_id,
                                                const std::vector<PlanLinkInput>& links,
                                                const std::optional<User>& user) {
  std::optional<OrganisationPlan> out;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto org = organisation_for(s, organisation_id, Action::update, user);
    if (!org) return org.error();
    auto plan = read_plan(s, db, organisation_id, user);
    if (!plan) return plan.error();
    const Strategy& strategy = plan->strategy;
    std::vector<PlanLink> next;
    const std::string actor = actor_name(user), now = db.clock().now_text();
    for (const auto& in : links) {
      PlanLink link{.strategy_id = strategy.id, .target_code = in.target_code, .node_id = 0, .note = in.note,
                    .declared_by = actor, .declared_at = now};
      std::string note_field;
      if (!in.target_code.empty()) {
        if (!find_target(strategy, in.target_code))
          return validation_error(i18n::trf("Mål i handlingsplanen: {1} finns inte i {2}", {in.target_code, strategy.title}), {},
                                  "targets");
        note_field = "note_target_" + in.target_code;
      } else {
        char* end = nullptr;
        long long node = std::strtoll(in.node_id.c_str(), &end, 10);
        if (in.node_id.empty() || *end != '\0' || !find_node(strategy.goals, node))
          return validation_error(i18n::trf("Mål i strategin: {1} finns inte i {2}",
                                            {in.node_id.empty() ? i18n::tr("(tomt)") : in.node_id, strategy.title}),
                                  {}, "nodes");
        link.node_id = node;
        note_field = "note_node_" + in.node_id;
      }
      if (in.note.size() > kMaxNote)
        return validation_error(i18n::trf("Vad planen säger: högst {1} tecken", {std::to_string(kMaxNote)}), {}, note_field);
      auto same = [&](const PlanLink& l) { return same_subject(l, link); };
      if (std::any_of(next.begin(), next.end(), same)) continue;
      // An unchanged declaration keeps who declared it and when.
      auto kept = std::find_if(plan->links.begin(), plan->links.end(), same);
      if (kept != plan->links.end() && kept->note == link.note) link = *kept;
      next.push_back(link);
    }
    store::replace_plan_links(s, organisation_id, plan->county_code, strategy.id, next);
    store::append_audit(s, {.actor = actor,
                            .action = "update",
                            .entity = "organisation_plan",
                            .entity_id = organisation_id,
                            .before_json = links_json(plan->links).dump(),
                            .after_json = links_json(store::plan_links_of(s, organisation_id, strategy.id)).dump()});
    auto after = read_plan(s, db, organisation_id, user);
    if (!after) return after.error();
    out = std::move(*after);
    return {};
  });
  if (!st) return st.error();
  return *out;
}

Result<ActionPlanContributions> action_plan_contributions(store::Database& db, std::int64_t strategy_id,
                                                          const std::optional<User>& user) {
  std::optional<ActionPlanContributions> out;
  Status st = db.read([&](soci::session& s) -> Status {
    auto live = store::load_strategy(s, strategy_id);
    if (!live) return missing_record_error(user, "strategy");
    // The strategy itself is public once adopted: those who may not see
    // the view get 403, not 404. A draft is "not_found" to them.
    if (live->status == StrategyStatus::draft && !may_read_strategy(user, live->county_code, live->status))
      return missing_record_error(user, "strategy");
    if (auto a = authorize(user, Action::read, Scope{.county_code = live->county_code}); !a) return a.error();
    Strategy strategy = published_view(s, *live);
    ActionPlanContributions result{.strategy_id = strategy_id,
                                   .strategy_title = strategy.title,
                                   .action_plan_title = strategy.action_plan ? strategy.action_plan->title : "",
                                   .targets = {}};
    std::map<std::int64_t, std::string> names;
    for (const auto& [id, name] : store::organisation_names(s, "")) names[id] = name;
    auto declared = store::plan_links_to(s, strategy_id);
    auto activities = store::activities_serving_targets(s, strategy_id);
    if (strategy.action_plan)
      for (const auto& o : strategy.action_plan->objectives)
        for (const auto& t : o.targets) {
          TargetContributions row{.objective_code = o.code, .objective_title = o.title, .target_code = t.code,
                                  .target_title = t.title, .organisations = {}};
          auto entry = [&](std::int64_t org) -> ContributingOrganisation& {
            for (auto& c : row.organisations)
              if (c.organisation_id == org) return c;
            row.organisations.push_back({.organisation_id = org,
                                         .name = names.count(org) ? names[org] : "Organisation " + std::to_string(org),
                                         .declared = false, .note = {}, .activities = {},
                                         .activities_per_year = {}});
            return row.organisations.back();
          };
          for (const auto& [org, links] : declared)
            for (const auto& l : links)
              if (l.target_code == t.code) {
                auto& c = entry(org);
                c.declared = true;
                c.note = l.note;
              }
          for (const auto& a : activities)
            if (a.target_code == t.code) {
              auto& c = entry(a.organiser_id);
              c.activities.push_back(a);
              ++c.activities_per_year[year_of(a.start_date)];
            }
          std::sort(row.organisations.begin(), row.organisations.end(),
                    [](const auto& x, const auto& y) { return x.name < y.name; });
          result.targets.push_back(std::move(row));
        }
    out = std::move(result);
    return {};
  });
  if (!st) return st.error();
  return *out;
}

std::vector<Contribution> contribution_snapshot(soci::session& s, std::int64_t organisation_id,
                                                const std::string& county_code, const std::string& date) {
  std::vector<Contribution> out;
  auto strategy = plan_strategy(s, county_code, year_of(date));
  if (!strategy) return out;
  auto activities = store::activities_serving_targets(s, strategy->id, date);
  for (const auto& l : store::plan_links_of(s, organisation_id, strategy->id)) {
    Contribution c{.target_code = l.target_code, .node_id = l.node_id, .label = {}, .note = l.note,
                   .activity_count = 0};
    if (!l.target_code.empty()) {
      const auto* t = find_target(*strategy, l.target_code);
      c.label = i18n::trf("Mål {1}", {l.target_code + (t ? " " + t->title : std::string{})});
      c.activity_count = static_cast<int>(std::count_if(activities.begin(), activities.end(), [&](const auto& a) {
        return a.target_code == l.target_code && a.organiser_id == organisation_id;
      }));
    } else {
      const auto* n = find_node(strategy->goals, l.node_id);
      c.label = n ? i18n::tr(swedish_name(n->kind)) + " " + n->code + " " + n->title
                  : i18n::trf("Mål i strategin {1}", {std::to_string(l.node_id)});
    }
    out.push_back(std::move(c));
  }
  return out;
}

std::int64_t check_plan_targets(soci::session& s, const std::string& county_code, const std::string& start_date,
                                const std::vector<std::string>& codes, std::vector<Error>& errors) {
  if (codes.empty()) return 0;
  auto strategy = plan_strategy(s, county_code, year_of(start_date));
  if (!strategy || !strategy->action_plan) {
    errors.push_back(validation_error(i18n::tr("Mål i handlingsplanen: länets strategi för insatsens år har ingen handlingsplan"),
                                      {}, "plan_targets"));
    return 0;
  }
  for (const auto& code : codes)
    if (!find_target(*strategy, code))
      errors.push_back(validation_error(i18n::trf("Mål i handlingsplanen: {1} finns inte i {2}", {code, strategy->action_plan->title}),
                                        {}, "plan_targets"));
  return strategy->id;
}

}  // namespace jamt::service
