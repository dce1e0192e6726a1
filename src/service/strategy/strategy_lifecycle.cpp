#include "service/strategy/strategy_lifecycle.hpp"

#include <string>
#include <vector>

#include "formats/strategy_json/strategy_json.hpp"
#include "service/authorization.hpp"
#include "service/registers/register_service.hpp"
#include "service/strategy/strategy_change.hpp"
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

// The document's field a JSON path points at ("$.goals[0].title" → "title").
Error named(Error e) {
  if (!e.field.empty()) return e;
  const auto dot = e.where.rfind('.');
  std::string last = dot == std::string::npos ? std::string("document") : e.where.substr(dot + 1);
  e.field = last.substr(0, last.find('['));
  return e;
}

void ids_under(const GoalNode& n, std::vector<std::int64_t>& out) {
  out.push_back(n.id);
  for (const auto& c : n.children) ids_under(c, out);
}

const GoalNode* node_in(const std::vector<GoalNode>& nodes, std::int64_t id) {
  for (const auto& n : nodes) {
    if (n.id == id) return &n;
    if (const auto* found = node_in(n.children, id)) return found;
  }
  return nullptr;
}

}  // namespace

Result<std::int64_t> activities_linking(store::Database& db, std::int64_t id, std::int64_t node_id,
                                        const std::optional<User>& user) {
  std::optional<std::int64_t> count;
  Status st = db.read([&](soci::session& s) -> Status {
    auto current = store::load_strategy(s, id);
    if (!current) return missing_record_error(user, "strategy");
    if (auto ok = authorize_stored(user, Action::update, scope_of(*current), "strategy"); !ok) return ok;
    const GoalNode* n = node_in(current->goals, node_id);
    if (!n) return not_found_error("Strategin har inget sådant mål.");
    std::vector<std::int64_t> ids;
    ids_under(*n, ids);
    count = store::count_activities_linking(s, ids);
    return {};
  });
  if (!st) return st.error();
  return *count;
}

Result<Strategy> archive_strategy(store::Database& db, std::int64_t id, const std::optional<User>& user) {
  std::optional<Strategy> result;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto current = store::load_strategy(s, id);
    if (!current) return missing_record_error(user, "strategy");
    if (auto ok = authorize_stored(user, Action::update, scope_of(*current), "strategy"); !ok) return ok;
    if (current->status == StrategyStatus::archived) return conflict_error("Strategin är redan arkiverad.");
    if (current->status == StrategyStatus::draft)
      return conflict_error("Ett utkast kan inte arkiveras: bara en antagen strategi kan det.");
    if (current->revision_open)
      return conflict_error("Strategin har en öppen revidering: anta den eller ta bort den innan strategin arkiveras.");
    keep_first_version(s, *current, actor_name(user));
    Strategy next = *current;
    next.status = StrategyStatus::archived;
    store::replace_strategy(s, id, next);
    result = store::load_strategy(s, id);
    store::append_audit(s, {.actor = actor_name(user), .action = "archive", .entity = "strategy", .entity_id = id,
                            .before_json = version_document(*current), .after_json = version_document(*result)});
    return {};
  });
  if (!st) return st.error();
  return std::move(*result);
}

Result<Strategy> import_strategy_draft(store::Database& db, std::string_view document,
                                       std::optional<std::int64_t> into, const std::optional<User>& user) {
  if (into) {
    // Authorisation comes first (edit_strategy); the document is judged inside.
    return edit_strategy(db, *into, user, "import", [&](Strategy& st) -> Status {
      auto parsed = formats::read_strategy_json(document);
      if (!parsed) return named(parsed.error());
      if (parsed->county_code != st.county_code)
        return validation_error(i18n::trf("Filen gäller län {1}, strategin län {2}.", {parsed->county_code, st.county_code}),
                                "$.county_code", "county_code");
      st.title = parsed->title;
      st.start_year = parsed->start_year;
      st.end_year = parsed->end_year;
      st.national_goal_version = parsed->national_goal_version;
      st.vision = parsed->vision;
      st.description = parsed->description;
      st.source = parsed->source;
      st.goals = parsed->goals;
      st.action_plan = parsed->action_plan;
      return {};
    });
  }
  auto parsed = formats::read_strategy_json(document);
  if (!parsed) {
    // Who may create is decided before the document is judged, when it names a county at all.
    if (auto ok = authorize(user, Action::create, Scope{}); !ok && !user) return ok.error();
    return named(parsed.error());
  }
  Strategy fresh = *parsed;
  if (auto ok = authorize(user, Action::create, Scope{.county_code = fresh.county_code}); !ok) {
    if (ok.error().code == ErrorKind::forbidden && user && works_for_board(user))
      return Error{ErrorKind::forbidden, i18n::tr("Du kan bara skapa strategier för ditt eget län."), {}, "county_code"};
    return ok.error();
  }
  fresh.id = 0;
  fresh.status = StrategyStatus::draft;
  fresh.adopted_on.reset();
  fresh.decision.reset();
  fresh.revision_open = false;
  if (auto valid = validate(fresh); !valid) return named(valid.error());
  std::optional<Strategy> created;
  Status st = db.transaction([&](soci::session& s) -> Status {
    if (auto other = store::find_strategy_id(s, fresh.county_code, fresh.start_year, fresh.end_year))
      return conflict_error("Länet har redan en strategi för " + std::to_string(fresh.start_year) + "–" +
                            std::to_string(fresh.end_year) + " (id " + std::to_string(*other) +
                            "). Läs in filen som en revidering av den i stället.");
    auto id = store::insert_strategy(s, fresh);
    created = store::load_strategy(s, id);
    store::append_audit(s, {.actor = actor_name(user), .action = "import", .entity = "strategy", .entity_id = id,
                            .before_json = std::nullopt, .after_json = version_document(*created)});
    return {};
  });
  if (!st) return st.error();
  return std::move(*created);
}

}  // namespace jamt::service
