#include "service/strategy/strategy_service.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "domain/national_goals.hpp"
#include "embedded/embedded_files.hpp"
#include "formats/strategy_json/strategy_json.hpp"
#include "store/activity_repository.hpp"
#include "service/authorization.hpp"
#include "service/indicator_counts/register_counts.hpp"
#include "service/strategy/strategy_versions.hpp"
#include "store/audit_repository.hpp"

namespace jamt::service {

namespace {

void append_serving(const Strategy& st, const std::vector<GoalNode>& nodes, const std::string& reference,
                    std::vector<store::NodeServingGoal>& out) {
  for (const auto& n : nodes) {
    if (std::find(n.national_goals.begin(), n.national_goals.end(), reference) != n.national_goals.end())
      out.push_back({.strategy_id = st.id, .county_code = st.county_code, .strategy_title = st.title,
                     .strategy_title_en = st.title_en, .strategy_status = st.status, .start_year = st.start_year, .end_year = st.end_year,
                     .code = n.code, .kind = n.kind, .title = n.title, .title_en = n.title_en});
    append_serving(st, n.children, reference, out);
  }
}

// The nodes of `st` that serve `reference`, in tree order, added to `out`.
void append_nodes_serving(const Strategy& st, const std::string& reference, std::vector<store::NodeServingGoal>& out) {
  append_serving(st, st.goals, reference, out);
}

// The register counts' parameters, which the strategy format checks only by
// name: the same check the editor form makes (indicator_counts::validate), so
// that a wrong parameter is refused at import, naming its JSON path, rather
// than found later as an empty series.
Status validate_register_params(const std::vector<GoalNode>& nodes, const std::string& path) {
  for (std::size_t n = 0; n < nodes.size(); ++n) {
    const std::string at = path + "[" + std::to_string(n) + "]";
    for (std::size_t i = 0; i < nodes[n].indicators.size(); ++i) {
      const auto& binding = nodes[n].indicators[i].register_count;
      if (!binding) continue;
      if (Status st = indicator_counts::validate({.count = binding->count, .params = binding->params}); !st)
        return validation_error(st.error().message, at + ".indicators[" + std::to_string(i) + "]." + st.error().field);
    }
    if (Status st = validate_register_params(nodes[n].children, at + ".children"); !st) return st;
  }
  return {};
}

}  // namespace

Result<ImportOutcome> import_strategy(store::Database& db, std::string_view document, bool replace,
                                      const Actor& actor) {
  auto parsed = formats::read_strategy_json(document);
  if (!parsed) return parsed.error();
  const Strategy& strategy = *parsed;
  if (auto valid = validate(strategy); !valid) return valid.error();
  if (auto params = validate_register_params(strategy.goals, "$.goals"); !params) return params.error();

  ImportOutcome outcome;
  outcome.nodes = count_nodes(strategy.goals, NodeKind::overall) + count_nodes(strategy.goals, NodeKind::subgoal) +
                  count_nodes(strategy.goals, NodeKind::focus_area) + count_nodes(strategy.goals, NodeKind::target);
  outcome.indicators = count_indicators(strategy.goals);
  std::string after = formats::write_strategy_json(strategy);

  Status st = db.transaction([&](soci::session& s) -> Status {
    // A document with the id of one of the county's strategies revises that
    // one; otherwise the county's strategy for the same period, if any.
    std::optional<std::int64_t> existing;
    if (strategy.id != 0) {
      auto named = store::load_strategy(s, strategy.id);
      if (named && named->county_code == strategy.county_code) existing = named->id;
    }
    if (!existing) existing = store::find_strategy_id(s, strategy.county_code, strategy.start_year, strategy.end_year);
    store::AuditEntry audit{.actor = actor.name, .action = "create", .entity = "strategy", .after_json = after};
    if (existing) {
      if (!replace)
        return conflict_error("a strategy for county " + strategy.county_code + " " +
                              std::to_string(strategy.start_year) + "–" + std::to_string(strategy.end_year) +
                              " already exists (id " + std::to_string(*existing) +
                              "); use --replace to replace it");
      auto before = store::load_strategy(s, *existing);
      if (before) audit.before_json = formats::write_strategy_json(*before);
      Strategy next = strategy;
      next.id = *existing;
      if (before && before->status == StrategyStatus::adopted) {
        // An adopted strategy is revised, never overwritten: the document
        // becomes its draft revision and the adopted version stays readable.
        keep_first_version(s, *before, actor.name);
        next.status = before->status;
        next.adopted_on = before->adopted_on;
        next.decision = before->decision;
        next.revision_open = true;
      }
      if (auto other = store::find_strategy_id(s, next.county_code, next.start_year, next.end_year);
          other && *other != *existing)
        return conflict_error("a strategy for county " + next.county_code + " " + std::to_string(next.start_year) +
                              "–" + std::to_string(next.end_year) + " already exists (id " + std::to_string(*other) +
                              ")");
      store::replace_strategy(s, *existing, next);
      outcome.strategy_id = *existing;
      outcome.replaced = true;
      audit.action = "update";
    } else {
      outcome.strategy_id = store::insert_strategy(s, strategy);
      if (auto stored = store::load_strategy(s, outcome.strategy_id)) keep_first_version(s, *stored, actor.name);
    }
    audit.entity_id = outcome.strategy_id;
    store::append_audit(s, audit);
    return {};
  });
  if (!st) return st.error();
  return outcome;
}

Result<Strategy> get_strategy(store::Database& db, std::int64_t id) {
  std::optional<Strategy> found;
  Status st = db.read([&](soci::session& s) -> Status {
    found = store::load_strategy(s, id);
    return {};
  });
  if (!st) return st.error();
  if (!found) return not_found_error("no strategy with id " + std::to_string(id));
  return std::move(*found);
}

Result<std::string> export_strategy(store::Database& db, std::int64_t id) {
  auto strategy = get_strategy(db, id);
  if (!strategy) return strategy.error();
  return formats::write_strategy_json(*strategy);
}

std::optional<Strategy> strategy_covering(store::Database& db, const std::string& county_code, int year) {
  std::optional<Strategy> out;
  if (county_code.empty()) return out;
  (void)db.read([&](soci::session& s) -> Status {
    if (auto id = store::strategy_covering(s, county_code, year)) out = store::load_strategy(s, *id);
    if (out) out = published_view(s, *out);  // issue 12, part A: links are made to the adopted version
    return {};
  });
  return out;
}

Result<Strategy> linked_strategy(store::Database& db, std::int64_t id) {
  std::optional<Strategy> found;
  Status st = db.read([&](soci::session& s) -> Status {
    found = store::load_strategy(s, id);
    if (found) found = published_view(s, *found);
    return {};
  });
  if (!st) return st.error();
  if (!found) return not_found_error("no strategy with id " + std::to_string(id));
  return std::move(*found);
}

Result<Strategy> get_strategy(store::Database& db, std::int64_t id, const std::optional<User>& viewer) {
  return strategy_as_seen(db, id, viewer, false);
}

Result<std::string> export_strategy(store::Database& db, std::int64_t id, const std::optional<User>& viewer) {
  auto strategy = get_strategy(db, id, viewer);
  if (!strategy) return strategy.error();
  return formats::write_strategy_json(*strategy);
}

Result<std::vector<store::StrategySummary>> list_strategies(store::Database& db) {
  std::vector<store::StrategySummary> out;
  Status st = db.read([&](soci::session& s) -> Status {
    out = store::list_strategies(s);
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<std::vector<store::StrategySummary>> list_strategies(store::Database& db, const std::optional<User>& viewer) {
  auto all = list_strategies(db);
  if (!all) return all.error();
  std::erase_if(*all, [&](const store::StrategySummary& s) { return !may_read_strategy(viewer, s.county_code, s.status); });
  // A strategy under revision is listed as adopted: its title and period.
  Status st = db.read([&](soci::session& s) -> Status {
    for (auto& row : *all) {
      if (!row.revision_open) continue;
      auto live = store::load_strategy(s, row.id);
      if (!live) continue;
      Strategy seen = published_view(s, *live);
      row.title = seen.title;
      row.title_en = seen.title_en;
      row.start_year = seen.start_year;
      row.end_year = seen.end_year;
    }
    return {};
  });
  if (!st) return st.error();
  return all;
}

Result<std::vector<store::NodeServingGoal>> nodes_serving(store::Database& db, const std::string& reference,
                                                          const std::optional<User>& viewer) {
  if (!find_national_subgoal(reference)) return not_found_error("no national sub-goal \"" + reference + "\"");
  std::vector<store::NodeServingGoal> out;
  Status st = db.read([&](soci::session& s) -> Status {
    out = store::list_nodes_serving(s, reference);
    // A strategy under revision serves with the nodes of its adopted version.
    std::set<std::int64_t> revised;
    for (const auto& row : store::list_strategies(s))
      if (row.revision_open) revised.insert(row.id);
    std::erase_if(out, [&](const store::NodeServingGoal& n) { return revised.count(n.strategy_id) > 0; });
    for (auto id : revised) {
      auto live = store::load_strategy(s, id);
      if (!live) continue;
      Strategy seen = published_view(s, *live);
      append_nodes_serving(seen, reference, out);
    }
    if (!revised.empty())
      std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return std::tie(a.county_code, a.start_year) < std::tie(b.county_code, b.start_year);
      });
    return {};
  });
  if (!st) return st.error();
  std::erase_if(out, [&](const store::NodeServingGoal& n) {
    return !may_read_strategy(viewer, n.county_code, n.strategy_status);
  });
  return out;
}

Result<std::size_t> load_demo_strategies(store::Database& db) {
  auto existing = list_strategies(db);
  if (!existing) return existing.error();
  if (!existing->empty()) return std::size_t{0};
  std::size_t n = 0;
  for (const auto& [path, text] : embedded_files()) {
    if (path.rfind("strategies/", 0) != 0) continue;
    auto imported = import_strategy(db, text, false, Actor{"system"});
    if (!imported) {
      Error e = imported.error();
      e.where = "data/" + std::string(path) + (e.where.empty() ? "" : ": " + e.where);
      return e;
    }
    ++n;
  }
  return n;
}

}  // namespace jamt::service
