// "Att rapportera" and an organisation's reporting history.
#include <nlohmann/json.hpp>

#include "domain/i18n/translate.hpp"
#include "service/authorization.hpp"
#include "service/reporting/reporting_overview.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/reporting/report_page_support.hpp"
#include "web/reporting/reporting_page_handlers.hpp"

namespace jamt::web {

namespace {

using nlohmann::json;
using namespace reporting_pages;

json start_crumbs() { return json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}}); }

void contact_page(Response& res, const Request& req, store::Database& db, const RequestAuth& auth) {
  auto items = service::items_to_report(db, auth.user);
  if (!items) return send_service_error_page(req, res, items.error());
  json rows = json::array();
  for (const auto& i : *items) rows.push_back(item_json(i));
  json ctx = page_context(auth);
  ctx.update({{"contact", true},
              {"items", rows},
              {"has_items", !rows.empty()},
              {"history_url", auth.user->organisation_id
                                  ? "/rapportering/organisation/" + std::to_string(*auth.user->organisation_id)
                                  : ""},
              {"breadcrumbs", start_crumbs()}});
  send_html(res, render_page("reporting_home", i18n::tr("Att rapportera"), ctx));
}

void board_page(Response& res, const Request& req, store::Database& db, const RequestAuth& auth) {
  auto forms = service::board_overview(db, auth.user);
  if (!forms) return send_service_error_page(req, res, forms.error());
  json rows = json::array();
  for (const auto& f : *forms) {
    // The oldest few waiting; the form's page lists them all.
    constexpr std::size_t kWaitingShown = 10;
    json waiting = json::array();
    for (std::size_t i = 0; i < f.waiting.size() && i < kWaitingShown; ++i) waiting.push_back(item_json(f.waiting[i]));
    const std::size_t more = f.waiting.size() > kWaitingShown ? f.waiting.size() - kWaitingShown : 0;
    rows.push_back({{"url", form_url(f.form.id)},
                    {"code", f.form.code},
                    {"title", f.form.title},
                    {"completeness", completeness_json(f.completeness)},
                    {"waiting", waiting},
                    {"has_waiting", !waiting.empty()},
                    {"waiting_more", more > 0 ? i18n::trf("och {1} till", {std::to_string(more)}) : ""}});
  }
  json ctx = page_context(auth);
  ctx.update({{"board", true},
              {"forms", rows},
              {"has_forms", !rows.empty()},
              {"may_see_nation", service::is_admin(auth.user) || service::is_coordinator(auth.user)},
              {"breadcrumbs", start_crumbs()}});
  send_html(res, render_page("reporting_home", i18n::tr("Att rapportera"), ctx));
}

}  // namespace

Handler reporting_home_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    if (service::is_org_contact(auth->user)) return contact_page(res, req, db, *auth);
    board_page(res, req, db, *auth);
  };
}

Handler reporting_organisation_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto history = service::organisation_history(db, *id, auth->user);
    if (!history) return send_service_error_page(req, res, history.error());
    json forms = json::array();
    for (const auto& i : history->items) {
      if (forms.empty() || forms.back()["form_id"] != i.form_id)
        forms.push_back({{"form_id", i.form_id}, {"title", i.form_title}, {"url", form_url(i.form_id)},
                         {"items", json::array()}});
      forms.back()["items"].push_back(item_json(i));
    }
    json ctx = page_context(*auth);
    ctx.update({{"organisation", history->organisation.name},
                {"county", county_name(history->organisation.county_code)},
                {"forms", forms},
                {"has_forms", !forms.empty()},
                {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                             {{"url", "/rapportering"}, {"label", i18n::tr("Att rapportera")}}})}});
    send_html(res, render_page("reporting_organisation", i18n::trf("Rapportering – {1}", {history->organisation.name}), ctx));
  };
}

}  // namespace jamt::web
