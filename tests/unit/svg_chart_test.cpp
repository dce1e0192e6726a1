#include <gtest/gtest.h>

#include "report/svg_chart.hpp"

using namespace jamt::report;

TEST(SvgChart, LineChartIsAnAccessibleImageWithEscapedText) {
  LineChart c{"befolkning", "Folkmängd <Kalmar>", "Kvinnor & män 2020–2022", {"2020", "2021", "2022"},
              {{"Kvinnor", SeriesKind::women, {100.0, std::nullopt, 120.0}}, {"Män", SeriesKind::men, {90.0, 95.0, 99.0}}},
              0};
  std::string svg = render_line_chart(c);
  EXPECT_EQ(svg.rfind("<svg ", 0), 0u);
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(svg.find("aria-labelledby=\"befolkning-title befolkning-desc\""), std::string::npos);
  EXPECT_NE(svg.find("Folkmängd &lt;Kalmar&gt;"), std::string::npos);
  EXPECT_NE(svg.find("Kvinnor &amp; män"), std::string::npos);
  EXPECT_EQ(svg.find("<Kalmar>"), std::string::npos);
  // The gap in women's series splits the line: two move-tos.
  auto women_path = svg.find("stroke=\"#8a1c5b\" stroke-width=\"2.5\"");
  ASSERT_NE(women_path, std::string::npos);
  std::string d = svg.substr(svg.rfind("<path d=\"", women_path), women_path - svg.rfind("<path d=\"", women_path));
  EXPECT_EQ(std::count(d.begin(), d.end(), 'M'), 2);
  EXPECT_NE(svg.find("Kvinnor 2022: 120"), std::string::npos);
  EXPECT_NE(svg.find("stroke-dasharray=\"6 4\""), std::string::npos) << "men are dashed, not only another colour";
}

TEST(SvgChart, BarChartShowsValuesInSwedishAndTheBand) {
  BarChart c{"andel", "Kvinnors andel", "Andel per kommun", {"Kalmar", "Nybro"},
             {{"Kvinnor", SeriesKind::women, {52.5, 38.25}}}, 1, std::make_pair(40.0, 60.0), "40–60 %"};
  std::string svg = render_bar_chart(c);
  EXPECT_NE(svg.find(">52,5<"), std::string::npos);
  EXPECT_NE(svg.find(">38,3<"), std::string::npos);
  EXPECT_NE(svg.find("<title>40–60 %</title>"), std::string::npos);
  EXPECT_NE(svg.find("Nybro, Kvinnor: 38,3"), std::string::npos);
}

TEST(SvgChart, AMissingBarIsLabelledNotDrawnAsZero) {
  BarChart c{.id = "program",
             .title = "Elever per program",
             .description = "Kvinnor och män per program",
             .categories = {"El", "Ekonomi"},
             .series = {{.name = "Kvinnor", .kind = SeriesKind::women, .values = {9.0, std::nullopt},
                         .labels = {"p", ".. Uppgift saknas"}},
                        {.name = "Män", .kind = SeriesKind::men, .values = {291.0, 112.0}, .labels = {}}},
             .decimals = 0,
             .band = std::nullopt,
             .band_label = ""};
  std::string svg = render_bar_chart(c);
  EXPECT_NE(svg.find(">9\u00a0p<"), std::string::npos) << "a flagged value keeps its symbol";
  EXPECT_NE(svg.find(">Kvinnor: .. Uppgift saknas<"), std::string::npos);
  EXPECT_EQ(svg.find("Ekonomi, Kvinnor:"), std::string::npos) << "no bar for the missing value";
}

#include "report/csv_table.hpp"

TEST(CsvTable, IsForSwedishExcel) {
  CsvTable t({"Region", "Kvinnor"});
  t.add_row({"Kalmar län", csv_number(12345.65, 1)});
  t.add_row({"Namn; med \"citat\"", csv_number(std::nullopt, 1)});
  t.add_row({"Noll", csv_number(-0.01, 1)});
  EXPECT_EQ(t.str(), "\xEF\xBB\xBFRegion;Kvinnor\r\nKalmar län;12345,7\r\n\"Namn; med \"\"citat\"\"\";\r\nNoll;0,0\r\n");
}
