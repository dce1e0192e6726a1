// Learning examples: the flag on an activity's page and the national list
// (issue 14, item 3).
#include <map>
#include <nlohmann/json.hpp>

#include "domain/regions.hpp"
#include "service/authorization.hpp"
#include "service/national/national_plan.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/national/national_example_support.hpp"
#include "web/national/national_handlers.hpp"
#include "web/strategy/strategy_editor_support.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;

std::string county_name(const std::string& code) {
  const Region* r = RegionCatalogue::instance().find_county(code);
  return r ? r->name : code;
}

std::string activity_url(std::int64_t id) { return "/insatser/" + std::to_string(id); }

}  // namespace

json activity_example_context(store::Database& db, std::int64_t activity_id, const std::string& county_code,
                              const RequestAuth& auth) {
  auto example = service::example_of(db, activity_id, auth.user);
  bool flagged = example.ok() && example->has_value();
  return {{"flagged", flagged},
          {"area", flagged ? (*example)->development_area : ""},
          {"may_flag", service::authorize_example_flag(auth.user, county_code).ok()},
          {"action", activity_url(activity_id) + "/exempel"},
          {"csrf_token", auth.csrf_token}};
}

Handler national_examples_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    auto all = service::examples(db, auth.user);
    if (!all) return send_service_error_page(req, res, all.error());
    // By county, then development area, then start date (examples() gives county then date).
    std::map<std::string, std::map<std::string, json>> grouped;
    for (const auto& e : *all) {
      auto& list = grouped[e.county_code][e.development_area];
      if (list.is_null()) list = json::array();
      list.push_back({{"title", e.title}, {"url", activity_url(e.activity_id)}, {"start_date", e.start_date}});
    }
    json counties = json::array();
    for (const auto& [code, areas] : grouped) {
      json a = json::array();
      for (const auto& [area, list] : areas) a.push_back({{"area", area}, {"examples", list}});
      counties.push_back({{"code", code}, {"name", county_name(code)}, {"areas", a}});
    }
    json ctx = page_context(auth);
    ctx.update({{"counties", counties},
                {"has_examples", !counties.empty()},
                {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}})}});
    send_html(res, render_page("national_examples", i18n::tr("Lärande exempel"), ctx));
  };
}

Handler activity_example_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto values = strategy_editor::form_values(req);
    if (strategy_editor::first(values, "action") == "ta-bort") {
      Status removed = service::unflag_example(db, *id, auth->user);
      if (!removed) return send_service_error_page(req, res, removed.error());
      return res.set_redirect(activity_url(*id) + "?exempel=borttaget#exempel", 303);
    }
    auto flagged = service::flag_example(db, *id, strategy_editor::first(values, "development_area"), auth->user);
    if (!flagged) {
      if (flagged.error().code != ErrorKind::validation) return send_service_error_page(req, res, flagged.error());
      return send_error_page(res, 400, i18n::trf("Utvecklingsområde: {1}. Gå tillbaka till insatsen och fyll i utvecklingsområdet.",
                                                     {flagged.error().message}));
    }
    res.set_redirect(activity_url(*id) + "?exempel=markerat#exempel", 303);
  };
}

}  // namespace jamt::web
