#pragma once
// The one way a strategy is written after its creation (issue 12, item 1):
// every service function that changes a strategy's content passes a
// StrategyEdit to edit_strategy, which loads the strategy, authorises,
// refuses an archived one, opens the draft revision of an adopted one,
// applies the edit, validates, writes and audits. For the service layer only.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "domain/strategy.hpp"
#include "store/database.hpp"

namespace jamt::service {

// Changes the whole strategy in place; an Error refuses the change (nothing written).
using StrategyEdit = std::function<Status(Strategy&)>;

// Applies `change` to strategy `id` for `user` in one transaction and writes
// an audit entry `action` with the document before and after. Returns the
// strategy as stored after (ids filled in). Errors: "not_found"/"forbidden"/
// "unauthorized" as strategy_editing.hpp says, "conflict" for an archived
// strategy or a period the county already has, "validation" with the field
// named (from validate()'s path when the change did not name it), or the
// change's own Error.
Result<Strategy> edit_strategy(store::Database& db, std::int64_t id, const std::optional<User>& user,
                               const std::string& action, const StrategyEdit& change);

}  // namespace jamt::service
