// The national compilation's page (issue 14, item 3): the report document
// answered in the format asked for (web page, print, JSON, XLSX, PDF) by the
// shared document response.
#include <nlohmann/json.hpp>

#include "service/national/national_report.hpp"
#include "web/http/page_context.hpp"
#include "web/http/request_auth.hpp"
#include "web/national/national_handlers.hpp"
#include "web/reports/document_response.hpp"

namespace jamt::web {

Handler national_report_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    int year = std::stoi(std::string(req.matches[1]));
    auto auth = authenticate(req, db);
    auto doc = service::national_report(db, year, auth.user);
    if (!doc) return send_service_error_page(req, res, doc.error());
    const std::string y = std::to_string(year);
    std::string intro = "<p>Sammanställningen bygger på Jämts aktuella uppgifter. Se även den "
                        "<a href=\"/nationellt/handlingsplan\">nationella handlingsplanen</a>, "
                        "<a href=\"/nationellt/resurser/" + y + "\">resurserna " + y + "</a> och "
                        "<a href=\"/nationellt/exempel\">lärande exempel</a>.</p>";
    respond_with_document(req, res, auth, *doc,
                          DocumentResponseOptions{
                              .file_stem = "nationell-sammanstallning-" + y,
                              .breadcrumbs = nlohmann::json::array({{{"url", "/"}, {"label", "Start"}}}),
                              .intro_html = intro,
                              .section_tools = {}});
  };
}

}  // namespace jamt::web
