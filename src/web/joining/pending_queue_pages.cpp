// The board's queue of pending applications to join, /anslutningar/vantande,
// and clearing it in one step: rejecting every pending application received
// in a chosen period, or those ticked, with one reason
// (service/joining/pending_applications.hpp; issue 16, item 4).

#include <algorithm>
#include <nlohmann/json.hpp>

#include "domain/i18n/translate.hpp"
#include "domain/regions.hpp"
#include "domain/registers/joining.hpp"
#include "service/authorization.hpp"
#include "service/joining/pending_applications.hpp"
#include "web/http/guards.hpp"
#include "web/http/http_types.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/joining/joining_handlers.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;
using registers::value_of;

// The county asked for, else the strategist's own ("" for an admin who has
// not chosen one).
std::string county_of(const Request& req, const RequestAuth& auth) {
  std::string county = req.get_param_value("county");
  if (county.empty() && service::readable_county(auth.user) != "*") county = service::readable_county(auth.user);
  return county;
}

struct Entered {
  std::string from, to, reason;
  std::vector<std::string> ids;
};

void show_queue(const Request& req, Response& res, store::Database& db, const RequestAuth& auth,
                const std::string& county, const Entered& entered, const std::vector<Error>& errors, int status) {
  json ctx = page_context(auth);
  const std::string title = i18n::tr("Väntande ansökningar");
  json counties = json::array();
  if (county.empty()) {
    // Only those who read every county choose one; an organisation's contact has no queue.
    if (service::readable_county(auth.user) != "*")
      return send_service_error_page(req, res, Error{ErrorKind::forbidden, "you are not allowed to do this", {}, {}});
    for (const auto& r : RegionCatalogue::instance().at_level(RegionLevel::county))
      counties.push_back({{"url", "/anslutningar/vantande?county=" + r.code}, {"name", r.name}});
    ctx.update({{"title", title}, {"choose_county", true}, {"counties", counties}});
    return send_html(res, render_page("joining_pending", title, ctx), status);
  }
  auto pending = service::pending_applications(db, county, auth.user);
  if (!pending) return send_service_error_page(req, res, pending.error());
  json rows = json::array();
  for (const auto& r : *pending) {
    const std::string id = value_of(r, "id");
    bool ticked = std::find(entered.ids.begin(), entered.ids.end(), id) != entered.ids.end();
    rows.push_back({{"id", id},
                    {"url", "/anslutningar/" + id},
                    {"organisation", value_of(r, "organisation_name")},
                    {"org_number", value_of(r, "org_number")},
                    {"applied_on", value_of(r, "applied_on")},
                    {"ticked", ticked}});
  }
  json summary = json::array();
  for (const auto& e : errors) summary.push_back({{"field", e.field}, {"message", e.message}});
  const Region* region = RegionCatalogue::instance().find_county(county);
  const std::string done = req.get_param_value("avslagna");
  ctx.update({{"title", title},
              {"county", region ? region->name : county},
              {"county_code", county},
              {"rows", rows},
              {"has_rows", !rows.empty()},
              {"csrf_token", auth.csrf_token},
              {"from", entered.from},
              {"to", entered.to},
              {"reason", entered.reason},
              {"errors", summary},
              {"has_errors", !errors.empty()},
              {"done", done.find_first_not_of("0123456789") == std::string::npos ? done : ""},
              {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                           {{"url", "/anslutningar"}, {"label", i18n::tr("Anslutningar")}}})}});
  send_html(res, render_page("joining_pending", title, ctx), status);
}

}  // namespace

Handler joining_pending_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    show_queue(req, res, db, *auth, county_of(req, *auth), {}, {}, 200);
  };
}

Handler joining_pending_reject(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    const std::string county = county_of(req, *auth);
    Entered entered{.from = req.get_param_value("from"),
                    .to = req.get_param_value("to"),
                    .reason = req.get_param_value("reason"),
                    .ids = {}};
    service::BulkRejection what{.county_code = county, .from = "", .to = "", .ids = {}, .reason = entered.reason};
    if (req.get_param_value("mode") == "valda") {
      for (std::size_t i = 0; i < req.get_param_value_count("ids"); ++i) {
        const std::string text = req.get_param_value("ids", i);
        entered.ids.push_back(text);
        if (text.empty() || text.size() > 15 || text.find_first_not_of("0123456789") != std::string::npos)
          return show_queue(req, res, db, *auth, county, entered,
                            {validation_error(i18n::tr("Valda ansökningar: okänt id"), {}, "ids")}, 400);
        what.ids.push_back(std::stoll(text));
      }
      if (what.ids.empty())
        return show_queue(req, res, db, *auth, county, entered,
                          {validation_error(i18n::tr("Kryssa för de ansökningar som ska avslås."), {}, "ids")}, 400);
    } else {
      what.from = entered.from;
      what.to = entered.to;
    }
    auto rejected = service::reject_pending_applications(db, what, auth->user);
    if (!rejected) {
      if (keeps_form(rejected.error())) return show_queue(req, res, db, *auth, county, entered, {rejected.error()}, 400);
      return send_service_error_page(req, res, rejected.error());
    }
    res.set_redirect("/anslutningar/vantande?county=" + county + "&avslagna=" + std::to_string(*rejected));
  };
}

}  // namespace jamt::web
