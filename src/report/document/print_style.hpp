#pragma once
// The style sheet of the print-ready report page.

namespace jamt::report {

// CSS for A4 print (Chromium's print-to-PDF and WeasyPrint): page margins,
// "Sida N av M" centred in each page's footer and the style of the running
// header (@page margin boxes; to_print_html adds the title as its content), headings
// kept with what follows, table headers repeated on each page, charts and
// table rows never split. Also readable on screen.
extern const char* const kReportPrintCss;

}  // namespace jamt::report
