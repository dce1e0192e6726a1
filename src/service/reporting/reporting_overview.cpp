#include "service/reporting/reporting_overview.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>

#include "domain/clock.hpp"
#include "domain/i18n/translate.hpp"
#include "domain/regions.hpp"
#include "domain/utc_time.hpp"
#include "service/authorization.hpp"
#include "service/reporting/readable_form.hpp"
#include "service/reporting/form_service.hpp"
#include "store/reporting/submission_repository.hpp"

namespace jamt::service {

namespace {

using reporting::Period;

Error unauthorized_error() { return Error{ErrorKind::unauthorized, "log in to do this", {}, {}}; }
Error forbidden_error() { return Error{ErrorKind::forbidden, "you are not allowed to do this", {}, {}}; }

int periods_per_year(reporting::Periodicity p) {
  switch (p) {
    case reporting::Periodicity::monthly: return 12;
    case reporting::Periodicity::quarterly: return 4;
    case reporting::Periodicity::half_yearly: return 2;
    case reporting::Periodicity::yearly: return 1;
  }
  return 1;
}

Period previous(Period p) {
  if (--p.index < 1) {
    --p.year;
    p.index = periods_per_year(p.periodicity);
  }
  return p;
}

bool before(const Period& a, const Period& b) { return std::tie(a.year, a.index) < std::tie(b.year, b.index); }

std::chrono::year_month_day day_of(const std::string& utc) {
  auto t = parse_utc_text(utc);
  return t ? stockholm_date(*t) : std::chrono::year_month_day{};
}

std::optional<std::chrono::year_month_day> parse_day(const std::string& text) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (std::sscanf(text.c_str(), "%d-%u-%u", &y, &m, &d) != 3) return std::nullopt;
  std::chrono::year_month_day day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!day.ok()) return std::nullopt;
  return day;
}

// The item of `org`'s report `sub` (nullptr: none yet) for `period` of `form`.
ReportingItem item_of(soci::session& s, const store::StoredForm& form, const ReportingOrganisation& org,
                      const Period& period, const store::StoredSubmission* sub, std::chrono::year_month_day today) {
  const int due_days = form.definition.due_days;
  ReportingItem it{.form_id = form.id, .form_code = form.definition.code, .form_title = form.definition.title,
                   .organisation = org, .period = reporting::to_string(period), .status = sub ? sub->status : "",
                   .due_date = iso_date(reporting::due_date(period, due_days)), .late = false, .return_comment = {},
                   .submitted_at = {}, .submitted_by = {}, .approved_at = {}, .approved_by = {}};
  const bool in = sub && (sub->status == "submitted" || sub->status == "approved");
  it.late = in ? reporting::is_late(period, due_days, day_of(sub->submitted_at))
               : reporting::is_late(period, due_days, today);
  if (sub) {
    it.submitted_at = sub->submitted_at;
    it.submitted_by = sub->submitted_by;
    it.approved_at = sub->approved_at;
    it.approved_by = sub->approved_by;
    if (sub->status == "returned")
      for (const auto& e : store::events_of(s, sub->id))
        if (e.action == "return") it.return_comment = e.comment;
  }
  return it;
}

// Counts `item` into `c` as form_completeness does.
void count(Completeness& c, const ReportingItem& item) {
  ++c.expected;
  if (item.status == "submitted" || item.status == "approved") {
    ++c.submitted;
    if (item.status == "approved") ++c.approved;
    ++(item.late ? c.late : c.on_time);
  } else {
    if (item.status == "returned") ++c.returned;
    c.missing.push_back(item.organisation);
  }
}

// Submissions of a form by period and organisation.
using ByPeriod = std::map<std::string, std::map<std::int64_t, store::StoredSubmission>>;

ByPeriod by_period(std::vector<store::StoredSubmission> subs) {
  ByPeriod out;
  for (auto& sub : subs) out[sub.period][sub.organisation_id] = std::move(sub);
  return out;
}

std::vector<std::string> periods_of(const ByPeriod& subs) {
  std::vector<std::string> out;
  for (const auto& [period, _] : subs) out.push_back(period);
  return out;
}

std::vector<Period> periods_of_form(soci::session& s, const store::StoredForm& form, const ByPeriod& subs,
                                    std::chrono::year_month_day today) {
  return listed_periods(form.definition, store::form_created_at(s, form.id).substr(0, 10), periods_of(subs), today);
}

const store::StoredSubmission* find_in(const ByPeriod& subs, const std::string& period, std::int64_t org) {
  auto p = subs.find(period);
  if (p == subs.end()) return nullptr;
  auto o = p->second.find(org);
  return o == p->second.end() ? nullptr : &o->second;
}

// The latest period that has ended on `today` (the current one if none).
Period latest_ended(const std::vector<Period>& periods, std::chrono::year_month_day today) {
  for (const auto& p : periods)
    if (std::chrono::sys_days{reporting::end_date(p)} < std::chrono::sys_days{today}) return p;
  return periods.front();
}


