// The print-ready page of a report document: one h1, a table of contents
// linking every section, headings in document order at their levels,
// tables a screen reader can navigate, charts inline, text escaped, page
// numbers in the print footer and nothing fetched from outside.
#include <gtest/gtest.h>

#include "report/document/document_print_html.hpp"
#include "sample_document.hpp"

namespace {

std::size_t count_of(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto pos = haystack.find(needle); pos != std::string::npos; pos = haystack.find(needle, pos + 1)) ++n;
  return n;
}

const std::string& page() {
  static const std::string html = jamt::report::to_print_html(jamt::testing::sample_report_document());
  return html;
}

}  // namespace

TEST(DocumentPrintHtml, HasOneH1AndATableOfContentsLinkingEachSection) {
  const std::string& html = page();
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"sv\">", 0), 0u);
  EXPECT_EQ(count_of(html, "<h1"), 1u);
  EXPECT_NE(html.find("<h1>Uppföljning 2026 av Kalmar läns jämställdhetsstrategi</h1>"), std::string::npos);
  EXPECT_NE(html.find("Skapad 2027-03-31 09:15 (UTC)"), std::string::npos);
  auto toc = html.find("<h2 id=\"innehall\">Innehåll</h2>");
  auto main = html.find("<main>");
  ASSERT_NE(toc, std::string::npos);
  ASSERT_NE(main, std::string::npos);
  for (const char* id : {"sammanfattning", "mal-1", "mal-1-1"}) {
    auto link = html.find(std::string("<a href=\"#") + id + "\">");
    EXPECT_TRUE(link > toc && link < main) << id;
    EXPECT_EQ(count_of(html, std::string("<section id=\"") + id + "\">"), 1u) << id;
  }
}

TEST(DocumentPrintHtml, HeadingsFollowTheDocumentAtTheirLevels) {
  const std::string& html = page();
  auto summary = html.find("<h2>Sammanfattning</h2>");
  auto goal = html.find("<h2>Mål 1 Jämn fördelning av makt</h2>");
  auto sub = html.find("<h3>Delmål 1.1 Makt och inflytande</h3>");
  ASSERT_NE(summary, std::string::npos);
  ASSERT_NE(goal, std::string::npos);
  ASSERT_NE(sub, std::string::npos);
  EXPECT_LT(summary, goal);
  EXPECT_LT(goal, sub);
}

TEST(DocumentPrintHtml, TablesHaveCaptionsScopedHeadersAndSwedishNumbers) {
  const std::string& html = page();
  EXPECT_NE(html.find("<caption>Andel kvinnor bland förtroendevalda</caption>"), std::string::npos);
  // Columns of numbers are right-aligned, headings included.
  EXPECT_NE(html.find("<th scope=\"col\">Kommun</th><th scope=\"col\" class=\"num\">Kvinnor</th>"), std::string::npos);
  EXPECT_NE(html.find("<th scope=\"col\">Åtagande</th><th scope=\"col\">Status</th>"), std::string::npos);
  EXPECT_NE(html.find("<tr><th scope=\"row\">Kalmar</th><td class=\"num\">1\u00a0234</td><td class=\"num\">1\u00a0100</td>"
                      "<td class=\"num\">52,9\u00a0%</td></tr>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<tr><th scope=\"row\">Emmaboda</th><td class=\"num\">..</td><td class=\"num\">..</td>"
                      "<td class=\"num\">..</td></tr>"),
            std::string::npos);
}

TEST(DocumentPrintHtml, ChartsAreInlineSvgAndTextIsEscaped) {
  const std::string& html = page();
  EXPECT_EQ(count_of(html, "<figure><svg"), 1u);
  EXPECT_NE(html.find("mal-1-diagram-1"), std::string::npos);
  EXPECT_NE(html.find("<p>Indikatorernas utveckling &amp; status.</p>"), std::string::npos);
  // The strategist's text: paragraphs at the blank line, markup escaped.
  EXPECT_NE(html.find("<p>Vi ser en tydlig förbättring.</p>\n<p>Arbetet fortsätter &lt;2027&gt;.</p>"), std::string::npos);
  EXPECT_EQ(html.find("<2027>"), std::string::npos);
}

TEST(DocumentPrintHtml, IsSelfContainedWithPageNumbersInThePrintFooter) {
  const std::string& html = page();
  EXPECT_NE(html.find("@page"), std::string::npos);
  EXPECT_NE(html.find("@bottom-center"), std::string::npos);
  EXPECT_NE(html.find("\"Sida \" counter(page) \" av \" counter(pages)"), std::string::npos);
  for (const char* outside : {"<script", "<link", " src=", "url("}) EXPECT_EQ(html.find(outside), std::string::npos) << outside;
  // And a policy that forbids fetching anything, before any content.
  auto policy = html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "style-src 'unsafe-inline'; img-src data:\">");
  EXPECT_NE(policy, std::string::npos);
  EXPECT_LT(policy, html.find("<style>"));
}

TEST(DocumentPrintHtml, TheTitleIsTheRunningHeaderAndCannotBreakOutOfTheStyleSheet) {
  EXPECT_NE(page().find("@top-center { content: \"Uppföljning 2026 av Kalmar läns jämställdhetsstrategi\"; }"),
            std::string::npos);
  auto document = jamt::testing::sample_report_document();
  document.title = "Rapport \"A\"</style><script>alert(1)</script>\\";
  std::string html = jamt::report::to_print_html(document);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(count_of(html, "</style>"), 1u);
  EXPECT_NE(html.find("content: \"Rapport \\22 A\\22 \\3C /style\\3E \\3C script\\3E alert(1)\\3C /script\\3E \\5C \";"),
            std::string::npos)
      << html.substr(0, 4000);
  EXPECT_NE(html.find("<h1>Rapport &quot;A&quot;&lt;/style&gt;&lt;script&gt;"), std::string::npos);
}
