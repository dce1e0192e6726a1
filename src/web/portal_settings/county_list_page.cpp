// GET /lan: the national page listing the 21 counties (issue 15, item 1).
#include <nlohmann/json.hpp>

#include "domain/i18n/translate.hpp"
#include "report/number_text.hpp"
#include "service/portal_settings/county_overview.hpp"
#include "web/http/content_text.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/http/request_auth.hpp"
#include "web/portal_settings/portal_settings_handlers.hpp"

namespace jamt::web {

Handler county_list_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    auto counties = service::county_overview(db);
    if (!counties) return send_service_error_page(req, res, counties.error());
    nlohmann::json rows = nlohmann::json::array();
    int with_strategy = 0;
    for (const auto& c : *counties) {
      if (c.strategy_id) ++with_strategy;
      rows.push_back({{"code", c.code},
                      {"name", c.name},
                      {"has_strategy", c.strategy_id.has_value()},
                      {"strategy_url", c.strategy_id ? "/strategier/" + std::to_string(*c.strategy_id) : ""},
                      {"strategy_title", content_text(c.strategy_title, c.strategy_title_en).text},
                      {"strategy_title_lang", content_text(c.strategy_title, c.strategy_title_en).lang},
                      {"joined", report::number_text(c.joined, 0)}});
    }
    // The national compilation of the last whole year is public
    // (/nationellt/{year}: everyone, docs/authorization.md).
    const int year = db.clock().current_year() - 1;
    nlohmann::json ctx = page_context(auth);
    ctx.update({{"counties", rows},
                {"with_strategy", report::number_text(with_strategy, 0)},
                {"county_count", report::number_text(static_cast<double>(counties->size()), 0)},
                {"national_year", std::to_string(year)},
                {"national_url", "/nationellt/" + std::to_string(year)},
                {"breadcrumbs", nlohmann::json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}})}});
    send_html(res, render_page("lan_list", i18n::tr("Länen"), ctx));
  };
}

}  // namespace jamt::web
