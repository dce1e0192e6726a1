#include "web/reports/document_response.hpp"

#include <openssl/evp.h>

#include "domain/i18n/translate.hpp"
#include "report/document/document_body_html.hpp"
#include "report/document/document_json.hpp"
#include "report/document/document_pdf.hpp"
#include "report/document/document_print_html.hpp"
#include "report/document/document_xlsx.hpp"
#include "report/xlsx_table.hpp"
#include "web/http/file_download.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;

// "'sha256-…'" of `text`, the CSP source that allows exactly this inline
// style sheet.
std::string csp_hash(const std::string& text) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(text.data(), text.size(), digest, &length, EVP_sha256(), nullptr);
  std::string encoded(4 * ((length + 2) / 3) + 1, '\0');
  int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(encoded.data()), digest, static_cast<int>(length));
  encoded.resize(static_cast<std::size_t>(written));
  return "'sha256-" + encoded + "'";
}

// The contents of the page's one <style> element ("" when none).
std::string style_sheet_of(const std::string& html) {
  auto open = html.find("<style>");
  if (open == std::string::npos) return "";
  open += 7;
  auto close = html.find("</style>", open);
  return close == std::string::npos ? "" : html.substr(open, close - open);
}

void send_print_page(Response& res, const report_doc::Document& doc) {
  std::string html = report::to_print_html(doc);
  res.set_header("Content-Security-Policy", "default-src 'none'; style-src " + csp_hash(style_sheet_of(html)) +
                                                "; img-src data:; base-uri 'none'; form-action 'none'; "
                                                "frame-ancestors 'none'");
  res.set_content(std::move(html), "text/html; charset=utf-8");
}

void send_web_page(const Request& req, Response& res, const RequestAuth& auth, const report_doc::Document& doc,
                   const DocumentResponseOptions& options) {
  json ctx = page_context(auth);
  ctx["breadcrumbs"] = options.breadcrumbs;
  ctx["title"] = doc.title;
  ctx["subtitle"] = doc.subtitle;
  ctx["generated"] = report::generated_time_text(doc.generated_at);
  ctx["intro_html"] = options.intro_html;
  ctx["formats"] = json::array({{{"url", req.path + "?format=print"}, {"label", i18n::tr("Utskriftsvänlig sida")}},
                                {{"url", req.path + "?format=pdf"}, {"label", "PDF"}},
                                {{"url", req.path + "?format=xlsx"}, {"label", "Excel (XLSX)"}},
                                {{"url", req.path + "?format=json"}, {"label", "JSON"}}});
  ctx["toc"] = report::document_toc_html(doc);
  ctx["sections"] = report::document_sections_html(
      doc, {.table_class = "register", .scrollable_tables = true, .section_tools = options.section_tools});
  send_html(res, render_page("report_document", doc.title, ctx));
}

}  // namespace

bool is_document_format(const std::string& format) {
  return format.empty() || format == "print" || format == "pdf" || format == "xlsx" || format == "json";
}

void respond_with_document(const Request& req, Response& res, const RequestAuth& auth,
                           const report_doc::Document& doc, const DocumentResponseOptions& options) {
  const std::string format = req.get_param_value("format");
  if (!is_document_format(format))
    return send_error_page(res, 400, i18n::trf("Okänt format ”{1}”. Välj print, pdf, xlsx eller json.", {format}));
  if (format == "print") return send_print_page(res, doc);
  if (format == "json") return res.set_content(report::to_json(doc), "application/json; charset=utf-8");
  if (format == "pdf") {
    auto pdf = report::to_pdf(doc, {});
    // Chromium missing, failing or too slow: the message says which.
    if (!pdf) return send_error_page(res, 503, pdf.error().message);
    return send_file_download(res, options.file_stem.empty() ? "rapport" : options.file_stem, "application/pdf", *pdf);
  }
  if (format == "xlsx") {
    auto bytes = report::to_xlsx(doc);
    if (!bytes) return send_internal_error_page(req, res, bytes.error().to_string());
    return send_file_download(res, options.file_stem.empty() ? "rapport" : options.file_stem, report::kXlsxContentType,
                              *bytes);
  }
  send_web_page(req, res, auth, doc, options);
}

}  // namespace jamt::web
