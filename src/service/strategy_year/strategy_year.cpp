#include "service/strategy_year/strategy_year.hpp"

#include <map>
#include <set>

#include "service/authorization.hpp"
#include "service/strategy/strategy_versions.hpp"
#include "store/organisation_plan/organisation_plan_repository.hpp"
#include "store/strategy_repository.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::service {

namespace {

void flatten(const std::vector<GoalNode>& nodes, int depth, std::vector<std::pair<const GoalNode*, int>>& out) {
  for (const auto& n : nodes) {
    out.emplace_back(&n, depth);
    flatten(n.children, depth + 1, out);
  }
}

int year_of(const std::string& date) { return date.size() >= 4 ? std::stoi(date.substr(0, 4)) : 0; }

}  // namespace

Result<StrategyYear> strategy_year(store::Database& db, std::int64_t id, int year, const std::optional<User>& viewer) {
  if (!viewer) return Error{ErrorKind::unauthorized, "sign in to see this", {}, {}};
  StrategyYear out;
  out.year = year;
  Status st = db.read([&](soci::session& s) -> Status {
    auto live = store::load_strategy(s, id);
    if (!live) return missing_record_error(viewer, "strategy");
    if (!may_read_strategy(viewer, live->county_code, StrategyStatus::draft))
      return may_read_strategy(viewer, live->county_code, live->status)
                 ? Status{Error{ErrorKind::forbidden, "you are not allowed to do this", {}, {}}}
                 : Status{missing_record_error(viewer, "strategy")};
    if (year < live->start_year - 1 || year > live->end_year + 1)
      return validation_error(i18n::trf("Välj ett år inom strategins period {1}–{2} (ett år före eller efter går också).",
                                        {std::to_string(live->start_year), std::to_string(live->end_year)}),
                              {}, "year");
    out.strategy = published_view(s, *live);

    auto statuses = store::load_commitment_statuses(s, id);
    auto commitment_activities = store::load_commitment_activities(s, id);
    auto plan_links = store::plan_links_to(s, id);
    auto activities = store::node_activities_in_year(s, id, year);

    std::set<std::int64_t> org_ids;
    for (const auto& [org, links] : plan_links) org_ids.insert(org);
    auto names = store::organisation_names(s, org_ids);

    std::vector<std::pair<const GoalNode*, int>> flat;
    flatten(out.strategy.goals, 0, flat);
    std::set<std::int64_t> all_activities, all_joint, all_contributors;
    for (const auto& [node, depth] : flat) {
      YearNode yn{.id = node->id, .code = node->code, .kind = node->kind, .title = node->title, .depth = depth};
      std::map<std::int64_t, YearContributor> contributors;
      for (const auto& a : activities) {
        if (a.node_id != node->id) continue;
        yn.activities.push_back(a);
        if (a.joint) ++yn.joint_activities;
        all_activities.insert(a.activity_id);
        if (a.joint) all_joint.insert(a.activity_id);
        // The organiser and every co-organiser contributed.
        std::vector<std::pair<std::int64_t, std::string>> by{{a.organiser_id, a.organiser_name}};
        by.insert(by.end(), a.co_organisers.begin(), a.co_organisers.end());
        for (const auto& [org, name] : by) {
          auto& c = contributors[org];
          c.organisation_id = org;
          c.name = name;
          ++c.activities;
        }
      }
      for (const auto& [org, links] : plan_links)
        for (const auto& link : links)
          if (link.node_id == node->id) {
            auto& c = contributors[org];
            c.organisation_id = org;
            if (c.name.empty()) c.name = names.count(org) ? names[org] : "Organisation " + std::to_string(org);
            c.declared = true;
            c.note = link.note;
          }
      for (auto& [org, c] : contributors) {
        all_contributors.insert(org);
        yn.contributors.push_back(std::move(c));
      }
      for (const auto& commitment : node->board_commitments) {
        YearCommitment yc{.commitment = commitment,
                          .owner_name = commitment.owner.empty() ? "Länsstyrelsen" : commitment.owner};
        if (auto it = statuses.find(commitment.id); it != statuses.end())
          for (const auto& row : it->second)
            if (row.year == year) yc.status = row;
        if (auto it = commitment_activities.find(commitment.id); it != commitment_activities.end())
          for (const auto& a : it->second)
            if (year_of(a.start_date) == year) ++yc.activities_in_year;
        ++out.commitments;
        if (!yc.status) ++out.commitments_without_status;
        else if (yc.status->status == "done") ++out.commitments_done;
        yn.commitments.push_back(std::move(yc));
      }
      out.nodes.push_back(std::move(yn));
    }
    out.activities = static_cast<int>(all_activities.size());
    out.joint_activities = static_cast<int>(all_joint.size());
    out.contributors = static_cast<int>(all_contributors.size());
    return {};
  });
  if (!st) return st.error();
  return out;
}

}  // namespace jamt::service
