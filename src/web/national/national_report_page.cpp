// The national compilation's page (issue 14, item 3): the report document
// answered in the format asked for (web page, print, JSON, XLSX, PDF) by the
// shared document response.
#include <nlohmann/json.hpp>

#include "service/national/national_report.hpp"
#include "web/http/page_context.hpp"
#include "web/http/request_auth.hpp"
#include "web/national/national_handlers.hpp"
#include "web/reports/document_response.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::web {

Handler national_report_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    int year = std::stoi(std::string(req.matches[1]));
    auto auth = authenticate(req, db);
    auto doc = service::national_report(db, year, auth.user);
    if (!doc) return send_service_error_page(req, res, doc.error());
    const std::string y = std::to_string(year);
    const std::string plan_link = "<a href=\"/nationellt/handlingsplan\">" + i18n::tr("nationella handlingsplanen") + "</a>";
    const std::string resources_link =
        "<a href=\"/nationellt/resurser/" + y + "\">" + i18n::trf("resurserna {1}", {y}) + "</a>";
    const std::string examples_link = "<a href=\"/nationellt/exempel\">" + i18n::tr("lärande exempel") + "</a>";
    std::string intro = "<p>" +
                        i18n::trf("Sammanställningen bygger på Jämts aktuella uppgifter. Se även den {1}, {2} och {3}.",
                                  {plan_link, resources_link, examples_link}) +
                        "</p>";
    respond_with_document(req, res, auth, *doc,
                          DocumentResponseOptions{
                              .file_stem = "nationell-sammanstallning-" + y,
                              .breadcrumbs = nlohmann::json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}}),
                              .intro_html = intro,
                              .section_tools = {}});
  };
}

}  // namespace jamt::web
