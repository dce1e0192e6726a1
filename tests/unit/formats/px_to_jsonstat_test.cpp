// `jamt convert` keeps the numbers: every readable Statistics Sweden PX test
// file, written as JSON-stat and read back, has the same dimensions, values
// and status symbols as the PX file.
#include <gtest/gtest.h>
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY

#include <cmath>
#include <filesystem>

#include "formats/jsonstat/jsonstat.hpp"
#include "formats/px/px_reader.hpp"

using namespace jamt;
namespace fs = std::filesystem;

TEST(PxToJsonstat, ValuesAndSymbolsAreThePxValues) {
  int converted = 0;
  std::uint64_t cells = 0;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(JAMT_TEST_DATA) / "px")) {
    if (e.path().extension() != ".px" || e.path().string().find("/error/") != std::string::npos) continue;
    auto px = formats::read_px_file(e.path().string());
    if (!px) continue;  // files that are refused are checked by the PX tests
    auto back = formats::read_jsonstat(formats::write_jsonstat(*px), "converted.json");
    ASSERT_TRUE(back.ok()) << e.path() << ": " << back.error().to_string();
    ASSERT_EQ(back->size(), 1u);
    const stats::Dataset& js = back->front();
    ASSERT_EQ(js.dimensions.size(), px->dimensions.size()) << e.path();
    for (std::size_t d = 0; d < js.dimensions.size(); ++d) {
      ASSERT_EQ(js.dimensions[d].categories.size(), px->dimensions[d].categories.size()) << e.path();
      for (std::size_t c = 0; c < js.dimensions[d].categories.size(); ++c)
        EXPECT_EQ(js.dimensions[d].categories[c].code, px->dimensions[d].categories[c].code) << e.path();
    }
    ASSERT_EQ(js.values.size(), px->values.size()) << e.path();
    for (std::size_t i = 0; i < px->values.size(); ++i) {
      if (std::isnan(px->values[i])) {
        EXPECT_TRUE(std::isnan(js.values[i])) << e.path() << " cell " << i;
      } else {
        EXPECT_DOUBLE_EQ(js.values[i], px->values[i]) << e.path() << " cell " << i;
      }
    }
    for (const auto& [cell, symbol] : px->status) {
      auto it = js.status.find(cell);
      ASSERT_NE(it, js.status.end()) << e.path() << " cell " << cell;
      EXPECT_EQ(it->second, symbol) << e.path() << " cell " << cell;
    }
    ++converted;
    cells += px->values.size();
  }
  EXPECT_GE(converted, 55);
  EXPECT_GE(cells, 100000u);
}
