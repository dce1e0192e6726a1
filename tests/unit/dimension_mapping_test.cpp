#include <gtest/gtest.h>

#include "domain/statistics/dimension_mapping.hpp"

using namespace jamt::stats;

TEST(MapRegion, ByCodeCodeAndNameOrName) {
  EXPECT_EQ(map_region({"08", "Kalmar län"}), "08");
  EXPECT_EQ(map_region({"0880", "Kalmar"}), "0880");
  EXPECT_EQ(map_region({"08 Kalmar county", "08 Kalmar county"}), "08");
  EXPECT_EQ(map_region({"Kalmar län", "Kalmar län"}), "08");
  EXPECT_EQ(map_region({"x", "Kalmar county"}), "08");
  EXPECT_EQ(map_region({"Kalmar", "Kalmar"}), "0880");  // the municipality, not the county
  EXPECT_EQ(map_region({"00", "Riket"}), "00");
  EXPECT_EQ(map_region({"SE", "Sweden"}), "00");
  EXPECT_EQ(map_region({"0", "Hela riket"}), "00");
  EXPECT_EQ(map_region({"ÖREBRO LÄN", "ÖREBRO LÄN"}), "18");
  EXPECT_EQ(map_region({"1880 Örebro", ""}), "1880");
  EXPECT_EQ(map_region({"1917", "1917 Heby"}), "0331");  // moved to Uppsala län in 2007
  EXPECT_FALSE(map_region({"99", "Atlantis"}).has_value());
  EXPECT_FALSE(map_region({"0999", ""}).has_value());
}

TEST(MapSex, ScbCodesKoladaLettersAndLabels) {
  EXPECT_EQ(map_sex({"1", "män"}), Sex::men);
  EXPECT_EQ(map_sex({"2", "kvinnor"}), Sex::women);
  EXPECT_EQ(map_sex({"1+2", "totalt"}), Sex::total);
  EXPECT_EQ(map_sex({"TotSa", "totalt, samtliga män och kvinnor"}), Sex::total);  // SCB PxWebApi 2, TAB6471
  EXPECT_EQ(map_sex({"K", ""}), Sex::women);
  EXPECT_EQ(map_sex({"M", ""}), Sex::men);
  EXPECT_EQ(map_sex({"T", ""}), Sex::total);
  EXPECT_EQ(map_sex({"x", "Män och kvinnor"}), Sex::total);
  EXPECT_EQ(map_sex({"x", "Women"}), Sex::women);
  EXPECT_EQ(map_sex({"x", "MÄN"}), Sex::men);
  EXPECT_FALSE(map_sex({"3", "okänt"}).has_value());
}

TEST(MapPeriod, YearsQuartersMonths) {
  EXPECT_EQ(map_period({"2024", "2024"}), "2024");
  EXPECT_EQ(map_period({"2024K1", ""}), "2024Q1");
  EXPECT_EQ(map_period({"2024Q4", ""}), "2024Q4");
  EXPECT_EQ(map_period({"2024M03", ""}), "2024M03");
  EXPECT_EQ(map_period({"2024M3", ""}), "2024M03");
  EXPECT_EQ(map_period({"2024-03", ""}, "M1"), "2024M03");
  EXPECT_EQ(map_period({"20243", ""}, "Q1"), "2024Q3");
  EXPECT_EQ(map_period({"20245", ""}, "Q1"), std::nullopt);
  EXPECT_EQ(map_period({"2024", ""}, "Q1"), std::nullopt);
  EXPECT_EQ(map_period({"20241", ""}, "Q1"), "2024Q1");
  EXPECT_EQ(map_period({"2024H2", ""}), "2024H2");
  EXPECT_FALSE(map_period({"2024K5", ""}).has_value());
  EXPECT_FALSE(map_period({"okänt", "okänt"}).has_value());
}

TEST(FindDimensionParts, ByRoleIdOrLabel) {
  Dataset d;
  d.dimensions = {{"Region", "region", DimensionRole::other, {}},
                  {"Kon", "kön", DimensionRole::other, {}},
                  {"Alder", "ålder", DimensionRole::other, {}},
                  {"ContentsCode", "tabellinnehåll", DimensionRole::metric, {}},
                  {"Tid", "år", DimensionRole::time, {}}};
  auto p = find_dimension_parts(d);
  EXPECT_EQ(p.region, 0);
  EXPECT_EQ(p.sex, 1);
  EXPECT_EQ(p.metric, 3);
  EXPECT_EQ(p.time, 4);
}
