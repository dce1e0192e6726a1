// A form's page with completeness per period, and the national
// completeness page (the 21 counties side by side) with its JSON twin.
#include <chrono>
#include <nlohmann/json.hpp>

#include "domain/clock.hpp"
#include "domain/i18n/translate.hpp"
#include "domain/regions.hpp"
#include "domain/reporting/period.hpp"
#include "service/authorization.hpp"
#include "service/reporting/form_service.hpp"
#include "service/reporting/reporting_overview.hpp"
#include "web/http/guards.hpp"
#include "web/http/json_response.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/http/request_auth.hpp"
#include "web/reporting/report_page_support.hpp"
#include "web/reporting/reporting_page_handlers.hpp"

namespace jamt::web {

namespace {

using nlohmann::json;
using nlohmann::ordered_json;
using namespace reporting_pages;

double rate(int part, int whole) { return whole == 0 ? 0.0 : static_cast<double>(part * 1000 / whole) / 10.0; }

std::string value_type_sv(reporting::ValueType t) {
  switch (t) {
    case reporting::ValueType::integer: return "heltal";
    case reporting::ValueType::decimal: return "decimaltal";
    case reporting::ValueType::yes_no: return "ja/nej";
    case reporting::ValueType::text: return "text";
  }
  return "";
}

json elements_of(const reporting::FormDefinition& d) {
  json out = json::array();
  for (const auto& e : d.elements) {
    std::string sexes;
    for (auto s : e.disaggregation) sexes += (sexes.empty() ? "" : ", ") + std::string(swedish_name(s));
    std::string cats;
    if (e.categories)
      for (const auto& c : e.categories->categories) cats += (cats.empty() ? "" : ", ") + c.name;
    out.push_back({{"code", e.code}, {"name", e.name}, {"help", e.help_text}, {"type", value_type_sv(e.value_type)},
                   {"unit", e.unit}, {"sexes", sexes}, {"categories", cats}});
  }
  return out;
}

json rules_of(const reporting::FormDefinition& d) {
  json out = json::array();
  for (const auto& r : d.rules) {
    std::string text = to_string(r.left);
    if (r.kind == reporting::RuleKind::comparison)
      text += " " + std::string(to_string(r.op)) + " " + to_string(r.right);
    else if (r.kind == reporting::RuleKind::required)
      text = i18n::trf("måste fyllas i: {1}", {text});
    else
      text = i18n::trf("avvikande värde: {1}", {text});
    out.push_back({{"id", r.id}, {"text", text}, {"message", r.message},
                   {"importance", r.importance == reporting::Importance::error ? i18n::tr("fel (stoppar inskickning)")
                                                                               : i18n::tr("varning (kräver kommentar)")}});
  }
  return out;
}

// The period shown by default: the latest that has ended, else the latest.
std::size_t default_period(const std::vector<service::PeriodReport>& periods, std::chrono::year_month_day today) {
  for (std::size_t i = 0; i < periods.size(); ++i) {
    auto p = reporting::parse_period(periods[i].completeness.period);
    if (p && std::chrono::sys_days{reporting::end_date(*p)} < std::chrono::sys_days{today}) return i;
  }
  return 0;
}

}  // namespace

Handler reporting_form_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    const std::string county = req.get_param_value("county");
    auto reports = service::form_reports(db, *id, county, auth->user);
    if (!reports) return send_service_error_page(req, res, reports.error());
    const auto& periods = reports->periods;
    std::size_t chosen = default_period(periods, db.clock().today());
    const std::string asked = req.get_param_value("period");
    if (!asked.empty()) {
      bool found = false;
      for (std::size_t i = 0; i < periods.size(); ++i)
        if (periods[i].completeness.period == asked) chosen = i, found = true;
      if (!found)
        return send_error_page(res, 400, i18n::trf("Perioden {1} finns inte bland formulärets perioder. Välj en i listan.", {asked}));
    }
    json rows = json::array(), options = json::array();
    for (std::size_t i = 0; i < periods.size(); ++i) {
      json c = completeness_json(periods[i].completeness);
      c["url"] = form_url(*id) + "?period=" + periods[i].completeness.period +
                 (county.empty() ? "" : "&county=" + county);
      rows.push_back(c);
      options.push_back({{"value", periods[i].completeness.period}, {"selected", i == chosen}});
    }
    json detail = json::object(), items = json::array();
    if (!periods.empty()) {
      detail = completeness_json(periods[chosen].completeness);
      for (const auto& it : periods[chosen].items) items.push_back(item_json(it));
    }
    const bool any_county = service::is_admin(auth->user) || service::is_coordinator(auth->user);
    json counties = json::array({{{"code", ""}, {"name", i18n::tr("Alla län")}, {"selected", county.empty()}}});
    for (const auto& c : RegionCatalogue::instance().at_level(RegionLevel::county))
      counties.push_back({{"code", c.code}, {"name", c.name}, {"selected", c.code == county}});
    json versions = json::array();
    for (const auto& v : reports->versions)
      versions.push_back({{"version", v.version}, {"at", time_sv(v.created_at)}, {"by", v.created_by}});
    const auto& d = reports->form.definition;
    json ctx = page_context(*auth);
    ctx.update({{"form_title", d.title},
                {"code", d.code},
                {"description", d.description},
                {"periodicity", i18n::tr(swedish_name(d.periodicity))},
                {"due_days", d.due_days},
                {"form_county", county_name(reports->form.county_code)},
                {"elements", elements_of(d)},
                {"rules", rules_of(d)},
                {"has_rules", !d.rules.empty()},
                {"versions", versions},
                {"periods", rows},
                {"has_periods", !rows.empty()},
                {"period_options", options},
                {"county_choice", any_county},
                {"counties", counties},
                {"county", county},
                {"detail", detail},
                {"items", items},
                {"action", form_url(*id)},
                {"period_query", periods.empty() ? "" : periods[chosen].completeness.period},
                {"national_url", any_county && !periods.empty()
                                     ? form_url(*id) + "/nationellt?period=" + periods[chosen].completeness.period
                                     : ""},
                {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                             {{"url", "/rapportering"}, {"label", i18n::tr("Att rapportera")}}})}});
    send_html(res, render_page("reporting_form", d.title, ctx));
  };
}

