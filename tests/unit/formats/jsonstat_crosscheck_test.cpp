// Cross-checks against other implementations' outputs kept with the samples:
//  - the R package jsonstat (cran+jsonstat): its input galicia.json, its
//    JSON-stat output galicia_jsonstat.json, the rjstat output
//    galicia_rjstat.json, the collection it wrote and its table galicia.csv
//    must all hold the same 3960 cells;
//  - the JavaScript toolkit's toTable() output (26fe+jsonstat.py
//    output_from_nodejs/*.csv) for oecd-canada.json and a Eurostat response.
// Cells are matched by category codes or labels, not by position, so the
// orderings may differ.
#include <gtest/gtest.h>
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY

#include <cmath>
#include <filesystem>
#include <map>

#include "dataset_testing.hpp"
#include "formats/csv/csv.hpp"
#include "formats/jsonstat/jsonstat.hpp"

using namespace jamt;
namespace fs = std::filesystem;

namespace {

const fs::path kSamples = fs::path(JAMT_TEST_DATA) / "jsonstat";

struct Cell {
  double value;
  std::string status;
};
using CellMap = std::map<std::vector<std::string>, Cell>;

// Every cell keyed by its categories' codes (or labels), with `rename`
// applied to them.
CellMap cells_of(const stats::Dataset& d, bool by_label, const std::map<std::string, std::string>& rename = {}) {
  CellMap out;
  const std::uint64_t n = d.cell_count();
  for (std::uint64_t cell = 0; cell < n; ++cell) {
    std::vector<std::string> key(d.dimensions.size());
    std::uint64_t rest = cell;
    for (std::size_t k = d.dimensions.size(); k-- > 0;) {
      const auto& cats = d.dimensions[k].categories;
      const auto& c = cats[rest % cats.size()];
      rest /= cats.size();
      std::string name = by_label ? c.label : c.code;
      auto r = rename.find(name);
      key[k] = r == rename.end() ? name : r->second;
    }
    auto s = d.status.find(cell);
    out[key] = {d.values[cell], s == d.status.end() ? "" : s->second};
  }
  return out;
}

// "" when both maps hold the same cells (NaN equals NaN); with `with_status`
// the status symbols must match too.
std::string compare(const CellMap& a, const CellMap& b, bool with_status) {
  if (a.size() != b.size()) return "cell counts " + std::to_string(a.size()) + " and " + std::to_string(b.size());
  for (const auto& [key, x] : a) {
    auto it = b.find(key);
    std::string name;
    for (const auto& k : key) name += k + "|";
    if (it == b.end()) return "no cell " + name;
    const Cell& y = it->second;
    bool same = (std::isnan(x.value) && std::isnan(y.value)) || std::fabs(x.value - y.value) <= 1e-9 * std::fabs(x.value);
    if (!same) return "cell " + name + " " + std::to_string(x.value) + " vs " + std::to_string(y.value);
    if (with_status && x.status != y.status) return "cell " + name + " status " + x.status + " vs " + y.status;
  }
  return "";
}

stats::Dataset read_json(const std::string& relative, std::size_t index = 0) {
  auto r = formats::read_jsonstat(test_support::slurp((kSamples / relative).string()), relative);
  EXPECT_TRUE(r.ok()) << relative << ": " << (r.ok() ? "" : r.error().to_string());
  return r.ok() && r->size() > index ? (*r)[index] : stats::Dataset{};
}

stats::Dataset read_table(const std::string& relative) {
  formats::CsvOptions options;
  options.file_name = relative;
  auto r = formats::read_csv(test_support::slurp((kSamples / relative).string()), options);
  EXPECT_TRUE(r.ok()) << relative << ": " << (r.ok() ? "" : r.error().to_string());
  return r.ok() ? *r : stats::Dataset{};
}

const std::string kCran = "cran+jsonstat/tests/testthat/";

}  // namespace

TEST(RPackageJsonstat, ItsJsonStatOutputsAgreeCellByCell) {
  auto jsonstat = cells_of(read_json(kCran + "output/galicia_jsonstat.json"), false);
  ASSERT_EQ(jsonstat.size(), 3960u);
  EXPECT_EQ(compare(jsonstat, cells_of(read_json(kCran + "output/galicia_rjstat.json"), false), true), "");
  EXPECT_EQ(compare(jsonstat, cells_of(read_json(kCran + "output/collection_jsonstat.json"), false), true), "");
  // The four "-" cells are nil symbols, kept as status.
  std::size_t dashes = 0;
  for (const auto& [key, cell] : jsonstat) dashes += cell.status == "-";
  EXPECT_EQ(dashes, 4u);
}

TEST(RPackageJsonstat, ItsTableGaliciaCsvHoldsTheSameCells) {
  stats::Dataset table = read_table(kCran + "input/galicia.csv");
  ASSERT_EQ(table.dimensions.size(), 6u);
  EXPECT_EQ(table.dimensions[0].id, "place of birth");
  EXPECT_TRUE(table.warnings.empty());
  auto json = cells_of(read_json(kCran + "output/galicia_jsonstat.json"), false);
  EXPECT_EQ(compare(json, cells_of(table, false), true), "");
}

TEST(RPackageJsonstat, ItsInputDiffersFromItsOutputOnlyInTheSpellingOfACoruna) {
  auto input = cells_of(read_json(kCran + "input/galicia.json"), false, {{"A Coruna", "A Coruña"}});
  auto output = cells_of(read_json(kCran + "output/galicia_jsonstat.json"), false);
  EXPECT_EQ(compare(input, output, true), "");
}

TEST(JavaScriptToolkit, ToTableOfOecdMatchesTheDatasetByLabels) {
  const std::string base = "26fe+jsonstat.py/";
  stats::Dataset oecd = read_json(base + "jsonstat/examples/www.json-stat.org/oecd-canada.json", 0);
  ASSERT_EQ(oecd.id, "oecd");
  stats::Dataset table = read_table(base + "jsonstat-tests/fixtures/output_from_nodejs/oecd-canada-to_table.csv");
  ASSERT_EQ(table.cell_count(), 432u);
  EXPECT_EQ(compare(cells_of(oecd, true), cells_of(table, true), false), "");
}

TEST(JavaScriptToolkit, ToTableOfEurostatMatchesTheDatasetByLabels) {
  const std::string base = "26fe+jsonstat.py/jsonstat-tests/fixtures/";
  stats::Dataset eurostat = read_json(base + "www.ec.europa.eu_eurostat/eurostat-name_gpd_c-geo_IT.json");
  stats::Dataset table = read_table(base + "output_from_nodejs/eurostat-name_gpd_c-geo_IT-to_table.csv");
  ASSERT_EQ(table.cell_count(), 69u);
  // The table leaves missing values empty; the dataset has null with status ":".
  EXPECT_EQ(compare(cells_of(eurostat, true), cells_of(table, true), false), "");
}
