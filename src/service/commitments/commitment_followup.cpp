#include "service/commitments/commitment_followup.hpp"

#include <nlohmann/json.hpp>

#include "domain/strategy/commitment_status.hpp"
#include "service/authorization.hpp"
#include "service/registers/register_service.hpp"
#include "service/strategy/strategy_versions.hpp"
#include "store/audit_repository.hpp"
#include "store/strategy_repository.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::service {

namespace {

constexpr std::size_t kMaxComment = 2000;

// The scope of commitment `c` of strategy `s`: the strategy's county, the
// owner organisation, published with the strategy.
Scope scope_of(const Strategy& s, const Commitment& c) {
  return Scope{.county_code = s.county_code,
               .organisation_id = c.owner_organisation_id,
               .published = s.status != StrategyStatus::draft};
}

void collect(const std::vector<GoalNode>& nodes, std::vector<CommitmentFollowUp>& out) {
  for (const auto& n : nodes) {
    for (const auto& c : n.board_commitments)
      out.push_back(CommitmentFollowUp{.commitment = c,
                                       .node_code = n.code,
                                       .node_title = n.title,
                                       .owner_name = c.owner.empty() ? "Länsstyrelsen" : c.owner});
    collect(n.children, out);
  }
}

const Commitment* find_commitment(const std::vector<GoalNode>& nodes, std::int64_t id) {
  for (const auto& n : nodes) {
    for (const auto& c : n.board_commitments)
      if (c.id == id) return &c;
    if (auto* found = find_commitment(n.children, id)) return found;
  }
  return nullptr;
}

std::string status_json(const store::CommitmentStatusRow& r) {
  return nlohmann::json{{"commitment_id", r.commitment_id}, {"year", r.year},     {"status", r.status},
                        {"comment", r.comment},             {"set_by", r.set_by}}
      .dump();
}

}  // namespace

std::vector<store::CommitmentLabel> commitment_labels(store::Database& db, const std::vector<std::int64_t>& ids) {
  std::vector<store::CommitmentLabel> out;
  if (ids.empty()) return out;
  Status st = db.read([&](soci::session& s) -> Status {
    out = store::commitment_labels(s, ids);
    return {};
  });
  if (!st) return {};
  return out;
}

std::pair<int, int> commitment_years(const Strategy& s) { return {s.start_year - 1, s.end_year + 1}; }

Result<CommitmentOverview> list_commitments(store::Database& db, std::int64_t id, const std::optional<User>& viewer) {
  auto seen = strategy_as_seen(db, id, viewer, true);
  if (!seen) return seen.error();
  CommitmentOverview out{.strategy = std::move(*seen)};
  collect(out.strategy.goals, out.commitments);
  Status st = db.read([&](soci::session& s) -> Status {
    auto statuses = store::load_commitment_statuses(s, id);
    auto activities = store::load_commitment_activities(s, id);
    for (auto& f : out.commitments) {
      if (auto it = statuses.find(f.commitment.id); it != statuses.end()) f.statuses = it->second;
      if (auto it = activities.find(f.commitment.id); it != activities.end())
        for (const auto& a : it->second)
          if (may_reference(viewer, Scope{.county_code = a.county_code,
                                          .organisation_id = a.organiser_id,
                                          .published = a.published}))
            f.activities.push_back(a);
      f.may_set_status = authorize(viewer, Action::update, scope_of(out.strategy, f.commitment)).ok();
    }
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<store::CommitmentStatusRow> set_commitment_status(store::Database& db, std::int64_t id,
                                                         std::int64_t commitment_id, int year,
                                                         const CommitmentStatusInput& input,
                                                         const std::optional<User>& user) {
  std::optional<store::CommitmentStatusRow> saved;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto strategy = store::load_strategy(s, id);
    if (!strategy || !may_read_strategy(user, strategy->county_code, strategy->status))
      return missing_record_error(user, "strategy");
    const Commitment* c = find_commitment(strategy->goals, commitment_id);
    if (!c) return missing_record_error(user, "commitment");
    if (auto ok = authorize_stored(user, Action::update, scope_of(*strategy, *c), "commitment"); !ok) return ok;
    auto [first, last] = commitment_years(*strategy);
    if (year < first || year > last)
      return validation_error(i18n::trf("Året ska ligga mellan {1} och {2} (strategins period och ett år före och efter).",
                                        {std::to_string(first), std::to_string(last)}),
                              {}, "year");
    if (!parse_commitment_status(input.status))
      return validation_error("Status ska vara planned, ongoing, done eller not_done, inte \"" + input.status + "\".",
                              {}, "status");
    if (input.comment.size() > kMaxComment)
      return validation_error(i18n::tr("Kommentaren får vara högst 2000 tecken."), {}, "comment");
    auto before = store::find_commitment_status(s, commitment_id, year);
    store::save_commitment_status(s, store::CommitmentStatusRow{.commitment_id = commitment_id,
                                                                .year = year,
                                                                .status = input.status,
                                                                .comment = input.comment,
                                                                .set_by = actor_name(user)});
    saved = store::find_commitment_status(s, commitment_id, year);
    store::append_audit(s, {.actor = actor_name(user),
                            .action = "set_status",
                            .entity = "commitment",
                            .entity_id = commitment_id,
                            .before_json = before ? std::optional<std::string>(status_json(*before)) : std::nullopt,
                            .after_json = status_json(*saved)});
    return {};
  });
  if (!st) return st.error();
  return std::move(*saved);
}

}  // namespace jamt::service
