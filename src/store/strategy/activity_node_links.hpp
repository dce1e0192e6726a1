#pragma once
// Activities' links to goal nodes seen from the strategy (issue 12, part A):
// the links follow a node's id (activity_goal_nodes.node_id, migration 20);
// their node_code is the node's code in the adopted version. Functions work
// on a session the caller leased and throw soci errors.
#include <cstdint>
#include <vector>

namespace soci {
class session;
}

namespace jamt::store {

// Sets the code of every link to a node of strategy `strategy_id` that still
// exists to the node's stored code. Call when the stored tree is what the
// public reads: after an adoption, or after a change to a draft never adopted.
void sync_activity_node_codes(soci::session& s, std::int64_t strategy_id);

// How many distinct activities link to any of `node_ids` (0 for none).
std::int64_t count_activities_linking(soci::session& s, const std::vector<std::int64_t>& node_ids);

}  // namespace jamt::store
