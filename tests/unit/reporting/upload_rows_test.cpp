// Reading an uploaded file into rows: CSV as Excel saves it (byte order
// mark, ";", CRLF, quotes) or as an older Excel saves it (Windows-1252),
// XLSX recognised by its bytes, row numbers as Excel shows them, and the
// texts of problems as the upload lists them.
#include <gtest/gtest.h>

#include "report/xlsx_table.hpp"
#include "service/reporting/upload.hpp"

namespace {

using jamt::service::detect_upload_format;
using jamt::service::read_upload_rows;
using jamt::service::UploadFormat;
using jamt::service::UploadProblem;

TEST(UploadRows, CsvFromExcelWithByteOrderMarkSemicolonsAndQuotes) {
  auto rows = read_upload_rows("\xEF\xBB\xBForganisation_id;E1.women;comment\r\n17;12,5;\"Två; tre\"\r\n\r\n18;;\r\n",
                               UploadFormat::csv, "rapport.csv");
  ASSERT_TRUE(rows.ok()) << rows.error().to_string();
  ASSERT_GE(rows->size(), 3u);
  EXPECT_EQ((*rows)[0].cells, (std::vector<std::string>{"organisation_id", "E1.women", "comment"}));
  EXPECT_EQ((*rows)[1].number, 2u);
  EXPECT_EQ((*rows)[1].cells, (std::vector<std::string>{"17", "12,5", "Två; tre"}));
  EXPECT_EQ(rows->back().cells[0], "18");
}

TEST(UploadRows, WindowsCodePageAndCommas) {
  // "Växjö" in Windows-1252, separated by commas.
  auto rows = read_upload_rows("organisation_id,organisation\n7,V\xE4xj\xF6\n", UploadFormat::csv, "rapport.csv");
  ASSERT_TRUE(rows.ok()) << rows.error().to_string();
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[1].cells[1], "Växjö");
}

TEST(UploadRows, XlsxIsRecognisedByItsBytesAndKeepsExcelRowNumbers) {
  using jamt::report::XlsxCell;
  auto bytes = jamt::report::xlsx_table("2025Q2", {"organisation_id", "E1.women"},
                                        {{XlsxCell::text("Organisationens id")}, {XlsxCell::number(17), XlsxCell::number(3)}});
  ASSERT_TRUE(bytes.ok());
  EXPECT_EQ(detect_upload_format(*bytes), UploadFormat::xlsx);
  EXPECT_EQ(detect_upload_format("organisation_id;E1.women\r\n"), UploadFormat::csv);
  auto rows = read_upload_rows(*bytes, UploadFormat::xlsx, "rapport.xlsx");
  ASSERT_TRUE(rows.ok()) << rows.error().to_string();
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_EQ((*rows)[2].number, 3u);
  EXPECT_EQ((*rows)[2].cells, (std::vector<std::string>{"17", "3"}));
}

TEST(UploadRows, ACsvFileIsNotTakenForAWorkbook) {
  auto rows = read_upload_rows("organisation_id;E1.women\r\n17;3\r\n", UploadFormat::xlsx, "rapport.xlsx");
  ASSERT_FALSE(rows.ok());
  EXPECT_NE(rows.error().message.find("ingen XLSX-fil"), std::string::npos) << rows.error().message;
}

TEST(UploadProblems, NameRowAndColumn) {
  EXPECT_EQ((UploadProblem{.row = 4, .column = "E2.men", .message = "\"tolv\" är inte ett heltal."}).text(),
            "rad 4, kolumn E2.men: \"tolv\" är inte ett heltal.");
  EXPECT_EQ((UploadProblem{.row = 5, .column = "", .message = "Rapporten är godkänd och låst."}).text(),
            "rad 5: Rapporten är godkänd och låst.");
  EXPECT_EQ((UploadProblem{.row = 0, .column = "", .message = "Filen är tom."}).text(), "Filen är tom.");
}

}  // namespace
