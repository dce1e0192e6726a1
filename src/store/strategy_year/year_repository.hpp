#pragma once
// Storage reads for a strategist's view of a strategy's year (issue 12,
// item 6): the activities linked to the strategy's goal nodes that run in a
// year, and organisation names. Functions work on a leased session and throw
// soci errors.
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace soci {
class session;
}

namespace jamt::store {

// An activity linked to goal node `node_id` (by the node's identity, so the
// link holds through revisions).
struct NodeYearActivity {
  std::int64_t node_id = 0;
  std::int64_t activity_id = 0;
  std::string title{};
  std::string status{};      // planerad | pagar | genomford | installd
  std::string start_date{};  // "YYYY-MM-DD"
  std::string end_date{};    // "" when it has none
  std::int64_t organiser_id = 0;
  std::string organiser_name{};
  bool joint = false;  // has co-organisers
  std::vector<std::pair<std::int64_t, std::string>> co_organisers{};  // id and name, by position
};

// The activities linked to goal nodes of strategy `strategy_id` that run in
// `year` (start on or before 31 December and end, or start when they have no
// end, on or after 1 January), by start date then id; one row per link.
std::vector<NodeYearActivity> node_activities_in_year(soci::session& s, std::int64_t strategy_id, int year);

// The names of the organisations `ids` that exist, by id.
std::map<std::int64_t, std::string> organisation_names(soci::session& s, const std::set<std::int64_t>& ids);

}  // namespace jamt::store
