#pragma once
// The ends of a strategy's life outside plain editing (issue 12, items 1–2):
// archiving an adopted strategy, and a draft made from a strategy JSON file
// a strategist uploads in the browser — a new strategy, or the draft
// revision of an existing one (as `jamt strategy import --replace` does).
// Who may: admins and the strategists of the strategy's county; errors
// before the input is judged as in strategy_editing.hpp.
#include <cstdint>
#include <optional>
#include <string_view>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "domain/strategy.hpp"
#include "store/database.hpp"

namespace jamt::service {

// Archives strategy `id`: only an adopted strategy without an open draft
// revision ("conflict" otherwise, naming why). The public still reads it; it
// can no longer be changed or adopted. Audited as "archive".
Result<Strategy> archive_strategy(store::Database& db, std::int64_t id, const std::optional<User>& user);

// Reads the strategy document `document` (docs/formats/strategy-json.md) and
// stores it as a draft. Without `into`: a new draft strategy (the
// document's status, adoption and ids ignored; "conflict" when the county
// already has a strategy for that period). With `into`: the content of
// strategy `into` is replaced — on an adopted strategy it becomes the draft
// revision — and its nodes and indicators keep their ids (matched by the ids
// the document carries, else by code under the same parent); the document
// must be for the same county (else "validation" naming county_code).
// "validation" for a document that cannot be read or breaks a model rule,
// with `where` the JSON path and `field` its last name. Audited as "import".
Result<Strategy> import_strategy_draft(store::Database& db, std::string_view document,
                                       std::optional<std::int64_t> into, const std::optional<User>& user);

// How many activities link to node `node_id` of strategy `id` or to any node
// under it (what removing it would leave pointing at nothing). Read as the
// strategy's editor: "not_found" when there is no such strategy or node or
// `user` may not read it, "forbidden"/"unauthorized" when `user` may not change it.
Result<std::int64_t> activities_linking(store::Database& db, std::int64_t id, std::int64_t node_id,
                                        const std::optional<User>& user);

}  // namespace jamt::service
