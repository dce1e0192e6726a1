#include "report/document/document_print_html.hpp"

#include <algorithm>

#include "domain/i18n/language.hpp"
#include "domain/i18n/translate.hpp"
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

// The CSS content of the page footer: "Sida {1} av {2}" in the current
// language, the placeholders as the page counters.
std::string page_footer_content() {
  const std::string text = i18n::tr("Sida {1} av {2}");
  const auto one = text.find("{1}");
  const auto two = text.find("{2}");
  if (one == std::string::npos || two == std::string::npos || two < one)
    return "counter(page) \" / \" counter(pages)";
  return css_string(text.substr(0, one)) + " counter(page) " + css_string(text.substr(one + 3, two - one - 3)) +
         " counter(pages) " + css_string(text.substr(two + 3));
}

}  // namespace

std::string to_print_html(const Document& document) {
  // The page's own texts (contents, page numbers) in the document's language:
  // a published report is Swedish whatever the reader's language.
  i18n::LanguageScope language(i18n::parse_language(document.language).value_or(i18n::Language::sv));
  std::string out;
  out += "<!DOCTYPE html>\n<html lang=\"" + esc(document.language.empty() ? "sv" : document.language) + "\">\n";
  out += "<head>\n<meta charset=\"utf-8\">\n";
  // Nothing may be fetched: the page is complete as it is (also what keeps
  // Chromium's print-to-PDF off the network).
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n";
  out += "<title>" + esc(document.title) + "</title>\n";
  out += "<style>" + std::string(kReportPrintCss);
  // The running header: the report's title at the top of every page.
  out += "@page { @top-center { content: " + css_string(document.title) + "; } }\n";
  out += "@page { @bottom-center { content: " + page_footer_content() + "; } }\n";
  out += "</style>\n</head>\n<body>\n";
  out += "<header class=\"report-header\">\n<h1>" + esc(document.title) + "</h1>\n";
  if (!document.subtitle.empty()) out += "<p class=\"subtitle\">" + esc(document.subtitle) + "</p>\n";
  if (!document.generated_at.empty())
    out += "<p class=\"generated\">" + esc(i18n::trf("Skapad {1}", {generated_time_text(document.generated_at)})) +
           "</p>\n";
  out += "</header>\n";
  if (!document.sections.empty()) {
    out += "<nav class=\"toc\" aria-labelledby=\"innehall\">\n<h2 id=\"innehall\">" + i18n::tr("Innehåll") + "</h2>\n";
    out += document_toc_html(document);
    out += "</nav>\n";
  }
  out += "<main>\n";
  out += document_sections_html(document, {});
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace jamt::report
