// The XLSX reader: a workbook written by Jämt's own writer (libxlsxwriter)
// and one written by hand by another program (tests/data/xlsx/
// handwritten.xlsx, made by make_handwritten.py beside it) read back cell by
// cell; broken files are refused with a message saying what is wrong.
#include <gtest/gtest.h>
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY

#include <fstream>
#include <sstream>

#include "formats/xlsx/xlsx_reader.hpp"
#include "report/xlsx_table.hpp"

namespace {

using jamt::formats::read_xlsx;
using jamt::formats::XlsxRow;
using jamt::formats::XlsxValue;
using jamt::report::XlsxCell;
using Kind = XlsxValue::Kind;

std::string file(const std::string& path) {
  std::string full = JAMT_TEST_DATA;
  full.append("/").append(path);
  std::ifstream in(full, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The text of the cell in row index `r`, column index `c` ("" when missing).
std::string text(const std::vector<XlsxRow>& rows, std::size_t r, std::size_t c) {
  if (r >= rows.size() || c >= rows[r].cells.size()) return "";
  return rows[r].cells[c].text;
}

TEST(XlsxReader, ReadsAWorkbookWrittenByJamtsOwnWriter) {
  auto bytes = jamt::report::xlsx_table(
      "2025Q2", {"organisation_id", "organisation", "E1.women", "E1.men"},
      {{XlsxCell::text("Organisationens id"), XlsxCell::text("Organisation"), XlsxCell::text("Utsatta – kvinnor"),
        XlsxCell::text("Utsatta – män")},
       {XlsxCell::number(17), XlsxCell::text("Kalmar kommun"), XlsxCell::number(12), XlsxCell::empty()},
       {XlsxCell::number(18), XlsxCell::text("=1+1"), XlsxCell::empty(), XlsxCell::number(2.5)}});
  ASSERT_TRUE(bytes.ok()) << bytes.error().to_string();
  auto rows = read_xlsx(*bytes, "mall.xlsx");
  ASSERT_TRUE(rows.ok()) << rows.error().to_string();
  ASSERT_EQ(rows->size(), 4u);
  EXPECT_EQ((*rows)[0].number, 1u);
  EXPECT_EQ(text(*rows, 0, 0), "organisation_id");
  EXPECT_EQ(text(*rows, 0, 3), "E1.men");
  EXPECT_EQ(text(*rows, 1, 2), "Utsatta – kvinnor");
  EXPECT_EQ((*rows)[2].number, 3u);
  EXPECT_EQ((*rows)[2].cells[0].kind, Kind::number);
  EXPECT_EQ(text(*rows, 2, 0), "17");
  EXPECT_EQ(text(*rows, 2, 1), "Kalmar kommun");
  EXPECT_EQ((*rows)[2].cells[1].kind, Kind::text);
  EXPECT_EQ(text(*rows, 2, 2), "12");
  EXPECT_EQ(text(*rows, 2, 3), "");  // the empty cell is missing in the file
  EXPECT_EQ(text(*rows, 3, 1), "=1+1");  // text stays text
  EXPECT_EQ((*rows)[3].cells[2].kind, Kind::empty);
  EXPECT_EQ(text(*rows, 3, 3), "2.5");
}

TEST(XlsxReader, ReadsAWorkbookWrittenByAnotherProgram) {
  auto rows = read_xlsx(file("xlsx/handwritten.xlsx"), "handwritten.xlsx");
  ASSERT_TRUE(rows.ok()) << rows.error().to_string();
  // Rows 1, 2, 3 and 6: row 4 has only an empty styled cell, row 5 none.
  ASSERT_EQ(rows->size(), 4u);
  EXPECT_EQ((*rows)[0].number, 1u);
  EXPECT_EQ(text(*rows, 0, 0), "organisation_id");  // shared string
  EXPECT_EQ(text(*rows, 0, 1), "E1.women");
  EXPECT_EQ(text(*rows, 0, 2), "E1.men");  // inline string
  EXPECT_EQ(text(*rows, 1, 0), "17");
  EXPECT_EQ(text(*rows, 1, 2), "6");  // a formula's cached value
  EXPECT_EQ((*rows)[1].cells[2].kind, Kind::number);
  EXPECT_EQ(text(*rows, 1, 3), "Kalmar kommun");  // rich-text runs joined, the phonetic reading left out
  // The row without "r" follows row 2; its cells without "r" are A and B; C is missing.
  EXPECT_EQ((*rows)[2].number, 3u);
  EXPECT_EQ(text(*rows, 2, 0), "18");
  EXPECT_EQ(text(*rows, 2, 1), "tolv");
  EXPECT_EQ((*rows)[2].cells[1].kind, Kind::text);
  EXPECT_EQ((*rows)[2].cells[2].kind, Kind::empty);
  EXPECT_EQ(text(*rows, 2, 3), " Åsa & Örjan ");
  EXPECT_EQ((*rows)[3].number, 6u);
  EXPECT_EQ((*rows)[3].cells[0].kind, Kind::empty);
  EXPECT_EQ(text(*rows, 3, 1), "2.5");
  EXPECT_EQ(text(*rows, 3, 4), "1");  // a boolean
  // Only the first sheet ("Rapport", stored as data.xml) is read.
  for (const auto& r : *rows)
    for (const auto& c : r.cells) EXPECT_NE(c.text, "fel blad");
}

TEST(XlsxReader, RefusesWhatIsNotAWorkbook) {
  auto csv = read_xlsx("organisation_id;E1.women\n17;12\n", "rapport.xlsx");
  ASSERT_FALSE(csv.ok());
  EXPECT_EQ(csv.error().where, "rapport.xlsx");
  EXPECT_NE(csv.error().message.find("ingen XLSX-fil"), std::string::npos) << csv.error().message;
  EXPECT_FALSE(read_xlsx("", "tom.xlsx").ok());
  // A zip without a workbook (the first bytes of a real one, cut short, are no zip either).
  std::string whole = file("xlsx/handwritten.xlsx");
  EXPECT_FALSE(read_xlsx(whole.substr(0, whole.size() / 2), "halv.xlsx").ok());
}

TEST(XlsxReader, RefusesBrokenSheetsSayingWhere) {
  auto broken = read_xlsx(file("xlsx/broken_xml.xlsx"), "broken.xlsx");
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.error().message.rfind("xl/worksheets/data.xml rad 2: XML-filen är trasig", 0), 0u)
      << broken.error().message;
  auto shared = read_xlsx(file("xlsx/bad_shared_string.xlsx"), "shared.xlsx");
  ASSERT_FALSE(shared.ok());
  EXPECT_EQ(shared.error().message, "Cell B2 pekar på en delad text som inte finns (99).");
  auto reference = read_xlsx(file("xlsx/bad_reference.xlsx"), "ref.xlsx");
  ASSERT_FALSE(reference.ok());
  EXPECT_EQ(reference.error().message, "Bladet har en cellreferens som inte är en: \"1A\" (rad 1).");
}

TEST(XlsxColumns, LettersAndNumbers) {
  EXPECT_EQ(jamt::formats::xlsx_column("A1"), 1u);
  EXPECT_EQ(jamt::formats::xlsx_column("Z9"), 26u);
  EXPECT_EQ(jamt::formats::xlsx_column("AB7"), 28u);
  EXPECT_EQ(jamt::formats::xlsx_column("XFD1048576"), 16384u);
  EXPECT_EQ(jamt::formats::xlsx_column("XFE1"), 0u);
  EXPECT_EQ(jamt::formats::xlsx_column("ABCD1"), 0u);
  EXPECT_EQ(jamt::formats::xlsx_column("17"), 0u);
  EXPECT_EQ(jamt::formats::xlsx_column_name(1), "A");
  EXPECT_EQ(jamt::formats::xlsx_column_name(28), "AB");
  EXPECT_EQ(jamt::formats::xlsx_column_name(16384), "XFD");
}

}  // namespace
