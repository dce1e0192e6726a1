#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

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

// A table whose CSV is several megabytes, with a metric dimension in the
// middle giving each content its decimals and statuses here and there.
static stats::Dataset large_table() {
  stats::Dataset d;
  d.decimals = 0;
  stats::Dimension region{.id = "Region", .label = "region", .role = stats::DimensionRole::geo};
  for (int r = 0; r < 300; ++r) region.categories.push_back({std::to_string(1000 + r), "Kommun \"" + std::to_string(r) + "\""});
  stats::Dimension content{.id = "ContentsCode", .label = "tabellinnehåll", .role = stats::DimensionRole::metric,
                           .categories = {{"A", "antal"}, {"B", "andel"}}};
  content.content["B"].decimals = 2;
  stats::Dimension year{.id = "Tid", .label = "år", .role = stats::DimensionRole::time};
  for (int y = 0; y < 400; ++y) year.categories.push_back({std::to_string(1700 + y), std::to_string(1700 + y)});
  d.dimensions = {region, content, year};
  d.values.resize(d.cell_count());
  for (std::size_t i = 0; i < d.values.size(); ++i) d.values[i] = static_cast<double>(i % 977) * 1.005 - 3;
  for (std::size_t i = 5; i < d.values.size(); i += 1001) {
    d.values[i] = std::nan("");
    d.status[i] = i % 2 ? ".." : "-";
  }
  return d;
}

TEST(CsvWriter, TheStreamedTextIsTheWholeTextInPieces) {
  stats::Dataset d = large_table();
  std::ostringstream streamed;
  ASSERT_TRUE(formats::write_csv(d, streamed));
  std::string whole = formats::write_csv(d);
  EXPECT_GT(whole.size(), 4u << 20);  // several pieces
  EXPECT_EQ(streamed.str(), whole);
  // Spot checks: a metric category with its own decimals, a status, a quoted label.
  EXPECT_NE(whole.find("\r\n\"Kommun \"\"0\"\"\";andel;1700;"), std::string::npos);
  EXPECT_NE(whole.find("\"Kommun \"\"0\"\"\";antal;1705;..\r\n"), std::string::npos);
  EXPECT_NE(whole.find("\"Kommun \"\"0\"\"\";antal;1701;-2\r\n"), std::string::npos);     // 1,005 − 3 = −1,995 → −2
  EXPECT_NE(whole.find("\"Kommun \"\"0\"\"\";andel;1700;399,00\r\n"), std::string::npos);  // cell 400: 400·1,005 − 3
}

TEST(CsvWriter, ATableWithoutDimensionsIsOneValue) {
  stats::Dataset d;
  d.values = {41.6};
  std::ostringstream streamed;
  ASSERT_TRUE(formats::write_csv(d, streamed));
  EXPECT_EQ(streamed.str(), "\xEF\xBB\xBF" "värde\r\n42\r\n");
}

TEST(CsvWriter, AFailedStreamIsReported) {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  EXPECT_FALSE(formats::write_csv(large_table(), out));
}
