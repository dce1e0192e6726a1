#pragma once
// Storage of the multi-valued parts of activities (co-organisers, goal-tree
// nodes, national sub-goals, strategy commitments) in their link tables, and the look-ups the
// activity register needs. The activity's own fields are stored by
// register_repository. Functions work on a leased session and throw soci
// errors.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/registers/activity.hpp"

namespace soci {
class session;
}

namespace jamt::store {

// An activity's links and the strategy its goal nodes belong to (0: none).
struct StoredLinks {
  registers::ActivityLinks links;
  std::int64_t strategy_id = 0;
};

// The links of activity `id` (empty lists when it has none).
StoredLinks load_activity_links(soci::session& s, std::int64_t id);

// The links of every activity that has any, by activity id.
std::map<std::int64_t, StoredLinks> load_all_activity_links(soci::session& s);

// Replaces the links of activity `id` by `links`; goal nodes are stored
// with `strategy_id` (which must be a strategy when there are any).
void replace_activity_links(soci::session& s, std::int64_t id, const registers::ActivityLinks& links,
                            std::int64_t strategy_id);

// As above, each goal node stored with the node id at the same position of
// `node_ids` (issue 12, part A: links follow the node, not its code); a
// missing or 0 id is looked up by code in the stored tree.
void replace_activity_links(soci::session& s, std::int64_t id, const registers::ActivityLinks& links,
                            std::int64_t strategy_id, const std::vector<std::int64_t>& node_ids);

// Deletes every link of activity `id`.
void delete_activity_links(soci::session& s, std::int64_t id);

// The id of the strategy of `county_code` whose period covers `year`:
// adopted before draft before archived, then the latest start; nullopt when
// no strategy covers the year.
std::optional<std::int64_t> strategy_covering(soci::session& s, const std::string& county_code, int year);

// Organisations of `county_code` ("" for every county) as (id, name),
// ordered by name.
std::vector<std::pair<std::int64_t, std::string>> organisation_names(soci::session& s, const std::string& county_code);

// The county of organisation `id`, or nullopt when there is no such
// organisation.
std::optional<std::string> organisation_county(soci::session& s, std::int64_t id);

}  // namespace jamt::store
