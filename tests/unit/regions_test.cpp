#include <gtest/gtest.h>

#include "domain/regions.hpp"

using namespace jamt;

TEST(Regions, HasTheNationTwentyOneCountiesAndTwoHundredNinetyMunicipalities) {
  const auto& c = RegionCatalogue::instance();
  EXPECT_EQ(c.at_level(RegionLevel::nation).size(), 1u);
  EXPECT_EQ(c.at_level(RegionLevel::county).size(), 21u);
  EXPECT_EQ(c.at_level(RegionLevel::municipality).size(), 290u);
}

TEST(Regions, FindsByOfficialCodeWithNamesAndParents) {
  const auto& c = RegionCatalogue::instance();
  ASSERT_NE(c.find("00"), nullptr);
  EXPECT_EQ(c.find("00")->name, "Riket");
  ASSERT_NE(c.find("08"), nullptr);
  EXPECT_EQ(c.find("08")->name, "Kalmar län");
  EXPECT_EQ(c.find("08")->parent, "00");
  ASSERT_NE(c.find("0880"), nullptr);
  EXPECT_EQ(c.find("0880")->name, "Kalmar");
  EXPECT_EQ(c.find("0880")->parent, "08");
  EXPECT_EQ(c.find("0180")->name, "Stockholm");
  EXPECT_EQ(c.find("2584")->name, "Kiruna");
  EXPECT_EQ(c.find("99"), nullptr);
  EXPECT_EQ(c.find_county("0880"), nullptr);
  EXPECT_NE(c.find_county("25"), nullptr);
}

TEST(Regions, RejectsMalformedReferenceData) {
  EXPECT_THROW(RegionCatalogue("municipality_code,municipality_name,county_code,county_name\n0880,Kalmar,09,X\n"),
               std::runtime_error);
}

TEST(Regions, LevelNamesRoundTrip) {
  for (auto l : {RegionLevel::nation, RegionLevel::county, RegionLevel::municipality})
    EXPECT_EQ(parse_region_level(to_string(l)), l);
  EXPECT_FALSE(parse_region_level("kommun").has_value());
}