Handler reporting_national_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto form = service::get_reporting_form(db, *id, auth->user);
    if (!form) return send_service_error_page(req, res, form.error());
    const auto periodicity = form->form.definition.periodicity;
    const auto previous = [&](const reporting::Period& p) {
      return service::period_containing(
          periodicity,
          std::chrono::year_month_day{std::chrono::sys_days{reporting::start_date(p)} - std::chrono::days{1}});
    };
    const auto current = service::period_containing(periodicity, db.clock().today());
    // Without a period: the latest that has ended, the one being reported now.
    std::string period = req.get_param_value("period");
    if (period.empty()) period = reporting::to_string(previous(current));
    auto rows = service::county_completeness(db, *id, period, auth->user);
    if (!rows) return send_service_error_page(req, res, rows.error());
    service::Completeness nation;
    json counties = json::array();
    for (const auto& c : *rows) {
      counties.push_back(completeness_json(c));
      nation.expected += c.expected;
      nation.submitted += c.submitted;
      nation.on_time += c.on_time;
      nation.late += c.late;
      nation.approved += c.approved;
      nation.returned += c.returned;
    }
    json total = completeness_json(nation);
    const std::string title = form->form.definition.title;
    const std::string shown = rows->empty() ? period : rows->front().period;
    // The period chooser: today's period and the ones before it.
    json options = json::array();
    auto p = current;
    for (int i = 0; i < service::kMaxListedPeriods; ++i, p = previous(p)) {
      const std::string code = reporting::to_string(p);
      options.push_back({{"value", code}, {"selected", code == shown}});
    }
    json ctx = page_context(*auth);
    ctx.update({{"form_title", title},
                {"period", shown},
                {"period_options", options},
                {"counties", counties},
                {"total", total},
                {"form_url", form_url(*id)},
                {"json_url", "/api/v1/forms/" + std::to_string(*id) + "/completeness/counties?period=" + period},
                {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                             {{"url", "/rapportering"}, {"label", i18n::tr("Att rapportera")}},
                                             {{"url", form_url(*id)}, {"label", title}}})}});
    send_html(res, render_page("reporting_national", i18n::trf("{1} – hela landet", {title}), ctx));
  };
}

Handler api_form_county_completeness(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto rows = service::county_completeness(db, *id, req.get_param_value("period"), authenticate(req, db).user);
    if (!rows) return send_service_error(req, res, rows.error());
    ordered_json counties = ordered_json::array();
    for (const auto& c : *rows)
      counties.push_back({{"county", c.county_code},
                          {"name", county_name(c.county_code)},
                          {"expected", c.expected},
                          {"submitted", c.submitted},
                          {"on_time", c.on_time},
                          {"late", c.late},
                          {"approved", c.approved},
                          {"returned", c.returned},
                          {"missing", c.expected - c.submitted},
                          {"rates", {{"submitted", rate(c.submitted, c.expected)},
                                     {"on_time", rate(c.on_time, c.expected)},
                                     {"approved", rate(c.approved, c.expected)}}}});
    send_json(res, {{"period", rows->empty() ? "" : rows->front().period}, {"counties", counties}});
  };
}

}  // namespace jamt::web
