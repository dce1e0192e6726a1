// The XLSX writer: the file is a workbook Excel can open (a zip with the
// sheet and its shared strings), text stays text — also text that looks
// like a formula — and numbers are numeric cells.
#include <gtest/gtest.h>

#include <regex>

#include "report/formula_guard.hpp"
#include "report/xlsx_table.hpp"
#include "unzip_member.hpp"

using jamt::report::XlsxCell;
using jamt::testing::unzip_member;

TEST(XlsxTable, WritesHeaderTextAndNumbersIntoAWorkbook) {
  auto bytes = jamt::report::xlsx_table("Insatser", {"Titel", "Kvinnor", "Män"},
                                        {{XlsxCell::text("Grundutbildning"), XlsxCell::number(34), XlsxCell::number(9.5)},
                                         {XlsxCell::text("Tom rad"), XlsxCell::empty(), XlsxCell::number(0)}});
  ASSERT_TRUE(bytes.ok()) << bytes.error().to_string();
  ASSERT_GE(bytes->size(), 4u);
  EXPECT_EQ(bytes->substr(0, 4), std::string("PK\x03\x04", 4));  // a zip file
  std::string workbook = unzip_member(*bytes, "xl/workbook.xml");
  EXPECT_NE(workbook.find("name=\"Insatser\""), std::string::npos) << workbook;
  std::string strings = unzip_member(*bytes, "xl/sharedStrings.xml");
  for (const char* s : {"Titel", "Kvinnor", "Män", "Grundutbildning", "Tom rad"})
    EXPECT_NE(strings.find(s), std::string::npos) << s << " in " << strings;
  std::string sheet = unzip_member(*bytes, "xl/worksheets/sheet1.xml");
  // Numbers are numeric cells (no t="s"), the empty cell is left out.
  EXPECT_TRUE(std::regex_search(sheet, std::regex(R"(<c r="B2"[^>]*><v>34</v></c>)"))) << sheet;
  EXPECT_TRUE(std::regex_search(sheet, std::regex(R"(<c r="C2"[^>]*><v>9.5</v></c>)"))) << sheet;
  EXPECT_TRUE(std::regex_search(sheet, std::regex(R"(<c r="C3"[^>]*><v>0</v></c>)"))) << sheet;
  EXPECT_EQ(sheet.find("r=\"B3\""), std::string::npos) << sheet;
  EXPECT_TRUE(std::regex_search(sheet, std::regex(R"(<c r="A2"[^>]*t="s"[^>]*>)"))) << sheet;
}

TEST(XlsxTable, KeepsFormulaLookingAndMarkupTextAsText) {
  auto bytes = jamt::report::xlsx_table(
      "Blad", {"Text"},
      {{XlsxCell::text("=HYPERLINK(\"http://angripare.example\",\"klicka\")")},
       {XlsxCell::text("+1+1")},
       {XlsxCell::text("<script>alert(1)</script> & \"citat\"")}});
  ASSERT_TRUE(bytes.ok());
  std::string sheet = unzip_member(*bytes, "xl/worksheets/sheet1.xml");
  ASSERT_FALSE(sheet.empty());
  EXPECT_EQ(sheet.find("<f>"), std::string::npos) << sheet;
  EXPECT_EQ(sheet.find("<f "), std::string::npos) << sheet;
  std::string strings = unzip_member(*bytes, "xl/sharedStrings.xml");
  // Inside element text quotes need no escaping; <, > and & do.
  EXPECT_NE(strings.find("<t>=HYPERLINK(\"http://angripare.example\",\"klicka\")</t>"), std::string::npos) << strings;
  EXPECT_NE(strings.find("+1+1"), std::string::npos);
  EXPECT_NE(strings.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp;"), std::string::npos) << strings;
  EXPECT_EQ(strings.find("<script>"), std::string::npos);
}

TEST(XlsxTable, RefusesASheetNameExcelCannotHold) {
  EXPECT_FALSE(jamt::report::xlsx_table("Insatser/2026", {"A"}, {}).ok());
  EXPECT_FALSE(jamt::report::xlsx_table(std::string(32, 'x'), {"A"}, {}).ok());
  EXPECT_FALSE(jamt::report::xlsx_table("", {"A"}, {}).ok());
}

TEST(FormulaGuard, PutsAnApostropheBeforeTextASpreadsheetWouldRun) {
  using jamt::report::formula_safe;
  EXPECT_EQ(formula_safe("=1+1"), "'=1+1");
  EXPECT_EQ(formula_safe("+46 480 123"), "'+46 480 123");
  EXPECT_EQ(formula_safe("-2"), "'-2");
  EXPECT_EQ(formula_safe("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(formula_safe("\t=1"), "'\t=1");
  EXPECT_EQ(formula_safe("Kalmar = bra"), "Kalmar = bra");
  EXPECT_EQ(formula_safe(""), "");
}
