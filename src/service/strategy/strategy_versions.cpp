#include "service/strategy/strategy_versions.hpp"

#include "formats/strategy_json/strategy_json.hpp"
#include "service/authorization.hpp"
#include "store/strategy_repository.hpp"

namespace jamt::service {

namespace {

Error no_strategy(std::int64_t id) { return not_found_error("no strategy with id " + std::to_string(id)); }

// The stored strategy if `viewer` may read it.
std::optional<Strategy> readable(soci::session& s, std::int64_t id, const std::optional<User>& viewer) {
  auto live = store::load_strategy(s, id);
  if (!live || !may_read_strategy(viewer, live->county_code, live->status)) return std::nullopt;
  return live;
}

// Version `version` of the strategy read back from its document, or nullopt.
std::optional<Strategy> load_version(soci::session& s, std::int64_t id, int version) {
  auto doc = store::load_strategy_version(s, id, version);
  if (!doc) return std::nullopt;
  auto parsed = formats::read_strategy_json(*doc);
  if (!parsed) return std::nullopt;
  return std::move(*parsed);
}

// The versions of `live`: the stored ones, or for an adopted strategy from
// before versions were kept its present state as version 1.
std::vector<store::StrategyVersionRow> versions_of(soci::session& s, const Strategy& live) {
  auto rows = store::list_strategy_versions(s, live.id);
  if (rows.empty() && live.status != StrategyStatus::draft)
    rows.push_back({.version = 1,
                    .adopted_on = live.adopted_on.value_or(""),
                    .decision = live.decision.value_or(""),
                    .recorded_by = "",
                    .recorded_at = ""});
  return rows;
}

std::optional<Strategy> version_of(soci::session& s, const Strategy& live, int version) {
  if (auto stored = load_version(s, live.id, version)) return stored;
  if (version == 1 && live.status != StrategyStatus::draft && store::latest_strategy_version(s, live.id) == 0)
    return live;
  return std::nullopt;
}

}  // namespace

std::string version_document(const Strategy& strategy) {
  Strategy frozen = strategy;
  frozen.revision_open = false;
  return formats::write_strategy_json(frozen, formats::StrategyJsonOptions{.with_ids = true});
}

void keep_first_version(soci::session& s, const Strategy& current, const std::string& actor) {
  if (current.status == StrategyStatus::draft || store::latest_strategy_version(s, current.id) != 0) return;
  store::insert_strategy_version(s, current.id,
                                 {.version = 1,
                                  .adopted_on = current.adopted_on.value_or(""),
                                  .decision = current.decision.value_or(""),
                                  .recorded_by = actor,
                                  .recorded_at = ""},
                                 version_document(current));
}

Strategy published_view(soci::session& s, const Strategy& live) {
  if (!live.revision_open) return live;
  auto latest = load_version(s, live.id, store::latest_strategy_version(s, live.id));
  if (!latest) return live;
  latest->id = live.id;
  latest->status = live.status;
  latest->revision_open = false;
  return std::move(*latest);
}

Result<std::vector<store::StrategyVersionRow>> list_versions(store::Database& db, std::int64_t id,
                                                             const std::optional<User>& viewer) {
  std::optional<std::vector<store::StrategyVersionRow>> out;
  Status st = db.read([&](soci::session& s) -> Status {
    if (auto live = readable(s, id, viewer)) out = versions_of(s, *live);
    return {};
  });
  if (!st) return st.error();
  if (!out) return no_strategy(id);
  return std::move(*out);
}

Result<Strategy> strategy_version(store::Database& db, std::int64_t id, int version,
                                  const std::optional<User>& viewer) {
  std::optional<Strategy> out;
  bool exists = false;
  Status st = db.read([&](soci::session& s) -> Status {
    auto live = readable(s, id, viewer);
    if (!live) return {};
    exists = true;
    out = version_of(s, *live, version);
    return {};
  });
  if (!st) return st.error();
  if (!exists) return no_strategy(id);
  if (!out) return not_found_error("strategy " + std::to_string(id) + " has no version " + std::to_string(version));
  return std::move(*out);
}

Result<std::vector<StrategyChange>> compare_versions(store::Database& db, std::int64_t id, int from, int to,
                                                     const std::optional<User>& viewer) {
  auto a = strategy_version(db, id, from, viewer);
  if (!a) return a.error();
  auto b = strategy_version(db, id, to, viewer);
  if (!b) return b.error();
  return diff_strategies(*a, *b);
}

Result<Strategy> strategy_as_seen(store::Database& db, std::int64_t id, const std::optional<User>& viewer,
                                  bool draft) {
  std::optional<Strategy> out;
  Status st = db.read([&](soci::session& s) -> Status {
    auto live = readable(s, id, viewer);
    if (!live) return {};
    bool sees_draft = draft && may_read_strategy(viewer, live->county_code, StrategyStatus::draft);
    out = sees_draft ? *live : published_view(s, *live);
    return {};
  });
  if (!st) return st.error();
  if (!out) return no_strategy(id);
  return std::move(*out);
}

}  // namespace jamt::service
