#pragma once
// Adding, changing and removing a strategy's commitments (issue 12, item 3).
// A commitment is part of the strategy's text: every change goes through
// edit_strategy (service/strategy/strategy_editing.hpp) — admins and the
// strategists of the county; on an adopted strategy it opens the draft
// revision; validated, versioned and audited there. A commitment keeps its
// id (and so its statuses and activities) through every change.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "domain/strategy.hpp"
#include "store/database.hpp"

namespace jamt::service {

// A commitment's fields; nullopt leaves one as it is (PATCH) or takes the
// default (POST: the board's, no targets). owner_organisation_id holds
// nullopt-inside for "no organisation"; an organisation given without an
// owner name makes the organisation's name the owner.
struct CommitmentInput {
  std::optional<std::int64_t> node_id{};  // the goal node it serves; required on POST, moves it on PATCH
  std::optional<std::string> text{};
  std::optional<std::string> owner{};
  std::optional<std::optional<std::int64_t>> owner_organisation_id{};
  std::optional<std::vector<std::string>> targets{};
};

// Adds a commitment under input.node_id; returns it with its new id.
// "validation" naming the field: node_id (missing, not a node of this
// strategy), text (empty), owner_organisation_id (not an organisation of
// the strategy's county), targets (not a target of the action plan).
Result<Commitment> add_commitment(store::Database& db, std::int64_t id, const CommitmentInput& input,
                                  const std::optional<User>& user);

// Changes commitment `commitment_id`, moving it when node_id is given.
// "not_found" when the strategy has no such commitment; validation as above.
Result<Commitment> update_commitment(store::Database& db, std::int64_t id, std::int64_t commitment_id,
                                     const CommitmentInput& input, const std::optional<User>& user);

// Removes commitment `commitment_id`, with its statuses and activity links.
// "not_found" when the strategy has no such commitment.
Status remove_commitment(store::Database& db, std::int64_t id, std::int64_t commitment_id,
                         const std::optional<User>& user);

}  // namespace jamt::service
