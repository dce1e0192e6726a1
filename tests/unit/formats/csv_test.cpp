// The CSV reader, data-driven: every tests/data/csv/NAME.csv is read with the
// options in NAME.csv.expected and checked against the outcome written there.
#include <gtest/gtest.h>
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "dataset_testing.hpp"
#include "formats/csv/csv.hpp"
#include "formats/csv/csv_number.hpp"

using namespace jamt;
namespace fs = std::filesystem;

namespace {

const fs::path kCsv = fs::path(JAMT_TEST_DATA) / "csv";

std::vector<std::string> csv_names() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(kCsv))
    if (e.path().extension() == ".csv") names.push_back(e.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

formats::CsvOptions options_from(const nlohmann::json& expected, const std::string& file_name) {
  formats::CsvOptions o;
  o.file_name = file_name;
  if (!expected.contains("options")) return o;
  const auto& j = expected["options"];
  o.value_column = j.value("value_column", "");
  std::string mark = j.value("decimal_mark", "detect");
  o.decimal_mark = mark == "comma" ? formats::CsvDecimalMark::comma
                   : mark == "point" ? formats::CsvDecimalMark::point
                                     : formats::CsvDecimalMark::detect;
  std::string enc = j.value("encoding", "detect");
  o.encoding = enc == "utf8" ? formats::CsvEncoding::utf8
               : enc == "windows1252" ? formats::CsvEncoding::windows1252
                                      : formats::CsvEncoding::detect;
  std::string sep = j.value("separator", "");
  if (!sep.empty()) o.separator = sep == "tab" ? '\t' : sep[0];
  return o;
}

formats::CsvOptions options(std::string file_name, char separator = 0) {
  formats::CsvOptions o;
  o.file_name = std::move(file_name);
  o.separator = separator;
  return o;
}

Result<std::vector<stats::Dataset>> as_list(Result<stats::Dataset> r) {
  if (!r) return r.error();
  return std::vector<stats::Dataset>{std::move(r).value()};
}

}  // namespace

class CsvCase : public ::testing::TestWithParam<std::string> {};

TEST_P(CsvCase, MatchesItsExpectedOutcome) {
  std::string file_name = GetParam() + ".csv";
  fs::path expected = kCsv / (file_name + ".expected");
  ASSERT_TRUE(fs::exists(expected)) << "no expected-outcome file for " << file_name;
  std::string want = test_support::slurp(expected.string());
  auto options = options_from(nlohmann::json::parse(want), file_name);
  auto outcome = as_list(formats::read_csv(test_support::slurp((kCsv / file_name).string()), options));
  for (const auto& problem : test_support::check_expected(outcome, want)) ADD_FAILURE() << problem;
}

INSTANTIATE_TEST_SUITE_P(Files, CsvCase, ::testing::ValuesIn(csv_names()), [](const auto& info) { return info.param; });

TEST(CsvCases, ArePresent) { EXPECT_EQ(csv_names().size(), 29u); }

TEST(CsvReader, NamesTheFileLineAndColumnOfABadNumber) {
  // The example from the task, as a caller sees it.
  auto r = formats::read_csv("Region;värde\n0180;12,3,4\n", options("befolkning.csv"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where, "befolkning.csv:2");
  EXPECT_EQ(r.error().to_string(), "befolkning.csv:2: column \"värde\": \"12,3,4\" is not a number");
}

TEST(CsvReader, ForcedSeparatorOverridesDetection) {
  // The header has more commas than semicolons, but the caller knows better.
  auto r = formats::read_csv("a,b;value\nx,y;1,5\n", options("f.csv", ';'));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  ASSERT_EQ(r->dimensions.size(), 1u);
  EXPECT_EQ(r->dimensions[0].id, "a,b");
  EXPECT_EQ(r->values[0], 1.5);
}

TEST(CsvReader, CategoriesKeepTheirOrderOfFirstAppearance) {
  auto r = formats::read_csv("kön;år;värde\nM;2021;1\nK;2021;2\nM;2020;3\nK;2020;4\n", options("f.csv"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->dimensions[0].categories[0].code, "M");
  EXPECT_EQ(r->dimensions[1].categories[0].code, "2021");
  EXPECT_EQ(r->values, (std::vector<double>{1, 3, 2, 4}));
}

TEST(CsvNumber, GroupsOnlyInThrees) {
  using formats::csv_detail::parse_grouped_number;
  EXPECT_EQ(parse_grouped_number("12 345,6", ','), 12345.6);
  EXPECT_EQ(parse_grouped_number("1\xC2\xA0""234\xC2\xA0""567", ','), 1234567.0);
  EXPECT_EQ(parse_grouped_number("1\xE2\x80\xAF""234", ','), 1234.0);
  EXPECT_EQ(parse_grouped_number("1.234,5", ','), 1234.5);
  EXPECT_EQ(parse_grouped_number("1,234.5", '.'), 1234.5);
  EXPECT_EQ(parse_grouped_number("\xE2\x88\x92""3,5", ','), -3.5);
  EXPECT_EQ(parse_grouped_number(",5", ','), 0.5);
  EXPECT_EQ(parse_grouped_number("1,5e3", ','), 1500.0);
  for (const char* bad : {"12.5", "12 34", "1.234 567", "1,2,3", "12,3,4", "abc", "", "-", "1..2", "1 234.567,8"})
    EXPECT_FALSE(parse_grouped_number(bad, ',').has_value()) << bad;
}

