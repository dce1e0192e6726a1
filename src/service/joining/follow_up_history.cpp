#include "service/joining/follow_up_history.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "domain/registers/joining.hpp"
#include "service/joining/joining_decisions.hpp"
#include "service/joining/joining_register.hpp"
#include "store/organisation_plan/organisation_plan_repository.hpp"

namespace jamt::service {

using registers::value_of;

Result<std::vector<FollowUp>> follow_up_history(store::Database& db, std::int64_t id, const std::optional<User>& user) {
  auto records = follow_ups_of(db, id, user);
  if (!records) return records.error();
  std::vector<FollowUp> out;
  for (const auto& r : *records)
    out.push_back({.id = std::stoll(value_of(r, "id")), .held_on = value_of(r, "held_on"),
                   .note = value_of(r, "note"), .commitments = {}, .contributions = {}});
  std::stable_sort(out.begin(), out.end(), [](const FollowUp& a, const FollowUp& b) {
    return a.held_on != b.held_on ? a.held_on > b.held_on : a.id > b.id;
  });
  Status st = db.read([&](soci::session& s) -> Status {
    store::load_follow_up_substance(s, out);
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<FollowUpComparison> compare_follow_ups(store::Database& db, std::int64_t id, std::int64_t first_id,
                                              std::int64_t second_id, const std::optional<User>& user) {
  auto history = follow_up_history(db, id, user);
  if (!history) return history.error();
  auto find = [&](std::int64_t f) -> const FollowUp* {
    for (const auto& x : *history)
      if (x.id == f) return &x;
    return nullptr;
  };
  const FollowUp* a = find(first_id);
  const FollowUp* b = find(second_id);
  if (!a || !b) return not_found_error("no follow-up with that id for this joining");
  return FollowUpComparison{.first = *a, .second = *b, .commitments = compare_commitments(*a, *b),
                            .contributions = compare_contributions(*a, *b)};
}

std::string follow_up_substance_json(const std::vector<CommitmentDialogue>& commitments,
                                     const std::vector<Contribution>& contributions) {
  nlohmann::json c = nlohmann::json::array(), t = nlohmann::json::array();
  for (const auto& d : commitments)
    c.push_back({{"commitment", d.commitment}, {"status", std::string(to_string(d.status))}, {"note", d.note}});
  for (const auto& x : contributions)
    t.push_back({{"label", x.label}, {"note", x.note}, {"activity_count", x.activity_count}});
  return nlohmann::json{{"commitments", c}, {"contributions", t}}.dump();
}

}  // namespace jamt::service
