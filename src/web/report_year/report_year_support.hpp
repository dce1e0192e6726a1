#pragma once
// What the pages and API of the yearly report share (web/report_year/ only):
// the renderer used at publishing, the changes as JSON, the year in a path.
#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>

#include "domain/report/report_document.hpp"
#include "domain/result.hpp"
#include "service/report_year/document_diff.hpp"
#include "service/report_year/report_versions.hpp"
#include "web/http/http_types.hpp"

namespace jamt::web::report_year_support {

// The files a report is published as: the print page ("html"), the JSON
// ("json"), the workbook ("xlsx") and the PDF ("pdf", headless Chromium).
// Error when the XLSX writer or Chromium fails (the message says why).
Result<service::RenderedReport> render_for_publishing(const report_doc::Document& document);

// The year in capture group 2 of the path.
std::optional<int> path_year(const Request& req);

// The changes since the previous version as JSON:
// {"previous": {id, version} | null, "sections_added": [...], …}.
nlohmann::ordered_json changes_json(const service::ReportVersion& version,
                                    const std::optional<service::DocumentDiff>& diff);

// The changes of `version` from its previous version (nullopt for the
// first), from the frozen documents. Error "internal" for frozen data that
// cannot be read back (a bug).
Result<std::optional<service::DocumentDiff>> changes_of(const service::ReportVersion& version);

// The page's URL of version `report_id`: "/rapporter/{id}".
std::string version_url(std::int64_t report_id);

// The live report's page of strategy `id` in `year`.
std::string live_url(std::int64_t id, int year);

}  // namespace jamt::web::report_year_support
