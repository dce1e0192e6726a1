#include "service/home/home_service.hpp"

#include <algorithm>
#include <chrono>
#include <map>

#include "domain/clock.hpp"
#include "domain/registers/joining.hpp"
#include "domain/reporting/period.hpp"
#include "domain/utc_time.hpp"
#include "service/checklists/checklist_register.hpp"
#include "service/groups/representative_change_register.hpp"
#include "service/joining/joining_register.hpp"
#include "service/registers/register_service.hpp"
#include "service/reporting/form_service.hpp"
#include "service/reporting/reporting_overview.hpp"
#include "store/reporting/form_repository.hpp"

namespace jamt::service {

namespace {

using namespace std::chrono;

Error unauthorized() { return Error{ErrorKind::unauthorized, "sign in first", {}, {}}; }
Error forbidden() { return Error{ErrorKind::forbidden, "not for this role", {}, {}}; }

// Records of `rules` the user may read with `field` = `value`.
Result<std::vector<registers::Record>> records_where(store::Database& db, const RegisterRules& rules,
                                                    std::vector<std::pair<std::string, std::string>> equals,
                                                    const std::optional<User>& user) {
  return list_records(db, rules, RecordQuery{.equals = std::move(equals), .search = "", .order_by = ""}, user);
}

}  // namespace

Result<ContactHome> contact_home(store::Database& db, const std::optional<User>& user) {
  if (!user) return unauthorized();
  if (!is_org_contact(user) || !user->organisation_id) return forbidden();
  ContactHome home;
  home.organisation_id = *user->organisation_id;
  home.year = db.clock().current_year();
  const auto today = db.clock().today();
  Status st = db.read([&](soci::session& s) -> Status {
    if (auto org = store::find_reporting_organisation(s, home.organisation_id)) home.organisation = org->name;
    return {};
  });
  if (!st) return st.error();
  // The same reports "Att rapportera" lists, less those already in.
  auto items = items_to_report(db, user);
  if (!items) return items.error();
  for (const auto& item : *items) {
    if (item.status == "submitted" || item.status == "approved") continue;
    home.reports.push_back(ReportToDo{.form_id = item.form_id,
                                      .form_title = item.form_title,
                                      .organisation_id = item.organisation.id,
                                      .period = item.period,
                                      .due_date = item.due_date,
                                      .status = item.status,
                                      .overdue = item.due_date < iso_date(today),
                                      .comment = item.return_comment});
  }
  std::stable_sort(home.reports.begin(), home.reports.end(),
                   [](const ReportToDo& x, const ReportToDo& y) { return x.due_date < y.due_date; });
  const std::string org = std::to_string(home.organisation_id);
  auto checklists = records_where(db, checklist_rules(), {{"organisation_id", org}, {"year", std::to_string(home.year)}},
                                  user);
  if (!checklists) return checklists.error();
  if (!checklists->empty()) home.checklist_id = std::stoll(registers::value_of(checklists->front(), "id"));
  auto joinings = records_where(db, joining_rules(), {{"organisation_id", org}, {"status", registers::kJoiningApproved}},
                                user);
  if (!joinings) return joinings.error();
  if (!joinings->empty()) {
    home.joining_id = std::stoll(registers::value_of(joinings->front(), "id"));
    home.next_follow_up = registers::value_of(joinings->front(), "next_follow_up");
    home.follow_up_overdue = !home.next_follow_up.empty() && home.next_follow_up < iso_date(today);
  }
  auto changes =
      records_where(db, representative_change_rules(), {{"organisation_id", org}, {"status", "vantar"}}, user);
  if (!changes) return changes.error();
  home.representative_changes = std::move(*changes);
  return home;
}

Result<StrategistHome> strategist_home(store::Database& db, const std::optional<User>& user) {
  if (!user) return unauthorized();
  if (is_org_contact(user)) return forbidden();
  StrategistHome home;
  home.county_code = is_strategist(user) ? user->county_code : "";
  const auto today = db.clock().today();
  std::vector<std::pair<std::int64_t, std::string>> forms;  // id, period to show
  Status st = db.read([&](soci::session& s) -> Status {
    home.to_approve = store::submissions_waiting(s, home.county_code);
    for (const auto& summary : store::list_forms(s)) {
      if (!home.county_code.empty() && summary.county_code != home.county_code && !summary.county_code.empty())
        continue;
      auto form = store::find_form(s, summary.id);
      if (!form) continue;
      // The latest period that has ended.
      reporting::Period p{.periodicity = form->definition.periodicity, .year = static_cast<int>(today.year()) - 2,
                          .index = 1};
      std::optional<reporting::Period> last;
      for (; sys_days{reporting::end_date(p)} < sys_days{today}; p = reporting::next_period(p)) last = p;
      if (last) forms.emplace_back(form->id, reporting::to_string(*last));
    }
    return {};
  });
  if (!st) return st.error();
  for (const auto& [id, period] : forms) {
    auto c = form_completeness(db, id, period, home.county_code, user);
    if (!c) continue;  // a form the user may not read
    auto form = get_reporting_form(db, id, user);
    if (!form) continue;
    home.completeness.push_back({.form_id = id, .form_title = form->form.definition.title, .completeness = *c});
  }
  std::sort(home.completeness.begin(), home.completeness.end(),
            [](const auto& a, const auto& b) { return a.form_title < b.form_title; });
  std::vector<std::pair<std::string, std::string>> in_county;
  if (!home.county_code.empty()) in_county.emplace_back("county_code", home.county_code);
  auto applied = in_county;
  applied.emplace_back("status", registers::kJoiningApplied);
  auto applications = records_where(db, joining_rules(), applied, user);
  if (!applications) return applications.error();
  home.applications = std::move(*applications);
  auto overdue = overdue_follow_ups(db, home.county_code, user);
  if (!overdue) return overdue.error();
  home.overdue_follow_ups = std::move(*overdue);
  auto waiting = in_county;
  waiting.emplace_back("status", "vantar");
  auto changes = records_where(db, representative_change_rules(), waiting, user);
  if (!changes) return changes.error();
  home.changes_to_confirm = std::move(*changes);
  return home;
}

}  // namespace jamt::service
