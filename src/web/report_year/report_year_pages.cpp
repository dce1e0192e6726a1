// The yearly report's forms and files (issue 14, items 1 and 6): saving a
// section's text and sign-off, publishing, and the files a version was
// published as.
#include "domain/i18n/translate.hpp"
#include "service/report_year/report_versions.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/http/request_auth.hpp"
#include "web/report_year/report_year_handlers.hpp"
#include "web/report_year/report_year_support.hpp"

namespace jamt::web {

namespace {

namespace support = report_year_support;

std::string str(std::int64_t n) { return std::to_string(n); }

}  // namespace

Handler save_report_section_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto year = support::path_year(req);
    if (!year) return send_error_page(res, 404, i18n::tr("Det finns inget sådant år."));
    service::SectionTextInput input{.section_id = req.get_param_value("section_id"),
                                    .text = req.get_param_value("text"),
                                    .done = req.get_param_value("done") == "1"};
    auto saved = service::save_section_text(db, *id, *year, input, auth->user);
    if (!saved) return send_service_error_page(req, res, saved.error());
    res.set_redirect(support::live_url(*id, *year) + "#" + saved->section_id);
  };
}

Handler publish_report_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto year = support::path_year(req);
    if (!year) return send_error_page(res, 404, i18n::tr("Det finns inget sådant år."));
    if (req.get_param_value("confirm") != "ja")
      return send_service_error_page(
          req, res, validation_error(i18n::tr("Kryssa i att du vill publicera rapporten (fältet confirm)."), {}, "confirm"));
    auto published = service::publish_yearly_report(db, *id, *year, support::render_for_publishing, auth->user);
    if (!published) return send_service_error_page(req, res, published.error());
    res.set_redirect(support::version_url(published->id));
  };
}

Handler published_report_file(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    const std::string format = req.matches.size() > 2 ? std::string(req.matches[2]) : "";
    auto file = service::published_report_file(db, *id, format, authenticate(req, db).user);
    if (!file) return send_service_error_page(req, res, file.error());
    // A download, exactly as published: the print page is opened from the
    // disk, outside the site's Content-Security-Policy.
    res.set_header("Content-Disposition",
                   "attachment; filename=\"uppfoljning-version-" + str(*id) + "." + format + "\"");
    res.set_content(file->content, file->content_type);
  };
}

}  // namespace jamt::web
