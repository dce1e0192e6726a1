// Hand-written JSON-stat cases (tests/data/jsonstat_cases): one file per
// error the reader reports, with the exact text beside it, and small readable
// documents for each form of value, status, index and class.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

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

TEST(JsonStatCases, ArePresent) { EXPECT_EQ(case_names().size(), 36u); }
