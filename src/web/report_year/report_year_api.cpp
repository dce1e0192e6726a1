// The yearly report's API (issue 14, item 6; docs/api.md, "Reports"): the
// live report as report document JSON, publishing, and a published version.
#include <nlohmann/json.hpp>

#include "report/document/document_json.hpp"
#include "service/report_year/report_versions.hpp"
#include "service/report_year/yearly_report.hpp"
#include "web/http/guards.hpp"
#include "web/http/json_response.hpp"
#include "web/http/request_auth.hpp"
#include "web/report_year/report_year_handlers.hpp"
#include "web/report_year/report_year_support.hpp"

namespace jamt::web {

namespace {

using ojson = nlohmann::ordered_json;
namespace support = report_year_support;

ojson version_summary(const service::PublishedReport& r) {
  return {{"id", r.id},
          {"strategy_id", r.strategy_id},
          {"year", r.year},
          {"version", r.version},
          {"title", r.title},
          {"published_at", r.published_at},
          {"published_by", r.published_by},
          {"url", "/api/v1/reports/" + std::to_string(r.id)},
          {"page_url", support::version_url(r.id)}};
}

}  // namespace

Handler api_yearly_report(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto year = support::path_year(req);
    if (!year) return send_json_error(res, 404, "not_found", "no such year", "year");
    auto doc = service::yearly_report(db, *id, *year, authenticate(req, db).user);
    if (!doc) return send_service_error(req, res, doc.error());
    res.set_content(report::to_json(*doc), "application/json");
  };
}

Handler api_publish_yearly_report(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto year = support::path_year(req);
    if (!year) return send_json_error(res, 404, "not_found", "no such year", "year");
    auto published =
        service::publish_yearly_report(db, *id, *year, support::render_for_publishing, auth->user);
    if (!published) return send_service_error(req, res, published.error());
    ojson out = version_summary(*published);
    out["files"] = ojson::object();
    for (const char* f : {"html", "json", "xlsx"})
      out["files"][f] = support::version_url(published->id) + "/filer/" + f;
    send_json(res, out, 201);
  };
}

Handler api_published_report(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto version = service::published_report(db, *id, authenticate(req, db).user);
    if (!version) return send_service_error(req, res, version.error());
    auto diff = support::changes_of(*version);
    if (!diff) return send_service_error(req, res, diff.error());
    ojson out = version_summary(version->report);
    out["files"] = ojson::object();
    for (const auto& f : version->formats) out["files"][f] = support::version_url(*id) + "/filer/" + f;
    out["document"] = ojson::parse(version->report.document_json);
    out["changes"] = support::changes_json(*version, *diff);
    send_json(res, out);
  };
}

}  // namespace jamt::web
