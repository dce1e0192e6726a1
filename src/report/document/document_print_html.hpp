#pragma once
// A report document as one self-contained, print-ready HTML page: what
// Chromium's print-to-PDF (or WeasyPrint) turns into the PDF, and what a
// user can save and open without the server.
#include <string>

#include "domain/report/report_document.hpp"

namespace jamt::report {

// The page (UTF-8, `<html lang>` from the document): the title as the only
// <h1> with subtitle and time of generation; a table of contents
// ("Innehåll") linking every section by `#id`, nested as the sections are;
// then the sections in order, each a <section id="…"> with its heading at
// its level (clamped to h2–h6), paragraphs, the strategist's own text
// (paragraphs at blank lines), charts as inline SVG in <figure>, tables with
// <caption>, <th scope="col"> headings and the first column as
// <th scope="row">, numbers in Swedish format. Styles inline, including
// @page with the title as running header and "Sida N av M" in the footer;
// no scripts, no outside resources, and a Content-Security-Policy that
// forbids fetching any.
// All text is HTML-escaped. Never fails.
std::string to_print_html(const report_doc::Document& document);

}  // namespace jamt::report
