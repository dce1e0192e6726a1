// The Kolada DDF CSV reader: real rows from open-numbers/ddf--kolada--dump
// (the first lines of kolada-N00957-ohalsotal-{kon,totalt}.csv in
// ../shared/testdata/real/kolada-ddf/) and the errors a user would see.
#include <gtest/gtest.h>

#include <cmath>

#include "formats/kolada/kolada_ddf.hpp"

using namespace jamt;
using formats::KoladaDdfFile;
using formats::KoladaDdfOptions;

namespace {

KoladaDdfOptions ohalsotal() {
  return KoladaDdfOptions{.id = "N00957",
                          .value_column = "n00957",
                          .title = "Ohälsotal, dagar (Kolada N00957)",
                          .unit = "dagar",
                          .source = "Kolada (RKA)",
                          .decimals = 1};
}

// The cell of geo g, gender k, year y in a geo × gender × year cube.
double at(const stats::Dataset& ds, std::size_t g, std::size_t k, std::size_t y) {
  std::size_t ng = ds.dimensions[1].categories.size(), ny = ds.dimensions[2].categories.size();
  return ds.values[(g * ng + k) * ny + y];
}

const std::string kKon = "geo,gender,year,n00957\r\n0,k,2001,48.4\r\n0,m,2001,33.1\r\n08,k,2001,52.5\r\n";
const std::string kTotalt = "geo,year,n00957\r\n0,2001,40.7\r\n08,2001,45\r\n";

}  // namespace

TEST(KoladaDdf, ReadsWomenMenAndTheTotalIntoOneCube) {
  auto ds = formats::read_kolada_ddf({{.name = "kon.csv", .bytes = kKon}, {.name = "totalt.csv", .bytes = kTotalt}},
                                     ohalsotal());
  ASSERT_TRUE(ds) << ds.error().to_string();
  EXPECT_EQ(ds->id, "N00957");
  EXPECT_EQ(ds->title, "Ohälsotal, dagar (Kolada N00957)");
  EXPECT_EQ(ds->unit, "dagar");
  ASSERT_EQ(ds->dimensions.size(), 3u);
  EXPECT_EQ(ds->dimensions[0].role, stats::DimensionRole::geo);
  ASSERT_EQ(ds->dimensions[0].categories.size(), 2u);
  EXPECT_EQ(ds->dimensions[0].categories[1].code, "08");
  ASSERT_EQ(ds->dimensions[1].categories.size(), 3u);
  EXPECT_EQ(ds->dimensions[1].categories[0].code, "K");
  EXPECT_EQ(ds->dimensions[1].categories[0].label, "Kvinnor");
  EXPECT_EQ(ds->dimensions[1].categories[2].label, "Totalt");
  EXPECT_EQ(ds->dimensions[2].role, stats::DimensionRole::time);
  EXPECT_DOUBLE_EQ(at(*ds, 0, 0, 0), 48.4);  // Riket, kvinnor 2001
  EXPECT_DOUBLE_EQ(at(*ds, 0, 1, 0), 33.1);  // Riket, män
  EXPECT_DOUBLE_EQ(at(*ds, 0, 2, 0), 40.7);  // Riket, totalt
  EXPECT_DOUBLE_EQ(at(*ds, 1, 2, 0), 45.0);  // Kalmar län, totalt
  // Kalmar län, män 2001 has no row: status "..", one warning.
  EXPECT_TRUE(std::isnan(at(*ds, 1, 1, 0)));
  EXPECT_EQ(ds->status.at((1 * 3 + 1) * 1 + 0), "..");
  ASSERT_EQ(ds->warnings.size(), 1u);
  EXPECT_NE(ds->warnings[0].message.find("1 of 6 combinations"), std::string::npos);
}

TEST(KoladaDdf, TwoOneSexKpisBecomeWomenAndMenOfOneMeasure) {
  auto ds = formats::read_kolada_ddf({{.name = "N00925.csv", .bytes = "geo,year,n00925\n08,2022,84.1\n", .gender = "K",
                                       .own_value_column = "n00925"},
                                      {.name = "N00923.csv", .bytes = "geo,year,n00923\n08,2022,80.6\n", .gender = "M",
                                       .own_value_column = "n00923"}},
                                     {.id = "N00925.N00923", .value_column = "", .title = "Medellivslängd", .unit = "år",
                                      .source = "Kolada (RKA)", .decimals = 1});
  ASSERT_TRUE(ds) << ds.error().to_string();
  ASSERT_EQ(ds->dimensions[1].categories.size(), 2u);
  EXPECT_DOUBLE_EQ(at(*ds, 0, 0, 0), 84.1);
  EXPECT_DOUBLE_EQ(at(*ds, 0, 1, 0), 80.6);
}

TEST(KoladaDdf, ErrorsNameFileLineAndColumn) {
  struct Case {
    std::string bytes, where, message;
  };
  for (const Case& c : std::vector<Case>{
           {"geo,gender,year,n00957\r\n0,k,2001,48.4\r\n0,x,2001,33.1\r\n", "f.csv:3",
            "column \"gender\": \"x\" is not a Kolada DDF gender (k or m)"},
           {"geo,gender,year,n00957\n0,k,2001,4,5\n", "f.csv:2", "5 fields, the header has 4"},
           {"geo,gender,year,n00957\n0,k,2001,4 5\n", "f.csv:2", "column \"n00957\": \"4 5\" is not a number"},
           {"geo,gender,year,n00957\n0,k,20x1,4\n", "f.csv:2", "column \"year\": \"20x1\" is not a year"},
           {"geo,gender,year,n00957\n123,k,2001,4\n", "f.csv:2",
            "column \"geo\": \"123\" is not a Kolada DDF area (0, a two-digit county or a four-digit municipality)"},
           {"geo,gender,year,n00957\n0,k,2001,4\n0,k,2001,5\n", "f.csv:3",
            "duplicate row: geo \"0\", gender K, year 2001 is also on f.csv:2"},
           {"region,year,n00957\n", "f.csv:1",
            "header \"region,year,n00957\" is not \"geo,year,n00957\" (or geo,gender,year,n00957)"},
       }) {
    auto ds = formats::read_kolada_ddf({{.name = "f.csv", .bytes = c.bytes}}, ohalsotal());
    ASSERT_FALSE(ds) << c.bytes;
    EXPECT_EQ(ds.error().where, c.where) << c.bytes;
    EXPECT_EQ(ds.error().message, c.message) << c.bytes;
    EXPECT_EQ(ds.error().code, ErrorKind::validation);
  }
}
