#include "service/joining/joining_reports.hpp"

#include <algorithm>

#include "domain/regions.hpp"
#include "domain/registers/follow_up_schedule.hpp"
#include "domain/registers/joining.hpp"
#include "domain/registers/organisation.hpp"
#include "service/authorization.hpp"
#include "service/joining/joining_register.hpp"
#include "store/register_repository.hpp"

namespace jamt::service {

namespace {

using registers::Record;
using registers::value_of;

// The joinings of `county` ("" for all) with `status` ("" for any).
std::vector<Record> joinings(soci::session& s, const std::string& county, const std::string& status) {
  store::RecordFilter filter;
  if (!county.empty()) filter.equals.emplace_back("county_code", county);
  if (!status.empty()) filter.equals.emplace_back("status", status);
  filter.limit = 1000000;
  return store::find_records(s, registers::joining_spec(), filter);
}

// The organisation register's record of a joining, or the joining's own
// applicant fields under the organisation register's names.
Record organisation_of(soci::session& s, const Record& joining) {
  const auto& id = value_of(joining, "organisation_id");
  if (!id.empty())
    if (auto org = store::find_record(s, registers::organisation_spec(), std::stoll(id))) return *org;
  return {{"name", value_of(joining, "organisation_name")},
          {"type", value_of(joining, "organisation_type")},
          {"municipality_code", value_of(joining, "municipality_code")}};
}

// The county to report on: `requested`, or the user's own ("*" for all
// counties); an error when the user may not read it.
Result<std::string> county_to_report(const std::string& requested, const std::optional<User>& user) {
  if (!requested.empty()) {
    if (!RegionCatalogue::instance().find_county(requested))
      return validation_error("county: unknown county code \"" + requested + "\"", {}, "county");
    if (auto a = authorize(user, Action::read, Scope{.county_code = requested}); !a) return a.error();
    return requested;
  }
  std::string county = readable_county(user);
  Scope scope{.county_code = county == "*" ? "" : county};
  if (auto a = authorize(user, Action::read, scope); !a) return a.error();
  if (county.empty()) return Error{ErrorKind::forbidden, "you are not allowed to do this", {}, {}};
  return county;
}

}  // namespace

Result<std::vector<JoinedOrganisation>> joined_organisations(store::Database& db, const std::string& county_code) {
  if (!RegionCatalogue::instance().find_county(county_code)) return not_found_error("no county " + county_code);
  const auto* type_field = registers::organisation_spec().field("type");
  std::vector<JoinedOrganisation> out;
  Status st = db.read([&](soci::session& s) -> Status {
    for (const auto& j : joinings(s, county_code, registers::kJoiningApproved)) {
      if (value_of(j, "publish_consent") != "1") continue;
      Record org = organisation_of(s, j);
      const Region* municipality = RegionCatalogue::instance().find(value_of(org, "municipality_code"));
      out.push_back({value_of(org, "name"), value_of(org, "type"),
                     registers::display_value(*type_field, value_of(org, "type")), value_of(org, "municipality_code"),
                     municipality ? municipality->name : "", value_of(j, "joined_on")});
    }
    return {};
  });
  if (!st) return st.error();
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return registers::fold_case(a.name) < registers::fold_case(b.name);
  });
  return out;
}

Result<JoiningSummary> joining_summary(store::Database& db, const std::string& county_code,
                                       const std::optional<User>& user) {
  auto county = county_to_report(county_code, user);
  if (!county) return county.error();
  JoiningSummary out;
  out.county_code = *county == "*" ? "" : *county;
  out.as_of = db.clock().today_text();
  for (const auto& c : registers::organisation_spec().field("type")->choices) out.joined_by_type.emplace_back(c.code, 0);
  Status st = db.read([&](soci::session& s) -> Status {
    for (const auto& j : joinings(s, out.county_code, "")) {
      const auto& status = value_of(j, "status");
      if (status == registers::kJoiningApplied) ++out.pending;
      if (status == registers::kJoiningRejected) ++out.rejected;
      if (status == registers::kJoiningWithdrawn) ++out.withdrawn;
      if (status != registers::kJoiningApproved) continue;
      ++out.joined;
      std::string type = value_of(organisation_of(s, j), "type");
      for (auto& [code, n] : out.joined_by_type)
        if (code == type) ++n;
      bool plan = !value_of(j, "action_plan_url").empty() || !value_of(j, "action_plan_file").empty();
      ++(plan ? out.with_action_plan : out.without_action_plan);
      if (registers::follow_up_overdue(value_of(j, "next_follow_up"), out.as_of)) ++out.overdue_follow_ups;
    }
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<std::vector<OverdueFollowUp>> overdue_follow_ups(store::Database& db, const std::string& county_code,
                                                        const std::optional<User>& user) {
  auto county = county_to_report(county_code, user);
  if (!county) return county.error();
  std::string today = db.clock().today_text();
  std::vector<OverdueFollowUp> out;
  Status st = db.read([&](soci::session& s) -> Status {
    for (const auto& j : joinings(s, *county == "*" ? "" : *county, registers::kJoiningApproved)) {
      const auto& due = value_of(j, "next_follow_up");
      if (!registers::follow_up_overdue(due, today)) continue;
      out.push_back({std::stoll(value_of(j, "id")), value_of(organisation_of(s, j), "name"), value_of(j, "county_code"),
                     value_of(j, "joined_on"), value_of(j, "last_follow_up"), due,
                     registers::days_between(due, today)});
    }
    return {};
  });
  if (!st) return st.error();
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.due < b.due; });
  return out;
}

}  // namespace jamt::service
