// Survey results as a reader meets them: the API's JSON, the stacked bar
// with its table, and the CSV and XLSX downloads — all with the seed's 43.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "../unzip_member.hpp"
#include "domain/surveys/results_breakdown.hpp"
#include "report/survey_chart.hpp"
#include "report/survey_download.hpp"
#include "report/survey_json.hpp"
#include "survey_fixtures.hpp"

using namespace jamt;
using namespace jamt::surveys;
using namespace jamt::surveys::testing;

namespace {

// 43 invited, 43 answered: Q1 31 helt / 7 delvis / 5 inte; Q2 the same 43
// with 3 "vet ej" and two who skipped; Q3 a number.
SurveyResults seed_results() {
  ResultsInput in{.survey = Survey{.questions = {agreement("Q1", "Samordningen i länet har blivit <bättre>."),
                                                 agreement("Q2", "Stödet har varit till nytta."),
                                                 {.code = "Q3", .kind = QuestionKind::number, .text = "År i kontakt"}}},
                  .participants = {.invited = 43, .opened = 43, .started = 43, .completed = 43, .opted_out = 0}};
  for (int i = 0; i < 43; ++i) {
    std::map<std::string, Answer> a{{"Q1", choice(i < 31 ? "helt" : i < 38 ? "delvis" : "inte")},
                                    {"Q3", number(i < 34 ? 3 : 1)}};
    if (i >= 2) a["Q2"] = choice(i < 5 ? "vet_ej" : i < 30 ? "helt" : "delvis");
    in.responses.push_back(submitted(i, a));
  }
  return compute_results(in);
}

}  // namespace

TEST(SurveyReportJson, HasTheApisKeysWithPercentsAsNumbersOfOneDecimal) {
  auto j = report::survey_results_json(seed_results());
  EXPECT_EQ(j["invited"], 43);
  EXPECT_EQ(j["completed"], 43);
  EXPECT_DOUBLE_EQ(j["response_rate"].get<double>(), 100.0);
  EXPECT_EQ(j["response_rate_denominator"], 43);
  const auto& q1 = j["questions"][0];
  EXPECT_EQ(q1["code"], "Q1");
  EXPECT_EQ(q1["kind"], "agreement4");
  EXPECT_EQ(q1["n"], 43);
  EXPECT_EQ(q1["no_answer"], 0);
  EXPECT_EQ(q1["dont_know"], 0);
  ASSERT_EQ(q1["options"].size(), 3u);
  EXPECT_EQ(q1["options"][0]["value"], "helt");
  EXPECT_EQ(q1["options"][0]["label"], "Stämmer helt");
  EXPECT_TRUE(q1["options"][0]["count"].is_number_integer());
  EXPECT_TRUE(q1["options"][0]["percent"].is_number());
  // As the client reads it: the text of the number is 72.1.
  EXPECT_EQ(q1["options"][0]["percent"].dump(), "72.1");
  EXPECT_EQ(q1["options"][1]["percent"].dump(), "16.3");
  EXPECT_EQ(q1["options"][2]["percent"].dump(), "11.6");
  EXPECT_EQ(q1["positive_percent"].dump(), "88.4");
  const auto& q2 = j["questions"][1];
  EXPECT_EQ(q2["n"], 41);
  EXPECT_EQ(q2["no_answer"], 2);
  EXPECT_EQ(q2["dont_know"], 3);
  EXPECT_EQ(q2["dont_know_percent"].dump(), "7.3");  // 3 / 41
  const auto& q3 = j["questions"][2];
  EXPECT_TRUE(q3["positive_percent"].is_null());
  EXPECT_EQ(q3["numbers"]["median"], 3.0);
  EXPECT_EQ(q3["numbers"]["mean"].dump(), "2.6");  // (34·3 + 9·1) / 43 = 2.58
}

TEST(SurveyReportChart, AStackedBarWithTitleDescriptionAndTheSameNumbersInATableAfter) {
  auto results = seed_results();
  std::string html = report::question_figure_html(results.questions[0], "q1");
  EXPECT_NE(html.find("role=\"img\""), std::string::npos);
  EXPECT_NE(html.find("aria-labelledby=\"q1-title q1-desc\""), std::string::npos);
  // The question text is escaped in the title, the description and the caption.
  EXPECT_EQ(html.find("<bättre>"), std::string::npos);
  EXPECT_NE(html.find("<title id=\"q1-title\">Samordningen i länet har blivit &lt;bättre&gt;.</title>"), std::string::npos);
  std::regex desc("<desc id=\"q1-desc\">[^<]*Stämmer helt 72,1\u00a0%, Stämmer delvis 16,3\u00a0%, Stämmer inte 11,6\u00a0%");
  EXPECT_TRUE(std::regex_search(html, desc)) << html;
  EXPECT_EQ(html.find("72,9"), std::string::npos);
  // Segment tooltips carry count and base.
  EXPECT_NE(html.find("Stämmer helt: 31 av 43 (72,1\u00a0%)"), std::string::npos);
  // The table comes after the chart, with the same numbers.
  auto svg_end = html.find("</svg>"), table = html.find("<table");
  ASSERT_NE(table, std::string::npos);
  EXPECT_LT(svg_end, table);
  EXPECT_NE(html.find("<th scope=\"row\">Stämmer helt</th><td class=\"number\">31</td><td class=\"number\">72,1\u00a0%</td>",
                      table), std::string::npos);
  EXPECT_NE(html.find("Andel positiva (helt eller delvis)</th><td class=\"number\"></td><td class=\"number\">88,4\u00a0%"),
            std::string::npos);
}

