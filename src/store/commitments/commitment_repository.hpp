#pragma once
// Storage of the follow-up of strategy commitments (issue 12, item 3): the
// status per year of each commitment and the activities that carry one out.
// The commitments themselves are part of the strategy's tree
// (store/strategy_repository.hpp). Every function works on a session the
// caller leased (inside Database::transaction or ::read) and throws soci
// errors, which those turn into Errors.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace jamt::store {

// One year's status of a commitment.
struct CommitmentStatusRow {
  std::int64_t commitment_id = 0;
  int year = 0;
  std::string status{};  // planned | ongoing | done | not_done
  std::string comment{};
  std::string set_by{};
  std::string set_at{};  // UTC "YYYY-MM-DDTHH:MM:SSZ"
};

// The statuses of the commitments of strategy `strategy_id`'s stored tree,
// by commitment id, each list by year ascending.
std::map<std::int64_t, std::vector<CommitmentStatusRow>> load_commitment_statuses(soci::session& s,
                                                                                  std::int64_t strategy_id);

// The status of commitment `commitment_id` in `year`, or nullopt when none was set.
std::optional<CommitmentStatusRow> find_commitment_status(soci::session& s, std::int64_t commitment_id, int year);

// Sets the status of `row.commitment_id` in `row.year` (replacing any there
// was); set_at is the store clock's now, row.set_at is ignored.
void save_commitment_status(soci::session& s, const CommitmentStatusRow& row);

// The strategy whose stored tree holds commitment `commitment_id`, or nullopt.
std::optional<std::int64_t> strategy_of_commitment(soci::session& s, std::int64_t commitment_id);

// An activity linked to a commitment: its id, title and start date, and
// what deciding who may read it needs.
struct CommitmentActivity {
  std::int64_t activity_id = 0;
  std::string title{};
  std::string start_date{};  // "YYYY-MM-DD"
  std::string county_code{};
  std::int64_t organiser_id = 0;
  bool published = false;  // the public may read it: published and genomförd
};

// The activities linked to the commitments of strategy `strategy_id`, by
// commitment id, each list by start date.
std::map<std::int64_t, std::vector<CommitmentActivity>> load_commitment_activities(soci::session& s,
                                                                                   std::int64_t strategy_id);

// A commitment's text and the strategy whose tree holds it.
struct CommitmentLabel {
  std::int64_t id = 0;
  std::int64_t strategy_id = 0;
  std::string node_code{};
  std::string text{};
};

// The labels of the commitments `ids` that exist, in the order of `ids`.
std::vector<CommitmentLabel> commitment_labels(soci::session& s, const std::vector<std::int64_t>& ids);

// The commitments activity `activity_id` carries out, ascending.
std::vector<std::int64_t> activity_commitment_ids(soci::session& s, std::int64_t activity_id);

// Replaces the commitments activity `activity_id` carries out with `ids`.
void save_activity_commitments(soci::session& s, std::int64_t activity_id, const std::vector<std::int64_t>& ids);

}  // namespace jamt::store
