#include "report/document/print_style.hpp"

namespace jamt::report {

const char* const kReportPrintCss = R"css(
@page {
  size: A4;
  margin: 20mm 18mm 22mm 18mm;
  @bottom-center {
    content: "Sida " counter(page) " av " counter(pages);
    font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif;
    font-size: 9pt;
    color: #333;
  }
  @top-center {
    font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif;
    font-size: 8.5pt;
    color: #333;
  }
}
html { color: #111; background: #fff; }
body {
  font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif;
  font-size: 10.5pt;
  line-height: 1.45;
  max-width: 174mm;
  margin: 0 auto;
}
h1 { font-size: 22pt; margin: 0 0 4mm; }
h2 { font-size: 15pt; margin: 8mm 0 3mm; }
h3 { font-size: 12.5pt; margin: 6mm 0 2mm; }
h4, h5, h6 { font-size: 11pt; margin: 5mm 0 2mm; }
h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
p { orphans: 3; widows: 3; margin: 0 0 2.5mm; }
.subtitle { font-size: 13pt; margin: 0 0 2mm; }
.generated { color: #333; font-size: 9.5pt; }
.report-header { margin-bottom: 8mm; }
.toc { break-after: page; page-break-after: always; }
.toc ol { list-style: none; padding-left: 0; margin: 0; }
.toc ol ol { padding-left: 6mm; }
.toc li { margin: 1mm 0; }
.toc a { color: #111; text-decoration: none; }
.toc a::after { content: leader('.') target-counter(attr(href), page); }
.own-text { border-left: 1mm solid #2b5f8a; padding-left: 3mm; margin: 3mm 0; }
figure { margin: 4mm 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; margin: 3mm 0 5mm; font-size: 9.5pt; }
caption { text-align: left; font-weight: bold; margin-bottom: 1.5mm; caption-side: top; }
th, td { border-bottom: 0.3mm solid #999; padding: 1mm 2mm; vertical-align: top; }
thead th { border-bottom: 0.6mm solid #111; text-align: left; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th[scope="row"] { text-align: left; font-weight: normal; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
)css";

}  // namespace jamt::report
