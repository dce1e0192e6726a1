#include "service/commitments/commitment_editing.hpp"

#include <algorithm>

#include "service/strategy/strategy_change.hpp"
#include "service/strategy/strategy_editing.hpp"
#include "store/activity_repository.hpp"
#include "store/strategy_repository.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::service {

namespace {

GoalNode* find_node(std::vector<GoalNode>& nodes, std::int64_t id) {
  for (auto& n : nodes) {
    if (n.id == id) return &n;
    if (auto* found = find_node(n.children, id)) return found;
  }
  return nullptr;
}

// The node holding commitment `id`, or nullptr.
GoalNode* node_of_commitment(std::vector<GoalNode>& nodes, std::int64_t id) {
  for (auto& n : nodes) {
    for (const auto& c : n.board_commitments)
      if (c.id == id) return &n;
    if (auto* found = node_of_commitment(n.children, id)) return found;
  }
  return nullptr;
}

const Commitment* find_commitment(const std::vector<GoalNode>& nodes, std::int64_t id) {
  for (const auto& n : nodes) {
    for (const auto& c : n.board_commitments)
      if (c.id == id) return &c;
    if (auto* found = find_commitment(n.children, id)) return found;
  }
  return nullptr;
}

// The organisation named by `input` checked against the strategy's county;
// its name for an owner left empty. Runs before the edit so that the edit
// itself needs no session.
struct OwnerCheck {
  std::optional<Error> error{};
  std::string name{};
};

OwnerCheck check_owner(store::Database& db, std::int64_t strategy_id, const CommitmentInput& input) {
  OwnerCheck out;
  if (!input.owner_organisation_id || !*input.owner_organisation_id) return out;
  std::int64_t org = **input.owner_organisation_id;
  Status st = db.read([&](soci::session& s) -> Status {
    auto strategy = store::load_strategy(s, strategy_id);
    if (!strategy) return {};  // edit_strategy answers for a missing strategy
    auto county = store::organisation_county(s, org);
    if (!county || *county != strategy->county_code) {
      out.error = validation_error(i18n::trf("Välj en organisation i länets register (owner_organisation_id {1} finns inte i länet).",
                                             {std::to_string(org)}),
                                   {}, "owner_organisation_id");
      return {};
    }
    for (const auto& [id, name] : store::organisation_names(s, *county))
      if (id == org) out.name = name;
    return {};
  });
  if (!st) out.error = st.error();
  return out;
}

void apply(Commitment& c, const CommitmentInput& in, const OwnerCheck& owner) {
  if (in.text) c.text = *in.text;
  if (in.owner) c.owner = *in.owner;
  if (in.owner_organisation_id) {
    c.owner_organisation_id = *in.owner_organisation_id;
    if (c.owner_organisation_id && !in.owner) c.owner = owner.name;
    if (!c.owner_organisation_id && !in.owner) c.owner.clear();
  }
  if (in.targets) c.targets = *in.targets;
}

Status check_text(const Commitment& c) {
  if (c.text.empty()) return validation_error(i18n::tr("Skriv vad åtagandet går ut på."), {}, "text");
  return {};
}

}  // namespace

Result<Commitment> add_commitment(store::Database& db, std::int64_t id, const CommitmentInput& input,
                                  const std::optional<User>& user) {
  OwnerCheck owner = check_owner(db, id, input);
  std::size_t index = 0;
  std::int64_t node_id = input.node_id.value_or(0);
  auto changed = edit_strategy(db, id, user, "add_commitment", [&](Strategy& st) -> Status {
    if (owner.error) return *owner.error;
    if (!input.node_id) return validation_error(i18n::tr("Välj målet som åtagandet hör till (node_id)."), {}, "node_id");
    GoalNode* node = find_node(st.goals, node_id);
    if (!node) return validation_error(i18n::trf("Strategin har inget mål med id {1}.", {std::to_string(node_id)}), {}, "node_id");
    Commitment c;
    apply(c, input, owner);
    if (auto ok = check_text(c); !ok) return ok;
    index = node->board_commitments.size();
    node->board_commitments.push_back(std::move(c));
    return {};
  });
  if (!changed) return changed.error();
  GoalNode* node = find_node(changed->goals, node_id);
  if (!node || node->board_commitments.size() <= index)
    return Error{ErrorKind::internal, "the new commitment was not stored", {}, {}};
  return node->board_commitments[index];
}

Result<Commitment> update_commitment(store::Database& db, std::int64_t id, std::int64_t commitment_id,
                                     const CommitmentInput& input, const std::optional<User>& user) {
  OwnerCheck owner = check_owner(db, id, input);
  auto changed = edit_strategy(db, id, user, "update_commitment", [&](Strategy& st) -> Status {
    GoalNode* from = node_of_commitment(st.goals, commitment_id);
    if (!from) return not_found_error("no commitment with that id");
    if (owner.error) return *owner.error;
    auto it = std::find_if(from->board_commitments.begin(), from->board_commitments.end(),
                           [&](const Commitment& c) { return c.id == commitment_id; });
    Commitment c = *it;
    apply(c, input, owner);
    if (auto ok = check_text(c); !ok) return ok;
    if (input.node_id && *input.node_id != from->id) {
      GoalNode* to = find_node(st.goals, *input.node_id);
      if (!to)
        return validation_error(i18n::trf("Strategin har inget mål med id {1}.", {std::to_string(*input.node_id)}), {},
                                "node_id");
      from->board_commitments.erase(it);
      to->board_commitments.push_back(std::move(c));
    } else {
      *it = std::move(c);
    }
    return {};
  });
  if (!changed) return changed.error();
  const Commitment* c = find_commitment(changed->goals, commitment_id);
  if (!c) return Error{ErrorKind::internal, "the commitment was not stored", {}, {}};
  return *c;
}

Status remove_commitment(store::Database& db, std::int64_t id, std::int64_t commitment_id,
                         const std::optional<User>& user) {
  auto changed = edit_strategy(db, id, user, "remove_commitment", [&](Strategy& st) -> Status {
    GoalNode* from = node_of_commitment(st.goals, commitment_id);
    if (!from) return not_found_error("no commitment with that id");
    std::erase_if(from->board_commitments, [&](const Commitment& c) { return c.id == commitment_id; });
    return {};
  });
  if (!changed) return changed.error();
  return {};
}

}  // namespace jamt::service
