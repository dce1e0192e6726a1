// The activity list as CSV for Swedish Excel and as an XLSX workbook, with
// the same filters as the list page. User-typed text that a spreadsheet
// would run as a formula (= + - @ first) gets a leading apostrophe in the
// CSV; in the XLSX every text is a text cell, so it needs none.

#include <cstdio>

#include "domain/i18n/translate.hpp"

#include "report/csv_table.hpp"
#include "web/activities/activity_handlers.hpp"
#include "web/http/file_download.hpp"
#include "web/http/http_types.hpp"
#include "report/formula_guard.hpp"
#include "web/activities/activity_support.hpp"
#include "web/http/page_context.hpp"
#include "web/http/request_auth.hpp"

namespace jamt::web {

namespace {

using report::XlsxCell;

// The filtered activities the viewer may read, or nullopt after answering.
std::optional<std::vector<registers::Activity>> exported(const Request& req, Response& res,
                                                         store::Database& db) {
  auto auth = authenticate(req, db);
  auto filter = activity_filter_from(req);
  if (!filter) {
    send_service_error_page(req, res, filter.error());
    return std::nullopt;
  }
  auto activities = service::list_activities(db, *filter, auth.user);
  if (!activities) {
    send_service_error_page(req, res, activities.error());
    return std::nullopt;
  }
  return *activities;
}

std::string csv_text(const XlsxCell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell.value)) return report::formula_safe(*text);
  if (const auto* n = std::get_if<double>(&cell.value)) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", *n);
    return buf;
  }
  return "";
}

}  // namespace

Handler activity_export_csv(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto activities = exported(req, res, db);
    if (!activities) return;
    i18n::LanguageScope swedish(i18n::Language::sv);  // downloads stay Swedish (docs/i18n.md)
    auto names = activity_names(db, *activities);
    report::CsvTable table(activity_export_header());
    for (const auto& a : *activities) {
      std::vector<std::string> row;
      for (const auto& cell : activity_export_cells(a, names)) row.push_back(csv_text(cell));
      table.add_row(row);
    }
    send_file_download(res, "insatser", "text/csv; charset=utf-8", table.str());
  };
}

Handler activity_export_xlsx(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto activities = exported(req, res, db);
    if (!activities) return;
    auto names = activity_names(db, *activities);
    std::vector<std::vector<XlsxCell>> rows;
    i18n::LanguageScope swedish(i18n::Language::sv);  // downloads stay Swedish (docs/i18n.md)
    for (const auto& a : *activities) rows.push_back(activity_export_cells(a, names));
    auto bytes = report::xlsx_table("Insatser", activity_export_header(), rows);
    if (!bytes) return send_error_page(res, 500, i18n::tr("Excelfilen kunde inte skapas. Försök igen senare."));
    send_file_download(res, "insatser", report::kXlsxContentType, *bytes);
  };
}

}  // namespace jamt::web
