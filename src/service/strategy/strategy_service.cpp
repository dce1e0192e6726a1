#include "service/strategy/strategy_service.hpp"

#include "domain/national_goals.hpp"
#include "embedded/embedded_files.hpp"
#include "formats/strategy_json/strategy_json.hpp"
#include "store/activity_repository.hpp"
#include "service/authorization.hpp"
#include "store/audit_repository.hpp"

namespace jamt::service {

Result<ImportOutcome> import_strategy(store::Database& db, std::string_view document, bool replace,
                                      const Actor& actor) {
  auto parsed = formats::read_strategy_json(document);
  if (!parsed) return parsed.error();
  const Strategy& strategy = *parsed;
  if (auto valid = validate(strategy); !valid) return valid.error();

  ImportOutcome outcome;
  outcome.nodes = count_nodes(strategy.goals, NodeKind::overall) + count_nodes(strategy.goals, NodeKind::subgoal) +
                  count_nodes(strategy.goals, NodeKind::focus_area) + count_nodes(strategy.goals, NodeKind::target);
  outcome.indicators = count_indicators(strategy.goals);
  std::string after = formats::write_strategy_json(strategy);

  Status st = db.transaction([&](soci::session& s) -> Status {
    auto existing = store::find_strategy_id(s, strategy.county_code, strategy.start_year, strategy.end_year);
    store::AuditEntry audit{.actor = actor.name, .action = "create", .entity = "strategy", .after_json = after};
    if (existing) {
      if (!replace)
        return conflict_error("a strategy for county " + strategy.county_code + " " +
                              std::to_string(strategy.start_year) + "–" + std::to_string(strategy.end_year) +
                              " already exists (id " + std::to_string(*existing) +
                              "); use --replace to replace it");
      auto before = store::load_strategy(s, *existing);
      if (before) audit.before_json = formats::write_strategy_json(*before);
      store::replace_strategy(s, *existing, strategy);
      outcome.strategy_id = *existing;
      outcome.replaced = true;
      audit.action = "update";
    } else {
      outcome.strategy_id = store::insert_strategy(s, strategy);
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
    return {};
  });
  return out;
}

Result<Strategy> get_strategy(store::Database& db, std::int64_t id, const std::optional<User>& viewer) {
  auto strategy = get_strategy(db, id);
  if (strategy && !may_read_strategy(viewer, strategy->county_code, strategy->status))
    return not_found_error("no strategy with id " + std::to_string(id));
  return strategy;
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
  return all;
}

Result<std::vector<store::NodeServingGoal>> nodes_serving(store::Database& db, const std::string& reference,
                                                          const std::optional<User>& viewer) {
  if (!find_national_subgoal(reference)) return not_found_error("no national sub-goal \"" + reference + "\"");
  std::vector<store::NodeServingGoal> out;
  Status st = db.read([&](soci::session& s) -> Status {
    out = store::list_nodes_serving(s, reference);
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
