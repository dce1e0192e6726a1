#include <gtest/gtest.h>

#include <cmath>

#include "formats/csv/csv_writer.hpp"

using namespace jamt;

TEST(CsvWriter, WritesOneRowPerCellForSwedishExcel) {
  stats::Dataset d;
  d.decimals = 1;
  d.dimensions = {{"Region", "region", stats::DimensionRole::geo, {{"08", "Kalmar län"}, {"0880", "Kalmar; stad"}}},
                  {"Kon", "kön", stats::DimensionRole::other, {{"1", "män"}, {"2", "kvinnor"}}}};
  d.values = {1234.56, -0.01, std::nan(""), 7};
  d.status[2] = "..";
  EXPECT_EQ(formats::write_csv(d),
            "\xEF\xBB\xBF" "region;kön;värde\r\n"
            "Kalmar län;män;1234,6\r\n"
            "Kalmar län;kvinnor;0,0\r\n"
            "\"Kalmar; stad\";män;..\r\n"
            "\"Kalmar; stad\";kvinnor;7,0\r\n");
}
