// The public list of joined organisations ("Anslutna verksamheter", seed
// 002) per county, as a page, CSV and JSON; no personal data.

#include <nlohmann/json.hpp>

#include "domain/i18n/translate.hpp"

#include "domain/regions.hpp"
#include "web/http/file_download.hpp"
#include "web/http/http_types.hpp"
#include "report/csv_table.hpp"
#include "service/joining/joining_reports.hpp"
#include "web/joining/joining_handlers.hpp"
#include "web/http/json_response.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;

// "1 verksamhet" / "12 verksamheter" (and in English).
std::string organisations_text(std::size_t n) {
  return n == 1 ? i18n::tr("1 verksamhet") : i18n::trf("{1} verksamheter", {std::to_string(n)});
}

const Region* county_of(const Request& req) { return RegionCatalogue::instance().find_county(req.matches[1]); }

}  // namespace

Handler joined_list_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    json counties = json::array();
    for (const auto& c : RegionCatalogue::instance().at_level(RegionLevel::county)) {
      auto list = service::joined_organisations(db, c.code);
      std::size_t n = list ? list->size() : 0;
      counties.push_back({{"code", c.code},
                          {"name", c.name},
                          {"count", n == 0 ? i18n::tr("inga ännu") : organisations_text(n)}});
    }
    json ctx = page_context(authenticate(req, db));
    ctx.update({{"counties", counties}, {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}})}});
    send_html(res, render_page("joined_counties", i18n::tr("Anslutna verksamheter"), ctx));
  };
}

Handler joined_county_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    const Region* county = county_of(req);
    if (!county) return send_error_page(res, 404, i18n::tr("Det finns inget län med den koden."));
    auto list = service::joined_organisations(db, county->code);
    if (!list) return send_service_error_page(req, res, list.error());
    json rows = json::array();
    for (const auto& o : *list)
      rows.push_back({{"name", o.name},
                      {"type", o.type_label},
                      {"municipality", o.municipality.empty() ? i18n::tr("Hela länet") : o.municipality},
                      {"joined_on", o.joined_on}});
    json ctx = page_context(authenticate(req, db));
    ctx.update({{"county", county->name},
                {"county_code", county->code},
                {"rows", rows},
                {"has_rows", !rows.empty()},
                {"count_text", organisations_text(rows.size())},
                {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                             {{"url", "/anslutna"}, {"label", i18n::tr("Anslutna verksamheter")}}})}});
    send_html(res, render_page("joined_list", i18n::trf("Anslutna verksamheter i {1}", {county->name}), ctx));
  };
}

Handler joined_county_csv(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    const Region* county = county_of(req);
    if (!county) return send_error_page(res, 404, i18n::tr("Det finns inget län med den koden."));
    i18n::LanguageScope swedish(i18n::Language::sv);  // downloads stay Swedish (docs/i18n.md)
    auto list = service::joined_organisations(db, county->code);
    if (!list) return send_service_error_page(req, res, list.error());
    report::CsvTable table({"Organisation", "Typ", "Kommun", "Ansluten sedan"});
    for (const auto& o : *list) table.add_row({o.name, o.type_label, o.municipality, o.joined_on});
    send_file_download(res, "anslutna-verksamheter-" + county->code, "text/csv; charset=utf-8", table.str());
  };
}

Handler api_county_joined(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    const Region* county = county_of(req);
    if (!county) return send_json_error(res, 404, "not_found", "no county " + req.matches[1]);
    auto list = service::joined_organisations(db, county->code);
    if (!list) return send_service_error(req, res, list.error());
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const auto& o : *list)
      items.push_back({{"name", o.name},
                       {"type", o.type},
                       {"type_label", o.type_label},
                       {"municipality_code", o.municipality_code.empty() ? nullptr : nlohmann::ordered_json(o.municipality_code)},
                       {"municipality", o.municipality.empty() ? nullptr : nlohmann::ordered_json(o.municipality)},
                       {"joined_on", o.joined_on}});
    send_json(res, {{"county", {{"code", county->code}, {"name", county->name}}},
                    {"count", items.size()},
                    {"items", items}});
  };
}

}  // namespace jamt::web
