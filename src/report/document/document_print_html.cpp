#include "report/document/document_print_html.hpp"

#include <algorithm>

#include "report/document/document_body_html.hpp"
#include "report/document/print_style.hpp"
#include "report/svg_chart.hpp"

namespace jamt::report {

namespace {

using namespace jamt::report_doc;

std::string esc(const std::string& text) { return xml_escape(text); }

// `text` as a CSS string literal that is also safe inside <style>: quotes,
// backslashes, angle brackets and control characters as CSS escapes.
std::string css_string(const std::string& text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out = "\"";
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || u < 0x20 || u == 0x7F) {
      out += '\\';
      if (u >= 16) out += hex[u >> 4];
      out += hex[u & 15];
      out += ' ';
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace

std::string to_print_html(const Document& document) {
  std::string out;
  out += "<!DOCTYPE html>\n<html lang=\"" + esc(document.language.empty() ? "sv" : document.language) + "\">\n";
  out += "<head>\n<meta charset=\"utf-8\">\n<title>" + esc(document.title) + "</title>\n";
  out += "<style>" + std::string(kReportPrintCss);
  // The running header: the report's title at the top of every page.
  out += "@page { @top-center { content: " + css_string(document.title) + "; } }\n";
  out += "</style>\n</head>\n<body>\n";
  out += "<header class=\"report-header\">\n<h1>" + esc(document.title) + "</h1>\n";
  if (!document.subtitle.empty()) out += "<p class=\"subtitle\">" + esc(document.subtitle) + "</p>\n";
  if (!document.generated_at.empty())
    out += "<p class=\"generated\">Skapad " + esc(generated_time_text(document.generated_at)) + "</p>\n";
  out += "</header>\n";
  if (!document.sections.empty()) {
    out += "<nav class=\"toc\" aria-labelledby=\"innehall\">\n<h2 id=\"innehall\">Innehåll</h2>\n";
    out += document_toc_html(document);
    out += "</nav>\n";
  }
  out += "<main>\n";
  out += document_sections_html(document, {});
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace jamt::report
