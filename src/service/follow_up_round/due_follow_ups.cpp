#include "service/follow_up_round/due_follow_ups.hpp"

#include <algorithm>

#include "domain/regions.hpp"
#include "domain/registers/follow_up_schedule.hpp"
#include "domain/registers/joining.hpp"
#include "domain/registers/organisation.hpp"
#include "service/authorization.hpp"
#include "store/register_repository.hpp"

namespace jamt::service {

namespace {

using registers::Record;
using registers::value_of;

// The dates of the follow-ups held for joining `joining_id`.
std::vector<std::string> held_dates(soci::session& s, const std::string& joining_id) {
  store::RecordFilter filter{.equals = {{"joining_id", joining_id}}, .order_by = "held_on", .descending = false,
                             .limit = 1000};
  std::vector<std::string> out;
  for (const auto& f : store::find_records(s, registers::joining_follow_up_spec(), filter))
    out.push_back(value_of(f, "held_on"));
  return out;
}

// The facts of one approved joining for `year`.
DueFollowUp facts_of(soci::session& s, const Record& joining, int year, const std::string& today) {
  DueFollowUp out;
  out.joining_id = std::stoll(value_of(joining, "id"));
  const auto& org_id = value_of(joining, "organisation_id");
  out.organisation_name = value_of(joining, "organisation_name");
  std::string type = value_of(joining, "organisation_type");
  if (!org_id.empty()) {
    out.organisation_id = std::stoll(org_id);
    if (auto org = store::find_record(s, registers::organisation_spec(), out.organisation_id)) {
      out.organisation_name = value_of(*org, "name");
      type = value_of(*org, "type");
    }
  }
  out.type_label = registers::display_value(*registers::organisation_spec().field("type"), type);
  out.joined_on = value_of(joining, "joined_on");
  auto held = held_dates(s, value_of(joining, "id"));
  const std::string first_day = std::to_string(year) + "-01-01";
  for (const auto& h : held) {
    if (h < first_day && h > out.last_follow_up) out.last_follow_up = h;
    if (h.starts_with(std::to_string(year)) && out.held_on.empty()) out.held_on = h;
  }
  out.due = follow_up_due_for_year(out.joined_on, held, year);
  out.overdue = out.held_on.empty() && registers::follow_up_overdue(out.due, today);
  return out;
}

}  // namespace

std::string follow_up_due_for_year(const std::string& joined_on, const std::vector<std::string>& held, int year) {
  const std::string first_day = std::to_string(year) + "-01-01";
  std::string latest;
  for (const auto& h : held)
    if (h < first_day && h > latest) latest = h;
  return registers::next_follow_up_due(joined_on, latest);
}

Result<std::vector<DueFollowUp>> due_follow_ups(store::Database& db, const std::string& county_code, int year,
                                                const std::optional<User>& user) {
  if (!user) return Error{ErrorKind::unauthorized, "log in first", {}, {}};
  if (!RegionCatalogue::instance().find_county(county_code))
    return validation_error("county: okänt län \"" + county_code + "\"", {}, "county");
  if (auto a = authorize(user, Action::read, Scope{.county_code = county_code}); !a) return a.error();
  if (year < 2000 || year > 2100) return validation_error("year: året ska vara 2000–2100", {}, "year");
  const std::string today = db.clock().today_text();
  const std::string last_day = std::to_string(year) + "-12-31";
  std::vector<DueFollowUp> out;
  Status st = db.read([&](soci::session& s) -> Status {
    store::RecordFilter filter{.equals = {{"county_code", county_code}, {"status", registers::kJoiningApproved}},
                               .order_by = {}, .descending = false, .limit = 1000000};
    for (const auto& j : store::find_records(s, registers::joining_spec(), filter)) {
      auto facts = facts_of(s, j, year, today);
      if (facts.due.empty() || facts.due > last_day) continue;
      out.push_back(std::move(facts));
    }
    return {};
  });
  if (!st) return st.error();
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    if (a.due != b.due) return a.due < b.due;
    return registers::fold_case(a.organisation_name) < registers::fold_case(b.organisation_name);
  });
  return out;
}

Result<std::optional<DueFollowUp>> joining_follow_up_facts(store::Database& db, std::int64_t organisation_id,
                                                           int year) {
  const std::string today = db.clock().today_text();
  std::optional<DueFollowUp> out;
  Status st = db.read([&](soci::session& s) -> Status {
    store::RecordFilter filter{
        .equals = {{"organisation_id", std::to_string(organisation_id)}, {"status", registers::kJoiningApproved}},
        .order_by = "joined_on", .descending = true, .limit = 1};
    auto found = store::find_records(s, registers::joining_spec(), filter);
    if (!found.empty()) out = facts_of(s, found.front(), year, today);
    return {};
  });
  if (!st) return st.error();
  return out;
}

}  // namespace jamt::service
