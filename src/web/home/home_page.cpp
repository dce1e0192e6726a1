#include <nlohmann/json.hpp>

#include "domain/i18n/translate.hpp"

#include "domain/regions.hpp"
#include "domain/registers/field_spec.hpp"
#include "domain/utc_time.hpp"
#include "service/authorization.hpp"
#include "service/home/home_service.hpp"
#include "service/reporting/reminders.hpp"
#include "web/home/home_handlers.hpp"
#include "web/http/http_types.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/http/request_auth.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;
using registers::value_of;

std::string submission_url(std::int64_t form, std::int64_t organisation, const std::string& period) {
  return "/rapportering/formular/" + std::to_string(form) + "/" + std::to_string(organisation) + "/" + period;
}

// "kvartal 1 2026" for "2026Q1" (the text itself when it does not read).
std::string period_text(const std::string& period) {
  auto p = reporting::parse_period(period);
  return p ? service::swedish_period(*p) : period;
}

std::string county_text(const std::string& code) {
  const auto* county = RegionCatalogue::instance().find_county(code);
  return county ? county->name : code;
}

// "2026-04-23 10:00" in Swedish time, for a stored UTC instant.
std::string swedish_time(const std::string& utc) {
  auto at = parse_utc_text(utc);
  return at ? stockholm_time_text(*at) : utc;
}

std::string percent(int part, int whole) {
  if (whole == 0) return "–";
  return std::to_string((part * 100 + whole / 2) / whole) + " %";
}

json contact_context(const service::ContactHome& home) {
  json reports = json::array();
  for (const auto& r : home.reports) {
    std::string state = r.status == "returned" ? i18n::tr("Återskickad – behöver rättas")
                        : r.status == "draft"  ? i18n::tr("Utkast, inte inskickad")
                                               : i18n::tr("Inte påbörjad");
    reports.push_back({{"url", submission_url(r.form_id, r.organisation_id, r.period)},
                       {"form", r.form_title},
                       {"period", period_text(r.period)},
                       {"due", r.due_date},
                       {"state", state},
                       {"overdue", r.overdue},
                       {"returned", r.status == "returned"},
                       {"comment", r.comment}});
  }
  json changes = json::array();
  for (const auto& c : home.representative_changes)
    changes.push_back({{"url", "/grupper/byten/" + value_of(c, "id")}, {"effective_from", value_of(c, "effective_from")}});
  json ctx = {{"organisation", home.organisation},
              {"reports", reports},
              {"has_reports", !reports.empty()},
              {"year", std::to_string(home.year)},
              {"changes", changes},
              {"has_changes", !changes.empty()}};
  if (home.checklist_id) ctx["checklist_url"] = "/checklistor/" + std::to_string(*home.checklist_id);
  else
    ctx["new_checklist_url"] = "/checklistor/ny?organisation_id=" + std::to_string(home.organisation_id) +
                               "&year=" + std::to_string(home.year);
  if (home.joining_id) {
    ctx["joining_url"] = "/anslutningar/" + std::to_string(*home.joining_id);
    ctx["next_follow_up"] = home.next_follow_up;
    ctx["follow_up_overdue"] = home.follow_up_overdue;
  }
  return ctx;
}

json strategist_context(const service::StrategistHome& home) {
  json approve = json::array();
  for (const auto& w : home.to_approve)
    approve.push_back({{"url", submission_url(w.form_id, w.organisation_id, w.period)},
                       {"form", w.form_title},
                       {"organisation", w.organisation},
                       {"period", period_text(w.period)},
                       {"submitted", swedish_time(w.submitted_at)}});
  json applications = json::array();
  for (const auto& a : home.applications)
    applications.push_back({{"url", "/anslutningar/" + value_of(a, "id")},
                            {"organisation", value_of(a, "organisation_name")},
                            {"applied_on", value_of(a, "applied_on")}});
  json overdue = json::array();
  for (const auto& o : home.overdue_follow_ups)
    overdue.push_back({{"url", "/anslutningar/" + std::to_string(o.joining_id)},
                       {"organisation", o.organisation_name},
                       {"due", o.due},
                       {"days", std::to_string(o.days_overdue)}});
  json changes = json::array();
  for (const auto& c : home.changes_to_confirm)
    changes.push_back({{"url", "/grupper/byten/" + value_of(c, "id")},
                       {"filed_by", value_of(c, "filed_by")},
                       {"effective_from", value_of(c, "effective_from")}});
  json forms = json::array();
  for (const auto& f : home.completeness) {
    const auto& c = f.completeness;
    json missing = json::array();
    for (const auto& m : c.missing) missing.push_back({{"name", m.name}});
    forms.push_back({{"form", f.form_title},
                     {"form_url", "/rapportering/formular/" + std::to_string(f.form_id) + "?period=" + c.period},
                     {"period", period_text(c.period)},
                     {"due", c.due_date},
                     {"expected", std::to_string(c.expected)},
                     {"submitted", std::to_string(c.submitted)},
                     {"submitted_rate", percent(c.submitted, c.expected)},
                     {"on_time", std::to_string(c.on_time)},
                     {"late", std::to_string(c.late)},
                     {"approved", std::to_string(c.approved)},
                     {"returned", std::to_string(c.returned)},
                     {"missing", missing},
                     {"has_missing", !missing.empty()}});
  }
  return {{"where", home.county_code.empty() ? i18n::tr("alla län") : county_text(home.county_code)},
          {"approve", approve},           {"has_approve", !approve.empty()},
          {"applications", applications}, {"has_applications", !applications.empty()},
          {"overdue", overdue},           {"has_overdue", !overdue.empty()},
          {"changes", changes},           {"has_changes", !changes.empty()},
          {"forms", forms},               {"has_forms", !forms.empty()}};
}

}  // namespace

Handler home_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    if (!auth.user) return redirect_to_login(req, res);
    json ctx = page_context(auth);
    ctx["breadcrumbs"] = json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}});
    if (service::is_org_contact(auth.user)) {
      auto home = service::contact_home(db, auth.user);
      if (!home) return send_service_error_page(req, res, home.error());
      ctx.update(contact_context(*home));
      return send_html(res, render_page("home_contact", i18n::tr("Att göra"), ctx));
    }
    auto home = service::strategist_home(db, auth.user);
    if (!home) return send_service_error_page(req, res, home.error());
    ctx.update(strategist_context(*home));
    send_html(res, render_page("home_strategist", i18n::tr("Att göra"), ctx));
  };
}

}  // namespace jamt::web