TEST(SurveyReportChart, VetEjIsHatchedAndSkippedAreCountedInTheTable) {
  auto results = seed_results();
  auto chart = report::question_chart(results.questions[1], "q2");
  ASSERT_EQ(chart.segments.size(), 4u);
  EXPECT_EQ(chart.segments[3], "Vet ej");
  EXPECT_TRUE(chart.hatched[3]);
  std::string html = report::question_figure_html(results.questions[1], "q2");
  EXPECT_NE(html.find("fill=\"url(#q2-hatch)\""), std::string::npos);
  EXPECT_NE(html.find("<th scope=\"row\">Vet ej</th><td class=\"number\">3</td><td class=\"number\">7,3\u00a0%</td>"),
            std::string::npos);
  EXPECT_NE(html.find("<th scope=\"row\">Hoppade över frågan</th><td class=\"number\">2</td>"), std::string::npos);
  // A number question has a table and no chart.
  std::string numbers = report::question_figure_html(results.questions[2], "q3");
  EXPECT_EQ(numbers.find("<svg"), std::string::npos);
  EXPECT_NE(numbers.find("<th scope=\"row\">Median</th><td class=\"number\">3,0</td>"), std::string::npos);
}

TEST(SurveyReportDownload, CsvForSwedishExcelWithTheSeedsNumbers) {
  std::string csv = report::survey_results_csv(seed_results());
  ASSERT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(csv.substr(3, csv.find("\r\n") - 3), "Kod;Fråga;Svar;Antal;Procent;Bas (n);Hoppade över;Fick inte frågan");
  EXPECT_NE(csv.find("Deltagande;;Besvarade (svarsfrekvens av inbjudna);43;100,0;43;;\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("Q1;Samordningen i länet har blivit <bättre>.;Stämmer helt;31;72,1;43;0;0\r\n"), std::string::npos);
  EXPECT_NE(csv.find("Q1;Samordningen i länet har blivit <bättre>.;Stämmer inte;5;11,6;43;0;0\r\n"), std::string::npos);
  EXPECT_NE(csv.find("Q2;Stödet har varit till nytta.;Vet ej;3;7,3;41;2;0\r\n"), std::string::npos);
  EXPECT_NE(csv.find("Q3;År i kontakt;Medelvärde;2,6;;43;0;0\r\n"), std::string::npos);
}

TEST(SurveyReportDownload, XlsxHasNumericCellsForCountsAndPercents) {
  auto bytes = report::survey_results_xlsx(seed_results());
  ASSERT_TRUE(bytes.ok()) << bytes.error().to_string();
  EXPECT_NE(jamt::testing::unzip_member(*bytes, "xl/workbook.xml").find("name=\"Resultat\""), std::string::npos);
  std::string strings = jamt::testing::unzip_member(*bytes, "xl/sharedStrings.xml");
  EXPECT_NE(strings.find("Stämmer helt"), std::string::npos);
  std::string sheet = jamt::testing::unzip_member(*bytes, "xl/worksheets/sheet1.xml");
  // Row 7 is Q1 "Stämmer helt" (header, five participation rows, then Q1).
  EXPECT_TRUE(std::regex_search(sheet, std::regex(R"(<c r="D7"[^>]*><v>31</v></c>)"))) << sheet;
  // libxlsxwriter writes 17 significant digits ("72.09999999999999"): the
  // same double as 72.1, which Excel shows as 72.1.
  std::smatch percent;
  ASSERT_TRUE(std::regex_search(sheet, percent, std::regex(R"(<c r="E7"[^>]*><v>([0-9.]+)</v></c>)"))) << sheet;
  EXPECT_EQ(std::stod(percent[1].str()), 72.1);
}

TEST(SurveyReportChart, ABreakdownIsFollowedByItsTableAndSaysWhatWasMerged) {
  ResultsInput in{.survey = Survey{.questions = {agreement("Q1", "Samordningen har blivit bättre.")}}};
  int next = 0;
  for (auto [sector, count] : std::vector<std::pair<std::string, int>>{{"myndighet", 35}, {"civil", 8}, {"foretag", 3}})
    for (int i = 0; i < count; ++i)
      in.responses.push_back(submitted(next++, {{"Q1", choice(i < count / 2 ? "helt" : "delvis")}}, {{"sector", sector}}));
  auto b = break_down(in, "sector");
  std::string svg = report::render_stacked_bar_chart(report::breakdown_chart(b, 0, "b1"));
  EXPECT_NE(svg.find("myndighet (n = 35)"), std::string::npos);
  EXPECT_NE(svg.find("Övriga (n = 11)"), std::string::npos);
  EXPECT_EQ(svg.find("foretag"), std::string::npos);
  std::string table = report::breakdown_table_html(b, 0, "b1");
  // 17 of 35 helt = 48,6 %.
  EXPECT_NE(table.find("<th scope=\"row\">myndighet</th><td class=\"number\">35</td><td class=\"number\">35</td>"
                       "<td class=\"number\">48,6\u00a0% (17)</td>"),
            std::string::npos)
      << table;
  EXPECT_NE(table.find("<li>foretag: Färre än 5 svarande"), std::string::npos) << table;
  EXPECT_NE(table.find("<li>civil: Redovisas i Övriga"), std::string::npos) << table;
}

TEST(SurveyReportChart, TheNationalTableCountsCounties) {
  std::vector<NationalRow> rows{{.code = "I1", .text = "Finns en regional strategi?", .ja = 14, .delvis = 5, .nej = 2,
                                 .not_answered = 0}};
  std::string html = report::national_table_html(rows, "Länsstyrelsernas svar");
  EXPECT_NE(html.find("<th scope=\"row\">Finns en regional strategi?</th><td class=\"number\">14</td>"
                      "<td class=\"number\">5</td><td class=\"number\">2</td><td class=\"number\">0</td>"),
            std::string::npos);
}

TEST(SurveyReportDownload, BreakdownAndNationalTablesAsCsv) {
  ResultsInput in{.survey = Survey{.questions = {agreement("Q1", "Ett")}}};
  int next = 0;
  for (auto [sex, count] : std::vector<std::pair<std::string, int>>{{"kvinna", 38}, {"man", 5}, {"annat", 1}})
    for (int i = 0; i < count; ++i) in.responses.push_back(submitted(next++, {{"Q1", choice("helt")}}, {{"sex", sex}}));
  std::string csv = report::breakdown_csv(break_down(in, "sex"));
  EXPECT_EQ(csv.substr(3, csv.find("\r\n") - 3), "Grupp;Svarande;Kod;Fråga;Svar;Antal;Procent;Bas (n)");
  EXPECT_NE(csv.find("kvinna;38;Q1;Ett;Stämmer helt;38;100,0;38\r\n"), std::string::npos) << csv;
  // "annat" (1) takes "man" (5) into Övriga: neither is a row of its own.
  EXPECT_NE(csv.find("Övriga;6;Q1;Ett;Stämmer helt;6;100,0;6\r\n"), std::string::npos) << csv;
  EXPECT_EQ(csv.find("\r\nman;5;"), std::string::npos);
  EXPECT_NE(csv.find("\r\nman;;;;Redovisas i Övriga"), std::string::npos);
  EXPECT_NE(csv.find("\r\nannat;;;;Färre än 5 svarande"), std::string::npos) << csv;
  std::string national = report::national_table_csv(
      {{.code = "I1", .text = "Finns en regional strategi?", .ja = 14, .delvis = 5, .nej = 2, .not_answered = 0}});
  EXPECT_NE(national.find("Kod;Påstående;Ja;Delvis;Nej;Ej svar\r\nI1;Finns en regional strategi?;14;5;2;0\r\n"),
            std::string::npos);
}

TEST(SurveyReportJson, BreakdownComparisonAndNationalTableKeepTheirNumbers) {
  ResultsInput in{.survey = Survey{.questions = {agreement("Q1", "Ett")}}};
  int next = 0;
  for (auto [sex, count] : std::vector<std::pair<std::string, int>>{{"kvinna", 38}, {"man", 5}})
    for (int i = 0; i < count; ++i)
      in.responses.push_back(submitted(next++, {{"Q1", choice(i < 31 ? "helt" : "delvis")}}, {{"sex", sex}}));
  auto b = report::breakdown_json(break_down(in, "sex"));
  EXPECT_EQ(b["by"], "sex");
  ASSERT_EQ(b["groups"].size(), 2u);
  EXPECT_EQ(b["groups"][0]["label"], "kvinna");
  EXPECT_EQ(b["groups"][0]["questions"][0]["options"][0]["percent"].dump(), "81.6");  // 31 / 38
  EXPECT_TRUE(b["merged"].empty());

  auto now = compute_results(in);
  auto c = report::comparison_json(compare_rounds(now, now));
  EXPECT_EQ(c[0]["options"][0]["change_pp"].dump(), "0.0");
  EXPECT_EQ(c[0]["positive_change_pp"].dump(), "0.0");

  auto n = report::national_table_json({{.code = "I1", .text = "Strategi", .ja = 14, .delvis = 5, .nej = 2, .not_answered = 0}});
  EXPECT_EQ(n[0]["ja"], 14);
  EXPECT_EQ(n[0]["nej"], 2);
}
