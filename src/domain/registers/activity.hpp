#pragma once
// The activity register (insatser): what a county's organisations and the
// county board did for the strategy — training, conferences, network
// meetings, campaigns, surveys, method and process support, information,
// state grants — when, by whom, for which goals and how many took part.
#include <cstdint>
#include <string>
#include <vector>

#include "domain/registers/field_spec.hpp"

namespace jamt::registers {

// Fields: title, type (utbildning, konferens, natverkstraff, kampanj,
// kartlaggning, metodstod, processtod, information, statsbidrag), status
// (planerad, pagar, genomford, installd), start_date, end_date (optional,
// not before start_date), organiser_id (an organisation), county_code
// (system: always the organiser's county), target_groups, participants_women,
// participants_men, participants_other (whole numbers), description,
// published (system: set only by the county's strategists; the public sees
// an activity when it is published and genomförd).
const EntitySpec& activity_spec();

// The parts of an activity that hold several values, stored in link tables:
// co-organising organisations (ids), goal-tree nodes of the county's strategy
// (node codes, e.g. "FO5.1") and national sub-goals ("2017:6"). Each list is
// free of duplicates and kept in the order given.
struct ActivityLinks {
  std::vector<std::int64_t> co_organiser_ids;
  std::vector<std::string> goal_nodes;
  std::vector<std::string> national_goals;
  // Issue 12, part C: codes of the action-plan targets the activity serves
  // ("1.3"), of the plan of the strategy covering its start year.
  std::vector<std::string> plan_targets;
  // Issue 12 item 3 (engineer B): ids of the strategy commitments the
  // activity carries out (commitments of the strategy its county has for
  // its start year), ascending.
  std::vector<std::int64_t> commitment_ids{};
  bool operator==(const ActivityLinks&) const = default;
};

// An activity as stored: its fields and its links. `strategy_id` is the
// strategy its goal nodes belong to (0 when it links none).
struct Activity {
  Record record;
  ActivityLinks links;
  std::int64_t strategy_id = 0;
};

// Whether the public may read `activity`: published and genomförd.
bool is_public(const Record& activity);

// Whether `activity` falls in `year`: it starts on or before 31 December
// and ends (or, without an end date, starts) on or after 1 January.
bool in_year(const Record& activity, int year);

}  // namespace jamt::registers
