#pragma once
// A strategist's view of a strategy's year (issue 12, item 6): per goal node
// of the strategy in force, the activities that ran that year, the
// commitments with their status that year, and the organisations that
// contribute (declared in their own plan, or by activities) — the material
// the yearly report is written from.
//
// Who may: those who may read the strategy's drafts (the strategists of its
// county, admins, coordinators). The public gets "unauthorized", other
// accounts "forbidden".
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "domain/strategy.hpp"
#include "store/commitments/commitment_repository.hpp"
#include "store/database.hpp"
#include "store/strategy_year/year_repository.hpp"

namespace jamt::service {

// A commitment under a node, with its status in the year (nullopt: none set)
// and how many of its activities ran that year.
struct YearCommitment {
  Commitment commitment{};
  std::string owner_name{};  // "Länsstyrelsen" for the board's own
  std::optional<store::CommitmentStatusRow> status{};
  int activities_in_year = 0;
};

// An organisation contributing to a node: declared in its own plan (with the
// plan's note) and/or organiser or co-organiser of activities linked to the
// node that year.
struct YearContributor {
  std::int64_t organisation_id = 0;
  std::string name{};
  bool declared = false;
  std::string note{};
  int activities = 0;
};

// One goal node of the year view, in tree order; `depth` 0 for top nodes.
struct YearNode {
  std::int64_t id = 0;
  std::string code{};
  NodeKind kind = NodeKind::target;
  std::string title{};
  int depth = 0;
  std::vector<store::NodeYearActivity> activities{};
  int joint_activities = 0;
  std::vector<YearCommitment> commitments{};
  std::vector<YearContributor> contributors{};
};

struct StrategyYear {
  Strategy strategy{};  // as in force: the adopted version while a revision is open
  int year = 0;
  std::vector<YearNode> nodes{};
  int activities = 0;         // distinct activities linked to any node that year
  int joint_activities = 0;   // of which joint
  int commitments = 0;        // in the tree
  int commitments_done = 0;   // with status "done" that year
  int commitments_without_status = 0;
  int contributors = 0;       // distinct organisations contributing to any node
};

// The view of strategy `id` in `year`. Errors: "unauthorized", "forbidden",
// "not_found" (no such strategy), "validation" with field "year" when the
// year is outside the strategy's period ± 1.
Result<StrategyYear> strategy_year(store::Database& db, std::int64_t id, int year, const std::optional<User>& viewer);

}  // namespace jamt::service