// The forms assigned to organisation `org_id`, each with the organisation's
// own reports of it (from `subs`, all its reports by period).
std::vector<std::pair<store::StoredForm, ByPeriod>> forms_of_organisation(soci::session& s, std::int64_t org_id,
                                                                          const ByPeriod& subs) {
  std::vector<std::pair<store::StoredForm, ByPeriod>> out;
  for (const auto& summary : store::list_forms(s)) {
    if (!store::is_assigned(s, summary.id, org_id)) continue;
    auto form = store::find_form(s, summary.id);
    if (!form) continue;
    ByPeriod own;
    for (const auto& [period, by_org] : subs)
      for (const auto& [o, sub] : by_org)
        if (sub.form_id == form->id) own[period][o] = sub;
    out.emplace_back(std::move(*form), std::move(own));
  }
  return out;
}

}  // namespace

reporting::Period period_containing(reporting::Periodicity periodicity, std::chrono::year_month_day day) {
  const int month = static_cast<int>(static_cast<unsigned>(day.month()));
  const int per_year = periods_per_year(periodicity);
  return {.periodicity = periodicity, .year = static_cast<int>(day.year()), .index = (month - 1) / (12 / per_year) + 1};
}

std::vector<reporting::Period> listed_periods(const reporting::FormDefinition& form, const std::string& created_on,
                                              const std::vector<std::string>& reported,
                                              std::chrono::year_month_day today) {
  const Period current = period_containing(form.periodicity, today);
  auto created = parse_day(created_on);
  Period first = created ? previous(period_containing(form.periodicity, *created)) : current;
  for (const auto& text : reported)
    if (auto p = reporting::parse_period(text, form.periodicity); p && before(*p, first)) first = *p;
  if (before(current, first)) first = current;
  std::vector<Period> out;
  for (Period p = current;; p = previous(p)) {
    out.push_back(p);
    if (p == first || static_cast<int>(out.size()) >= kMaxListedPeriods) break;
  }
  return out;
}

Result<std::vector<ReportingItem>> items_to_report(store::Database& db, const std::optional<User>& user) {
  if (!user || user->disabled) return unauthorized_error();
  if (!is_org_contact(user)) return forbidden_error();
  std::vector<ReportingItem> out;
  if (!user->organisation_id) return out;
  const std::int64_t org_id = *user->organisation_id;
  Status st = db.read([&](soci::session& s) -> Status {
    auto org = store::find_reporting_organisation(s, org_id);
    if (!org) return {};
    const auto today = store::clock_of(s).today();
    ByPeriod subs = by_period(store::submissions_of_organisation(s, org_id));
    for (const auto& [form_of, own] : forms_of_organisation(s, org_id, subs)) {
      const auto* form = &form_of;
      for (const auto& p : periods_of_form(s, *form, own, today)) {
        if (!reporting::is_open(p, today)) continue;
        const auto* sub = find_in(own, reporting::to_string(p), org_id);
        if (sub && sub->status == "approved") continue;
        out.push_back(item_of(s, *form, *org, p, sub, today));
      }
    }
    return {};
  });
  if (!st) return st.error();
  auto rank = [](const ReportingItem& i) {
    if (i.status == "returned") return 0;
    if (i.late && i.status != "submitted") return 1;
    if (i.status == "submitted") return 3;
    return 2;
  };
  std::stable_sort(out.begin(), out.end(), [&](const ReportingItem& a, const ReportingItem& b) {
    return std::make_tuple(rank(a), a.due_date, a.form_title) < std::make_tuple(rank(b), b.due_date, b.form_title);
  });
  return out;
}

