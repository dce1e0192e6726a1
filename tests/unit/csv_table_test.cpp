// Every CSV export is written by report::CsvTable: text that a spreadsheet
// would run as a formula gets an apostrophe, numbers stay numbers.
#include <gtest/gtest.h>

#include "report/csv_table.hpp"

using namespace jamt::report;

TEST(CsvTable, TextStartingAsAFormulaGetsAnApostrophe) {
  CsvTable t({"Namn", "Värde"});
  t.add_row({"=cmd|' /C calc'!A0", "1"});
  t.add_row({"+46 480 123 45", "2"});
  t.add_row({"-2+3", "3"});
  t.add_row({"@SUM(A1:A2)", "4"});
  t.add_row({"Kalmar = bäst", "5"});
  EXPECT_EQ(t.str(),
            "\xEF\xBB\xBF"
            "Namn;Värde\r\n"
            "'=cmd|' /C calc'!A0;1\r\n"
            "'+46 480 123 45;2\r\n"
            "'-2+3;3\r\n"
            "'@SUM(A1:A2);4\r\n"
            "Kalmar = bäst;5\r\n");
}

TEST(CsvTable, NegativeNumbersStayNumbers) {
  CsvTable t({"Kvinnor", "Män", "Förändring"});
  t.add_row({csv_number(-12.0, 0), csv_number(-0.25, 1), "-3.5"});
  t.add_row({"-", "-x", "--1"});
  EXPECT_EQ(t.str(),
            "\xEF\xBB\xBF"
            "Kvinnor;Män;Förändring\r\n"
            "-12;-0,3;-3.5\r\n"
            "'-;'-x;'--1\r\n");
}

TEST(CsvTable, GuardedTextIsStillQuotedWhenItNeedsIt) {
  CsvTable t({"Namn"});
  t.add_row({"=HYPERLINK(\"http://x.example\";\"Klicka\")"});
  EXPECT_EQ(t.str(), "\xEF\xBB\xBF" "Namn\r\n\"'=HYPERLINK(\"\"http://x.example\"\";\"\"Klicka\"\")\"\r\n");
}
