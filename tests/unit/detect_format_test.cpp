#include <gtest/gtest.h>

#include "formats/detect.hpp"

using namespace jamt::formats;

TEST(DetectFormat, FromTheFirstBytes) {
  EXPECT_EQ(detect_format("CHARSET=\"ANSI\";\r\nAXIS-VERSION=\"2010\";"), StatisticsFormat::px);
  EXPECT_EQ(detect_format("\xEF\xBB\xBFMATRIX=\"BE0101\";\n"), StatisticsFormat::px);
  EXPECT_EQ(detect_format("  {\"version\":\"2.0\",\"class\":\"dataset\"}"), StatisticsFormat::jsonstat);
  EXPECT_EQ(detect_format("{\"values\":[{\"kpi\":\"N00945\"}]}"), StatisticsFormat::kolada);
  EXPECT_EQ(detect_format("Region;Kön;År;Värde\n0880;1;2024;12\n"), StatisticsFormat::csv);
  EXPECT_EQ(detect_format(""), StatisticsFormat::csv);
  EXPECT_EQ(parse_format_name("json-stat"), StatisticsFormat::jsonstat);
  EXPECT_FALSE(parse_format_name("xlsx").has_value());
}
