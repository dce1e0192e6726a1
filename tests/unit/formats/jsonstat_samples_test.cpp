// Every JSON-stat sample file under tests/data/jsonstat (copied from public
// repositories, origins in its README.txt) is read and checked against the
// expected outcome beside it, NAME.json.expected: the datasets with their
// dimensions, sizes and some cells, or the exact error text. Every readable
// sample must also survive write_jsonstat -> read_jsonstat unchanged.
#include <gtest/gtest.h>
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY

#include <algorithm>
#include <filesystem>

#include "dataset_testing.hpp"
#include "formats/jsonstat/jsonstat.hpp"

using namespace jamt;
namespace fs = std::filesystem;

namespace {

const fs::path kRoot = fs::path(JAMT_TEST_DATA) / "jsonstat";

std::vector<std::string> sample_files() {
  std::vector<std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(kRoot))
    if (e.is_regular_file() && e.path().extension() == ".json")
      files.push_back(fs::relative(e.path(), kRoot).generic_string());
  std::sort(files.begin(), files.end());
  return files;
}

// The samples whose expected outcome is a list of datasets.
std::vector<std::string> readable_files() {
  std::vector<std::string> files;
  for (const auto& f : sample_files())
    if (test_support::slurp((kRoot / (f + ".expected")).string()).find("\"datasets\"") != std::string::npos) files.push_back(f);
  return files;
}

std::string test_name(const std::string& file) {
  std::string name;
  for (char c : file) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
}

}  // namespace

class JsonStatSample : public ::testing::TestWithParam<std::string> {};
class JsonStatRoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(JsonStatSample, MatchesItsExpectedOutcome) {
  fs::path file = kRoot / GetParam();
  fs::path expected = file;
  expected += ".expected";
  ASSERT_TRUE(fs::exists(expected)) << "no expected-outcome file beside " << GetParam();
  auto outcome = formats::read_jsonstat(test_support::slurp(file.string()), file.filename().string());
  for (const auto& problem : test_support::check_expected(outcome, test_support::slurp(expected.string())))
    ADD_FAILURE() << GetParam() << ": " << problem;
}

TEST_P(JsonStatRoundTrip, WriteThenReadGivesTheSameDatasets) {
  fs::path file = kRoot / GetParam();
  auto outcome = formats::read_jsonstat(test_support::slurp(file.string()), file.filename().string());
  ASSERT_TRUE(outcome.ok()) << outcome.error().to_string();
  for (const auto& d : *outcome) {
    std::string text = formats::write_jsonstat(d);
    auto again = formats::read_jsonstat(text, "roundtrip.json");
    ASSERT_TRUE(again.ok()) << again.error().to_string();
    ASSERT_EQ(again->size(), 1u);
    EXPECT_EQ(test_support::first_difference(d, again->front()), "") << "dataset " << d.id;
    EXPECT_TRUE(again->front().warnings.empty()) << again->front().warnings.front().message;
    // Writing what was read back gives the same text.
    EXPECT_EQ(formats::write_jsonstat(again->front()), text);
  }
}

INSTANTIATE_TEST_SUITE_P(Files, JsonStatSample, ::testing::ValuesIn(sample_files()),
                         [](const auto& info) { return test_name(info.param); });
INSTANTIATE_TEST_SUITE_P(Files, JsonStatRoundTrip, ::testing::ValuesIn(readable_files()),
                         [](const auto& info) { return test_name(info.param); });

TEST(JsonStatSamples, AllEightyFiveSamplesArePresent) {
  // A missing folder would otherwise make the suites above pass vacuously.
  // 84 from /work/shared/testdata/jsonstat, 1 from .../real (EXPECTED.txt).
  EXPECT_EQ(sample_files().size(), 85u);
  EXPECT_EQ(readable_files().size(), 40u);
}
