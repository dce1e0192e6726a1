#pragma once
// Answering with a report document (issue 14): the yearly follow-up, the
// three-year follow-up and the national compilation each build a
// report_doc::Document and hand it here, which shows it as a page in the
// site layout or sends it as print-ready HTML, JSON or XLSX, as the
// request's ?format= asks.
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "domain/report/report_document.hpp"
#include "web/http/http_types.hpp"
#include "web/http/request_auth.hpp"

namespace jamt::web {

// What the caller adds to the document's web page.
struct DocumentResponseOptions {
  // Download name without extension, e.g. "uppfoljning-kalmar-2024".
  std::string file_stem{};
  // Breadcrumbs above the page, as page_context's ({"url", "label"} objects).
  nlohmann::json breadcrumbs = nlohmann::json::array();
  // Trusted HTML shown above the report on the web page (may be "").
  std::string intro_html{};
  // Trusted HTML written after a section's heading on the web page (forms);
  // nullptr or "" for none. Not used for the other formats.
  std::function<std::string(const report_doc::Section&)> section_tools{};
};

// The formats a document is offered in, as ?format= values: "" (the web
// page), "print", "xlsx", "json".
bool is_document_format(const std::string& format);

// Answers with `doc` as `req`'s ?format= asks:
// - "" → the web page in the site layout: title, links to the other formats,
//   the table of contents, the sections (tables scroll by themselves on a
//   narrow screen);
// - "print" → the self-contained print-ready page (report::to_print_html),
//   sent with a Content-Security-Policy that allows its one inline style
//   sheet by hash and nothing else;
// - "json" → report::to_json, application/json;
// - "xlsx" → report::to_xlsx as a download named `file_stem`.xlsx;
// - anything else → 400 with a Swedish message naming the formats.
void respond_with_document(const Request& req, Response& res, const RequestAuth& auth,
                           const report_doc::Document& doc, const DocumentResponseOptions& options);

}  // namespace jamt::web
