#pragma once
// The style sheet of the print-ready report page.

namespace jamt::report {

// CSS for A4 print (Chromium's print-to-PDF and WeasyPrint): page margins,
// "Sida N av M" centred in each page's footer (@page margin boxes), headings
// kept with what follows, table headers repeated on each page, charts and
// table rows never split. Also readable on screen.
extern const char* const kReportPrintCss;

}  // namespace jamt::report