Result<std::vector<FormOverview>> board_overview(store::Database& db, const std::optional<User>& user) {
  if (!user || user->disabled) return unauthorized_error();
  if (is_org_contact(user)) return forbidden_error();
  auto county = completeness_county(user, "");
  if (!county) return county.error();
  auto forms = list_reporting_forms(db, user);
  if (!forms) return forms.error();
  std::vector<FormOverview> out;
  Status st = db.read([&](soci::session& s) -> Status {
    const auto today = store::clock_of(s).today();
    for (const auto& summary : *forms) {
      auto form = store::find_form(s, summary.id);
      if (!form) continue;
      ByPeriod subs = by_period(store::submissions_of_form(s, form->id));
      const Period period = latest_ended(periods_of_form(s, *form, subs, today), today);
      FormOverview o{.form = summary, .completeness = {}, .waiting = {}};
      o.completeness.period = reporting::to_string(period);
      o.completeness.county_code = *county;
      o.completeness.due_date = iso_date(reporting::due_date(period, form->definition.due_days));
      const auto orgs = store::assigned_organisations(s, form->id, *county);
      for (const auto& org : orgs)
        count(o.completeness, item_of(s, *form, org, period, find_in(subs, o.completeness.period, org.id), today));
      for (const auto& org : orgs)
        for (const auto& [text, by_org] : subs) {
          auto it = by_org.find(org.id);
          if (it == by_org.end() || it->second.status != "submitted") continue;
          auto p = reporting::parse_period(text, form->definition.periodicity);
          if (p) o.waiting.push_back(item_of(s, *form, org, *p, &it->second, today));
        }
      std::sort(o.waiting.begin(), o.waiting.end(), [](const ReportingItem& a, const ReportingItem& b) {
        return std::tie(a.submitted_at, a.organisation.name) < std::tie(b.submitted_at, b.organisation.name);
      });
      out.push_back(std::move(o));
    }
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<OrganisationHistory> organisation_history(store::Database& db, std::int64_t organisation_id,
                                                 const std::optional<User>& user) {
  OrganisationHistory out;
  Status st = db.read([&](soci::session& s) -> Status {
    auto org = store::find_reporting_organisation(s, organisation_id);
    if (!org) return missing_record_error(user, "organisation");
    Scope scope{.county_code = org->county_code, .organisation_id = org->id, .published = false,
                .reader_organisations = {}};
    if (auto ok = authorize_stored(user, Action::read, scope, "organisation"); !ok) return ok;
    out.organisation = *org;
    const auto today = store::clock_of(s).today();
    ByPeriod subs = by_period(store::submissions_of_organisation(s, org->id));
    for (const auto& [form_of, own] : forms_of_organisation(s, org->id, subs)) {
      const auto* form = &form_of;
      for (const auto& p : periods_of_form(s, *form, own, today))
        out.items.push_back(item_of(s, *form, *org, p, find_in(own, reporting::to_string(p), org->id), today));
    }
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<FormReports> form_reports(store::Database& db, std::int64_t form_id, const std::string& county_param,
                                 const std::optional<User>& user) {
  FormReports out;
  Status st = db.read([&](soci::session& s) -> Status {
    auto form = readable_form(s, form_id, user);
    if (!form) return form.error();
    auto county = completeness_county(user, county_param);
    if (!county) return county.error();
    if (!county->empty() && !RegionCatalogue::instance().find_county(*county))
      return validation_error(i18n::tr("Välj ett av de 21 länen (länskod med två siffror, t.ex. 08)."), {}, "county");
    out.form = *form;
    out.versions = store::form_versions(s, form->id);
    const auto today = store::clock_of(s).today();
    ByPeriod subs = by_period(store::submissions_of_form(s, form->id));
    const auto orgs = store::assigned_organisations(s, form->id, *county);
    for (const auto& p : periods_of_form(s, *form, subs, today)) {
      PeriodReport r;
      r.completeness.period = reporting::to_string(p);
      r.completeness.county_code = *county;
      r.completeness.due_date = iso_date(reporting::due_date(p, form->definition.due_days));
      for (const auto& org : orgs) {
        r.items.push_back(item_of(s, *form, org, p, find_in(subs, r.completeness.period, org.id), today));
        count(r.completeness, r.items.back());
      }
      out.periods.push_back(std::move(r));
    }
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<std::vector<Completeness>> county_completeness(store::Database& db, std::int64_t form_id,
                                                      const std::string& period_text,
                                                      const std::optional<User>& user) {
  std::vector<Completeness> out;
  Status st = db.read([&](soci::session& s) -> Status {
    auto form = readable_form(s, form_id, user);
    if (!form) return form.error();
    if (!is_admin(user) && !is_coordinator(user)) return forbidden_error();
    auto period = reporting::parse_period(period_text, form->definition.periodicity);
    if (!period) return period.error();
    const std::string p = reporting::to_string(*period);
    const auto today = store::clock_of(s).today();
    std::map<std::string, Completeness> by_county;
    for (const auto& c : RegionCatalogue::instance().at_level(RegionLevel::county))
      by_county[c.code] = {.period = p, .county_code = c.code,
                           .due_date = iso_date(reporting::due_date(*period, form->definition.due_days)),
                           .expected = 0, .submitted = 0, .on_time = 0, .late = 0, .approved = 0, .returned = 0,
                           .missing = {}};
    std::map<std::int64_t, store::StoredSubmission> subs;
    for (auto& sub : store::submissions_for_period(s, form->id, p)) subs[sub.organisation_id] = std::move(sub);
    for (const auto& org : store::assigned_organisations(s, form->id, "")) {
      auto c = by_county.find(org.county_code);
      if (c == by_county.end()) continue;
      auto it = subs.find(org.id);
      // Counted without reading events (no return comments are needed).
      ReportingItem item{.form_id = form->id, .form_code = {}, .form_title = {}, .organisation = org, .period = p,
                         .status = it == subs.end() ? "" : it->second.status, .due_date = {}, .late = false,
                         .return_comment = {}, .submitted_at = {}, .submitted_by = {}, .approved_at = {},
                         .approved_by = {}};
      const bool in = item.status == "submitted" || item.status == "approved";
      item.late = in ? reporting::is_late(*period, form->definition.due_days, day_of(it->second.submitted_at))
                     : reporting::is_late(*period, form->definition.due_days, today);
      count(c->second, item);
      c->second.missing.clear();
    }
    for (auto& [_, c] : by_county) out.push_back(std::move(c));
    return {};
  });
  if (!st) return st.error();
  return out;
}

}  // namespace jamt::service
