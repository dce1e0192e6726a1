// Hand-written JSON-stat cases (tests/data/jsonstat_cases): one file per
// error the reader reports, with the exact text beside it, and small readable
// documents for each form of value, status, index and class.
#include <gtest/gtest.h>
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "dataset_testing.hpp"
#include "formats/jsonstat/jsonstat.hpp"

using namespace jamt;
namespace fs = std::filesystem;

namespace {

const fs::path kCases = fs::path(JAMT_TEST_DATA) / "jsonstat_cases";

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(kCases))
    if (e.path().extension() == ".json") names.push_back(e.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

class JsonStatCase : public ::testing::TestWithParam<std::string> {};

TEST_P(JsonStatCase, MatchesItsExpectedOutcome) {
  fs::path file = kCases / (GetParam() + ".json");
  fs::path expected = kCases / (GetParam() + ".json.expected");
  ASSERT_TRUE(fs::exists(expected)) << "no expected-outcome file for " << GetParam();
  auto outcome = formats::read_jsonstat(test_support::slurp(file.string()), file.filename().string());
  for (const auto& problem : test_support::check_expected(outcome, test_support::slurp(expected.string())))
    ADD_FAILURE() << problem;
  if (!outcome) return;
  for (const auto& d : *outcome) {
    auto again = formats::read_jsonstat(formats::write_jsonstat(d), "again.json");
    ASSERT_TRUE(again.ok()) << again.error().to_string();
    EXPECT_EQ(test_support::first_difference(d, again->front()), "") << d.id;
  }
}

INSTANTIATE_TEST_SUITE_P(Files, JsonStatCase, ::testing::ValuesIn(case_names()),
                         [](const auto& info) { return info.param; });

TEST(JsonStatCases, ArePresent) { EXPECT_EQ(case_names().size(), 37u); }

TEST(JsonStatCases, BundleIsReadLikeACollectionOfTheSameDatasetsWithAWarning) {
  // bundle_v1.json holds two JSON-stat 1.x datasets keyed by name and no
  // "class". The same two datasets embedded in a collection give the same
  // datasets (but for ids, which a bundle takes from its keys), in the same
  // order; the bundle's carry one warning more, first.
  std::string bundle_text = test_support::slurp((kCases / "bundle_v1.json").string());
  auto bundle = formats::read_jsonstat(bundle_text, "bundle_v1.json");
  ASSERT_TRUE(bundle.ok()) << bundle.error().to_string();
  ASSERT_EQ(bundle->size(), 2u);
  EXPECT_EQ((*bundle)[0].id, "befolkning");
  EXPECT_EQ((*bundle)[1].id, "sysselsatta");

  auto members = nlohmann::ordered_json::parse(bundle_text);
  nlohmann::ordered_json collection = {
      {"version", "2.0"}, {"class", "collection"}, {"link", {{"item", nlohmann::ordered_json::array()}}}};
  for (auto& [name, dataset] : members.items()) {
    dataset["class"] = "dataset";
    collection["link"]["item"].push_back(dataset);
  }
  auto from_collection = formats::read_jsonstat(collection.dump(), "samling.json");
  ASSERT_TRUE(from_collection.ok()) << from_collection.error().to_string();
  ASSERT_EQ(from_collection->size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    stats::Dataset d = (*from_collection)[i];
    EXPECT_EQ(d.id, "samling-" + std::to_string(i + 1));
    d.id = (*bundle)[i].id;
    EXPECT_EQ(test_support::first_difference((*bundle)[i], d), "") << d.id;
    EXPECT_TRUE(d.warnings.empty()) << d.warnings.front().message;
    ASSERT_EQ((*bundle)[i].warnings.size(), 1u);
    EXPECT_EQ((*bundle)[i].warnings[0].where, "$");
    EXPECT_EQ((*bundle)[i].warnings[0].message,
              "no \"class\": read as a JSON-stat 1.x bundle of 2 datasets keyed by name (\"befolkning\", \"sysselsatta\")");
  }
}

TEST(JsonStatCases, BundleWarningNamesAtMostFiveDatasets) {
  std::string text = "{";
  for (int i = 1; i <= 7; ++i)
    text += std::string(i > 1 ? "," : "") + "\"d" + std::to_string(i) +
            "\": {\"dimension\": {\"id\": [\"a\"], \"size\": [1], \"a\": {\"category\": {\"index\": [\"x\"]}}}, "
            "\"value\": [" + std::to_string(i) + "]}";
  text += "}";
  auto r = formats::read_jsonstat(text, "sju.json");
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  ASSERT_EQ(r->size(), 7u);
  EXPECT_EQ(r->back().values, std::vector<double>{7});
  EXPECT_EQ(r->back().warnings.at(0).message,
            "no \"class\": read as a JSON-stat 1.x bundle of 7 datasets keyed by name (\"d1\", \"d2\", \"d3\", \"d4\", "
            "\"d5\", …)");
}
