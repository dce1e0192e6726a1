#pragma once
// Pieces shared by the activity pages, exports and API (their handlers are
// declared in activity_handlers.hpp).
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/strategy.hpp"
#include "report/xlsx_table.hpp"
#include "service/activities/activity_register.hpp"
#include "store/database.hpp"
#include "web/http/request_auth.hpp"
#include "web/http/http_types.hpp"

namespace jamt::web {

// The filter from query parameters county, year, type, status, organiser,
// national_goal, goal_node, q. Error "validation" (field set) for a year or
// organiser that is not a whole number.
Result<service::ActivityFilter> activity_filter_from(const Request& req);

// The same filter as a query string ("county=08&year=2026", no "?").
std::string activity_filter_query(const service::ActivityFilter& filter);

// Names to show for the ids and codes activities refer to: organisations
// by id, goal nodes by strategy and code, each strategy's title.
struct ActivityNames {
  std::map<std::int64_t, std::string> organisations;
  std::map<std::int64_t, std::map<std::string, std::string>> nodes;  // strategy id → code → title
  std::map<std::int64_t, std::string> strategies;

  // The organisation's name, or "#<id>".
  std::string organisation(std::int64_t id) const;
  // "FO5.1 Att bli självförsörjande …", or the code alone.
  std::string node(std::int64_t strategy_id, const std::string& code) const;
};

// Names for everything `activities` refer to (read from `db`).
ActivityNames activity_names(store::Database& db, const std::vector<registers::Activity>& activities);

// "2017:6 Mäns våld mot kvinnor ska upphöra", or the reference alone.
std::string national_goal_label(const std::string& reference);

// The columns of an export, and one activity's cells: text as text,
// participants and the id as numbers.
std::vector<std::string> activity_export_header();
std::vector<report::XlsxCell> activity_export_cells(const registers::Activity& activity, const ActivityNames& names);

// The county a viewer works in: a strategist's county, an organisation
// contact's organisation's county, otherwise "".
std::string viewer_county(store::Database& db, const RequestAuth& auth);

// The strategy of `county` covering `year`, if there is one.
std::optional<Strategy> strategy_for(store::Database& db, const std::string& county, int year);

// A goal node flattened for a list of options: code, title, depth.
struct FlatNode {
  std::string code;
  std::string title;
  int depth = 0;
};
std::vector<FlatNode> flat_nodes(const Strategy& strategy);

}  // namespace jamt::web
