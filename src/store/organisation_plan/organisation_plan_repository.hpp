#pragma once
// Storage of organisations' plan links, the action-plan targets activities
// serve, and the per-commitment dialogue and contribution snapshot of
// joining follow-ups (migration 22). Functions work on a leased session and
// throw soci errors.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/organisation_plan/follow_up_dialogue.hpp"
#include "domain/organisation_plan/plan_link.hpp"

namespace soci {
class session;
}

namespace jamt::store {

// The plan links of organisation `organisation_id` to strategy
// `strategy_id`, targets first (by code), then nodes (by id).
std::vector<PlanLink> plan_links_of(soci::session& s, std::int64_t organisation_id, std::int64_t strategy_id);

// Replaces the organisation's links to `strategy_id` by `links` (their
// strategy_id is ignored); `county_code` is the organisation's.
void replace_plan_links(soci::session& s, std::int64_t organisation_id, const std::string& county_code,
                        std::int64_t strategy_id, const std::vector<PlanLink>& links);

// Every plan link to `strategy_id`, by organisation id.
std::map<std::int64_t, std::vector<PlanLink>> plan_links_to(soci::session& s, std::int64_t strategy_id);

// Deletes every plan link of organisation `organisation_id`.
void delete_plan_links(soci::session& s, std::int64_t organisation_id);

// The action-plan target codes activity `activity_id` serves and the
// strategy they belong to (0 when none).
std::vector<std::string> activity_plan_targets(soci::session& s, std::int64_t activity_id, std::int64_t* strategy_id);

// Replaces the targets activity `activity_id` serves by `codes` of
// strategy `strategy_id` (ignored when `codes` is empty).
void replace_activity_plan_targets(soci::session& s, std::int64_t activity_id, std::int64_t strategy_id,
                                   const std::vector<std::string>& codes);

// The id of an activity titled `title` (the demo's), or 0.
std::int64_t activity_with_title(soci::session& s, const std::string& title);

// An activity serving a target of an action plan.
struct TargetActivity {
  std::int64_t activity_id = 0;
  std::int64_t organiser_id = 0;
  std::string target_code;
  std::string title;
  std::string start_date;
};

// Every activity serving a target of `strategy_id`'s action plan that
// starts on or before `until` ("" for any date), by target code then start.
std::vector<TargetActivity> activities_serving_targets(soci::session& s, std::int64_t strategy_id,
                                                       const std::string& until = "");

// Stores the dialogue and contributions of follow-up `follow_up_id`.
void insert_follow_up_substance(soci::session& s, std::int64_t follow_up_id,
                                const std::vector<CommitmentDialogue>& commitments,
                                const std::vector<Contribution>& contributions);

// Fills the commitments and contributions of each of `follow_ups` (by id).
void load_follow_up_substance(soci::session& s, std::vector<FollowUp>& follow_ups);

// Deletes the dialogue and contributions of every follow-up of joining
// `joining_id` (before its follow-ups are deleted).
void delete_follow_up_substance(soci::session& s, std::int64_t joining_id);

}  // namespace jamt::store
