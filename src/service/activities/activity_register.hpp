#pragma once
// The activity register (insatser): the generic register rules plus the
// multi-valued parts — co-organisers, goal-tree nodes of the county's
// strategy and national sub-goals — which are saved together with the
// activity's fields in one transaction and one audit entry.
//
// Who may do what (service/authorization.hpp): strategists manage every
// activity of their county; organisation contacts create and change the
// activities their own organisation organises; coordinators and admins
// read everything; the public reads activities that a strategist has
// published and that are genomförda. Only strategists (and admins) publish.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/registers/activity.hpp"
#include "service/registers/register_service.hpp"

namespace jamt::service {

// Scope: the county and the organiser; public when published and
// genomförd. `prepare` sets county_code from the organiser and checks that
// the end date is not before the start date.
const RegisterRules& activity_rules();

// What a form or API request asks to change. `fields` may hold "published"
// (strategists and admins only). A list left as nullopt is not changed (on
// create: empty). Values are as typed: ids and codes as text.
struct ActivityInput {
  registers::Record fields;
  std::optional<std::vector<std::string>> co_organiser_ids;
  std::optional<std::vector<std::string>> goal_nodes;
  std::optional<std::vector<std::string>> national_goals;
  // Issue 12, part C: action-plan target codes ("plan_targets").
  std::optional<std::vector<std::string>> plan_targets;
  // Issue 12 item 3 (engineer B): ids of commitments of the strategy the
  // organiser's county has for the start year; field "commitment_ids".
  std::optional<std::vector<std::string>> commitment_ids{};
};

// Creates an activity. Goal nodes are codes in the strategy of the
// organiser's county that covers the start year; co-organisers are other
// existing organisations; national sub-goals are references like "2017:6".
// On a validation failure returns the first problem (each with `field`:
// a field name, "co_organiser_ids", "goal_nodes" or "national_goals") and
// fills `problems` with all. Errors: "validation", "unauthorized",
// "forbidden" (also: publishing without the right). Audited.
Result<registers::Activity> create_activity(store::Database& db, const ActivityInput& input,
                                            const std::optional<User>& user,
                                            std::vector<Error>* problems = nullptr);

// The activity `id` if the user may read it (see missing_record_error).
Result<registers::Activity> get_activity(store::Database& db, std::int64_t id, const std::optional<User>& user);

// Changes the fields and lists given. The user must be allowed to change
// the activity both as it was and as it becomes. When the status leaves
// genomförd the activity stops being published. Errors as create_activity,
// plus not found. Audited with before and after, links included.
Result<registers::Activity> update_activity(store::Database& db, std::int64_t id, const ActivityInput& input,
                                            const std::optional<User>& user,
                                            std::vector<Error>* problems = nullptr);

// Deletes the activity and its links (audited).
Status delete_activity(store::Database& db, std::int64_t id, const std::optional<User>& user);

// Which activities a list, an export or a summary covers; empty or nullopt
// members do not filter. `organiser_id` matches organisers and
// co-organisers; `year` matches activities under way some time that year
// (registers::in_year); `goal_node` matches direct links by node code;
// `search` looks in title, target groups and description.
struct ActivityFilter {
  std::string county_code{};
  std::optional<int> year{};
  std::string type{};
  std::string status{};
  std::optional<std::int64_t> organiser_id{};
  std::string national_goal{};
  std::string goal_node{};
  std::string search{};
};

// Activities the user may read that match `filter`, latest start first.
// Error "validation" (with `field`) for a filter value that cannot match
// anything valid (unknown type, status, county, sub-goal; a year outside
// 1900–2100). The public gets the published ones.
Result<std::vector<registers::Activity>> list_activities(store::Database& db, const ActivityFilter& filter,
                                                         const std::optional<User>& user);

// Inside a transaction: inserts an already checked activity (county_code
// and published included) with its links and appends a "create" audit
// entry by `actor`. Goal nodes are taken to belong to the strategy of the
// activity's county covering its start year and are dropped when there is
// none. For demo content and imports; returns the stored activity.
registers::Activity insert_activity_checked(soci::session& s, registers::Record record,
                                            const registers::ActivityLinks& links, const std::string& actor);

// Whether `user` may publish or unpublish `activity` (strategists of its
// county, admins).
bool may_publish(store::Database& db, const registers::Record& activity, const std::optional<User>& user);

// Whether `user` may create activities at all (anyone logged in who is not
// a coordinator; the organiser decides in the end).
bool may_create_activities(const std::optional<User>& user);

}  // namespace jamt::service
