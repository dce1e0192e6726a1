#pragma once
// A report document as PDF: the print-ready page (document_print_html.hpp)
// printed by headless Chromium (Debian's package `chromium`). Why Chromium
// and not WeasyPrint: docs/report-document.md.
#include <chrono>
#include <string>

#include "domain/report/report_document.hpp"
#include "domain/result.hpp"

namespace jamt::report {

// Which Chromium to run and for how long. `chromium` is a path or a name
// looked up in PATH; "" means $JAMT_CHROMIUM when set, else `chromium` in
// PATH, else /usr/bin/chromium. Chromium is killed, with every process it
// started, after `time_limit`.
struct PdfOptions {
  std::string chromium;
  std::chrono::milliseconds time_limit{60'000};
};

// The PDF's bytes (A4): the document's title as the PDF's title, a table
// of contents, the title as running header and "Sida N av M" in the footer
// of every page, charts as vector graphics, text selectable, tagged for
// screen readers (pdfinfo: "Tagged: yes") and with an outline (bookmarks) of
// the headings. The page is written to a private temporary folder (0700)
// together with Chromium's profile; the folder is removed afterwards.
// Chromium fetches nothing: the page has no outside resources, its
// Content-Security-Policy allows none, and Chromium runs with host names
// unresolvable and a proxy that goes nowhere.
// Errors, each "io" with a Swedish message saying what to do: Chromium not
// installed (names the package and JAMT_CHROMIUM), Chromium failed (its exit
// code and last output line), the time limit reached, the temporary folder
// not writable. Thread-safe; at most two Chromium processes run at once in
// this process (each needs some 200 MB), further calls wait their turn.
Result<std::string> to_pdf(const report_doc::Document& document, const PdfOptions& options);

// The same for a page that is already HTML (what to_pdf prints after
// to_print_html): the PDF of `html`, printed as above.
Result<std::string> html_to_pdf(const std::string& html, const PdfOptions& options);

// The Chromium to_pdf would run with `options`, as a full path; "" when none
// is installed.
std::string chromium_program(const PdfOptions& options);

}  // namespace jamt::report
