// The report document as a workbook: one sheet per table named after its
// caption, headings bold in row 1, numbers numeric cells with a number
// format of their decimals and unit, missing cells "..".
#include <gtest/gtest.h>

#include <regex>

#include "formats/xlsx/xlsx_reader.hpp"
#include "report/document/document_xlsx.hpp"
#include "report/document/sheet_names.hpp"
#include "sample_document.hpp"
#include "../unzip_member.hpp"

using jamt::formats::XlsxValue;
using jamt::testing::unzip_member;

namespace {

std::vector<std::string> sheet_names_in(const std::string& workbook_xml) {
  std::vector<std::string> names;
  std::regex sheet(R"re(<sheet name="([^"]*)")re");
  for (auto it = std::sregex_iterator(workbook_xml.begin(), workbook_xml.end(), sheet); it != std::sregex_iterator(); ++it)
    names.push_back((*it)[1]);
  return names;
}

}  // namespace

TEST(DocumentXlsx, WritesOneSheetPerTableNamedAfterItsCaption) {
  auto bytes = jamt::report::to_xlsx(jamt::testing::sample_report_document());
  ASSERT_TRUE(bytes.ok()) << bytes.error().to_string();
  auto names = sheet_names_in(unzip_member(*bytes, "xl/workbook.xml"));
  // "Andel kvinnor bland förtroendevalda" cut to 31 characters; ":/[]" are
  // not allowed in a sheet name.
  EXPECT_EQ(names, (std::vector<std::string>{"Andel kvinnor bland förtroendev", "Åtaganden- status-år -2026-"}));
}

TEST(DocumentXlsx, NumbersReadBackAsNumbersAndMissingAsDots) {
  auto bytes = jamt::report::to_xlsx(jamt::testing::sample_report_document());
  ASSERT_TRUE(bytes.ok()) << bytes.error().to_string();
  auto rows = jamt::formats::read_xlsx(*bytes, "rapport.xlsx");
  ASSERT_TRUE(rows.ok()) << rows.error().to_string();
  ASSERT_EQ(rows->size(), 4u);
  const auto& header = (*rows)[0].cells;
  ASSERT_EQ(header.size(), 4u);
  EXPECT_EQ(header[0].text, "Kommun");
  EXPECT_EQ(header[3].text, "Andel kvinnor");
  const auto& kalmar = (*rows)[1].cells;
  EXPECT_EQ(kalmar[0].kind, XlsxValue::Kind::text);
  EXPECT_EQ(kalmar[0].text, "Kalmar");
  EXPECT_EQ(kalmar[1].kind, XlsxValue::Kind::number);
  EXPECT_EQ(kalmar[1].text, "1234");
  EXPECT_EQ(kalmar[3].kind, XlsxValue::Kind::number);
  EXPECT_DOUBLE_EQ(std::stod(kalmar[3].text), 52.8767);  // unrounded: Excel can compute with it
  const auto& borgholm = (*rows)[2].cells;
  EXPECT_EQ(borgholm[1].kind, XlsxValue::Kind::text);
  EXPECT_EQ(borgholm[1].text, "..");
  EXPECT_EQ(borgholm[2].kind, XlsxValue::Kind::number);
  const auto& emmaboda = (*rows)[3].cells;  // a short row is filled with ".."
  ASSERT_EQ(emmaboda.size(), 4u);
  EXPECT_EQ(emmaboda[3].text, "..");
}

TEST(DocumentXlsx, HeadingsAreBoldAndNumbersCarryTheirFormat) {
  auto bytes = jamt::report::to_xlsx(jamt::testing::sample_report_document());
  ASSERT_TRUE(bytes.ok()) << bytes.error().to_string();
  std::string styles = unzip_member(*bytes, "xl/styles.xml");
  EXPECT_NE(styles.find("<b/>"), std::string::npos) << styles;
  EXPECT_NE(styles.find("formatCode=\"#,##0.0&quot; %&quot;\""), std::string::npos) << styles;
  std::string sheet = unzip_member(*bytes, "xl/worksheets/sheet1.xml");
  // The header cell and the share cell are styled; the share is numeric.
  EXPECT_TRUE(std::regex_search(sheet, std::regex(R"(<c r="A1" s="[1-9][0-9]*" t="s">)"))) << sheet;
  EXPECT_TRUE(std::regex_search(sheet, std::regex(R"(<c r="D2" s="[1-9][0-9]*"><v>52.8767</v></c>)"))) << sheet;
}

TEST(DocumentXlsx, ADocumentWithoutTablesGetsOneSheetWithItsTitle) {
  auto document = jamt::testing::sample_report_document();
  document.sections.resize(1);  // "Sammanfattning" has no table
  auto bytes = jamt::report::to_xlsx(document);
  ASSERT_TRUE(bytes.ok()) << bytes.error().to_string();
  EXPECT_EQ(sheet_names_in(unzip_member(*bytes, "xl/workbook.xml")), std::vector<std::string>{"Rapport"});
  auto rows = jamt::formats::read_xlsx(*bytes, "rapport.xlsx");
  ASSERT_TRUE(rows.ok()) << rows.error().to_string();
  ASSERT_FALSE(rows->empty());
  EXPECT_EQ((*rows)[0].cells.at(0).text, "Uppföljning 2026 av Kalmar läns jämställdhetsstrategi");
}

TEST(SheetNames, AreValidUniqueAndAtMost31Characters) {
  auto names = jamt::report::unique_sheet_names({"Indikatorer", "indikatorer", "", "'Citat'", "a/b:c*d?e[f]g\\h",
                                                 std::string(40, 'x'), std::string(40, 'x'), "Mål för året ÅÄÖ åäö 2026 och 2027"});
  EXPECT_EQ(names[0], "Indikatorer");
  EXPECT_EQ(names[1], "indikatorer (2)");  // Excel ignores case
  EXPECT_EQ(names[2], "Tabell 3");
  EXPECT_EQ(names[3], "Citat");
  EXPECT_EQ(names[4], "a-b-c-d-e-f-g-h");
  EXPECT_EQ(names[5], std::string(31, 'x'));
  EXPECT_EQ(names[6], std::string(27, 'x') + " (2)");
  EXPECT_EQ(names[7], "Mål för året ÅÄÖ åäö 2026 och 2");  // 31 characters, more bytes
}
