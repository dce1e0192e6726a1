#include "web/report_year/report_year_support.hpp"

#include <nlohmann/json.hpp>

#include "report/document/document_from_json.hpp"
#include "report/document/document_json.hpp"
#include "report/document/document_pdf.hpp"
#include "report/document/document_print_html.hpp"
#include "report/document/document_xlsx.hpp"

namespace jamt::web::report_year_support {

using ojson = nlohmann::ordered_json;

Result<service::RenderedReport> render_for_publishing(const report_doc::Document& document) {
  auto xlsx = report::to_xlsx(document);
  if (!xlsx) return xlsx.error();
  std::string json = report::to_json(document);
  service::RenderedReport out{.document_json = json, .files = {}};
  out.files.push_back({.format = "html", .content_type = "text/html; charset=utf-8",
                       .content = report::to_print_html(document)});
  out.files.push_back({.format = "json", .content_type = "application/json", .content = std::move(json)});
  out.files.push_back({.format = "xlsx",
                       .content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       .content = std::move(*xlsx)});
  // The PDF is printed from the same print page; publishing is all or
  // nothing, so a Chromium that is missing or fails stops it with the reason.
  auto pdf = report::to_pdf(document, {});
  if (!pdf) return pdf.error();
  out.files.push_back({.format = "pdf", .content_type = "application/pdf", .content = std::move(*pdf)});
  return out;
}

std::optional<int> path_year(const Request& req) {
  if (req.matches.size() < 3) return std::nullopt;
  return std::stoi(std::string(req.matches[2]));
}

std::string version_url(std::int64_t report_id) { return "/rapporter/" + std::to_string(report_id); }

std::string live_url(std::int64_t id, int year) {
  return "/strategier/" + std::to_string(id) + "/uppfoljning/" + std::to_string(year);
}

Result<std::optional<service::DocumentDiff>> changes_of(const service::ReportVersion& version) {
  if (!version.previous) return std::optional<service::DocumentDiff>{};
  auto before = report::document_from_json(version.previous->document_json);
  auto after = report::document_from_json(version.report.document_json);
  if (!before) return before.error();
  if (!after) return after.error();
  return std::optional(service::diff_documents(*before, *after));
}

ojson changes_json(const service::ReportVersion& version, const std::optional<service::DocumentDiff>& diff) {
  ojson out = ojson::object();
  out["previous"] = version.previous ? ojson{{"id", version.previous->id}, {"version", version.previous->version}}
                                     : ojson(nullptr);
  if (!diff) return out;
  auto sections = [](const std::vector<service::SectionRef>& list) {
    ojson a = ojson::array();
    for (const auto& s : list) a.push_back({{"id", s.id}, {"heading", s.heading}});
    return a;
  };
  auto tables = [](const std::vector<service::TableChange>& list, bool rows) {
    ojson a = ojson::array();
    for (const auto& t : list) {
      ojson o{{"section_id", t.section_id}, {"caption", t.caption}};
      if (rows) o["row"] = t.row;
      a.push_back(std::move(o));
    }
    return a;
  };
  out["sections_added"] = sections(diff->sections_added);
  out["sections_removed"] = sections(diff->sections_removed);
  out["texts"] = ojson::array();
  for (const auto& t : diff->texts)
    out["texts"].push_back({{"section_id", t.section_id}, {"heading", t.heading}, {"what", t.what},
                            {"before", t.before}, {"after", t.after}});
  out["tables_added"] = tables(diff->tables_added, false);
  out["tables_removed"] = tables(diff->tables_removed, false);
  out["rows_added"] = tables(diff->rows_added, true);
  out["rows_removed"] = tables(diff->rows_removed, true);
  out["cells"] = ojson::array();
  for (const auto& c : diff->cells)
    out["cells"].push_back({{"section_id", c.section_id}, {"caption", c.caption}, {"row", c.row},
                            {"column", c.column}, {"before", c.before}, {"after", c.after}});
  return out;
}

}  // namespace jamt::web::report_year_support
