#pragma once
// Organisations' own plans tied to the county's strategy (issue 12, item 4):
// a joined organisation's contact declares the action-plan targets and goal
// nodes its plan contributes to; activities name the targets they serve;
// the board sees, per target, who contributes and what they did.
// Authorisation: the organisation's scope (its contacts, the county's
// strategists, admins change; coordinators read); each change audited as
// entity "organisation_plan".
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/organisation_plan/follow_up_dialogue.hpp"
#include "domain/organisation_plan/plan_link.hpp"
#include "domain/result.hpp"
#include "domain/strategy.hpp"
#include "store/database.hpp"
#include "store/organisation_plan/organisation_plan_repository.hpp"

namespace jamt::service {

// An organisation's plan as a viewer reads it: the strategy of its county
// that covers the current year (the adopted version while a revision is
// open) and the declared links to it.
struct OrganisationPlan {
  std::int64_t organisation_id = 0;
  std::string organisation_name;
  std::string county_code;
  Strategy strategy;
  std::vector<PlanLink> links;
  bool may_change = false;
};

// One link as a form or API request sends it: `target_code` or `node_id`
// (as typed), and the note.
struct PlanLinkInput {
  std::string target_code;
  std::string node_id;
  std::string note;
};

// The plan of organisation `organisation_id`. Errors: "unauthorized" for
// the public, "not_found" for no such organisation, one the viewer may not
// read (a contact of another organisation: existence is not revealed), or
// when no strategy of its county covers this year.
Result<OrganisationPlan> organisation_plan(store::Database& db, std::int64_t organisation_id,
                                           const std::optional<User>& user);

// Replaces the organisation's declared links by `links` (Action::update on
// the organisation: "forbidden" for a coordinator, who reads it). Each target must be a target of the strategy's action
// plan and each node a node of its goal tree; a note is at most 2000
// characters. Errors as organisation_plan, plus "validation" naming the
// field ("targets", "nodes", "note_target_<code>", "note_node_<id>").
// Audited with the links before and after.
Result<OrganisationPlan> save_organisation_plan(store::Database& db, std::int64_t organisation_id,
                                                const std::vector<PlanLinkInput>& links,
                                                const std::optional<User>& user);

// An organisation contributing to one target: its declaration (if any) and
// its activities serving the target, counted per start year.
struct ContributingOrganisation {
  std::int64_t organisation_id = 0;
  std::string name;
  bool declared = false;
  std::string note;
  std::vector<store::TargetActivity> activities;
  std::map<int, int> activities_per_year;
};

// One target of the action plan with those who contribute.
struct TargetContributions {
  std::string objective_code;
  std::string objective_title;
  std::string target_code;
  std::string target_title;
  std::vector<ContributingOrganisation> organisations;
};

// The board's view of strategy `strategy_id`'s action plan per objective →
// target. Readable by the strategists of its county, admins and
// coordinators; Errors "unauthorized" (the public), "forbidden" (anyone
// else), "not_found" (no such strategy, or a draft the viewer may not read).
struct ActionPlanContributions {
  std::int64_t strategy_id = 0;
  std::string strategy_title;
  std::string action_plan_title;
  std::vector<TargetContributions> targets;
};
Result<ActionPlanContributions> action_plan_contributions(store::Database& db, std::int64_t strategy_id,
                                                          const std::optional<User>& user);

// Inside a transaction: the contribution of organisation `organisation_id`
// of `county_code` as it stands on `date` ("YYYY-MM-DD") — its plan links to
// the strategy covering that year with the count of its activities serving
// each target that started by then. [] when no strategy covers the year.
std::vector<Contribution> contribution_snapshot(soci::session& s, std::int64_t organisation_id,
                                                const std::string& county_code, const std::string& date);

// Inside a transaction: the target codes `codes` checked against the
// action plan of the strategy of `county_code` covering `start_date`'s year.
// Returns the strategy id (0 when `codes` is empty); unknown codes add a
// validation problem with field "plan_targets" to `errors`.
std::int64_t check_plan_targets(soci::session& s, const std::string& county_code, const std::string& start_date,
                                const std::vector<std::string>& codes, std::vector<Error>& errors);

}  // namespace jamt::service
