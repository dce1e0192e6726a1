#pragma once
// The parts of a report document as HTML that both the print-ready page
// (document_print_html) and the web page (web/reports/document_response)
// show: the table of contents and the sections.
#include <functional>
#include <string>

#include "domain/report/report_document.hpp"

namespace jamt::report {

// How the sections are written.
struct BodyHtmlOptions {
  // Extra class on every <table> ("" for none).
  std::string table_class{};
  // Wrap each table in a keyboard-scrollable region (<div class="table-scroll"
  // role="region" tabindex="0">) so a wide table scrolls by itself on a
  // narrow screen instead of the page.
  bool scrollable_tables = false;
  // Trusted HTML written right after a section's heading (forms on the web
  // page); nullptr or an empty answer writes nothing.
  std::function<std::string(const report_doc::Section&)> section_tools{};
};

// "2026-03-31T09:00:00Z" → "2026-03-31 09:00 (UTC)"; anything else as given.
std::string generated_time_text(const std::string& iso);

// <ol> of links to every section's #id, nested as the sections are; "" when
// the document has no sections.
std::string document_toc_html(const report_doc::Document& document);

// Every section in order: <section id> with its heading at its level
// (clamped to h2–h6), section tools, paragraphs, the strategist's own text
// (paragraphs at blank lines, class "own-text"), charts as inline SVG in
// <figure>, then tables (<caption>, th scope="col", first column th
// scope="row", numbers in Swedish format, class "num" on number columns),
// then the sub-sections. All text is HTML-escaped.
std::string document_sections_html(const report_doc::Document& document, const BodyHtmlOptions& options);

}  // namespace jamt::report
