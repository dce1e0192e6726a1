// The strategy JSON format: every import error names its JSON path (one file
// per error under tests/data/strategy_import with the exact message beside
// it), and the demo strategies round-trip exactly.
#include <gtest/gtest.h>
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY

#include <filesystem>
#include <fstream>
#include <sstream>

#include "domain/strategy.hpp"
#include "embedded/embedded_files.hpp"
#include "formats/strategy_json/strategy_json.hpp"

using namespace jamt;
namespace fs = std::filesystem;

namespace {
std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
std::string trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}
// Parse + model validation, as an import does before it touches the database.
std::string first_error(const std::string& text) {
  auto parsed = formats::read_strategy_json(text);
  if (!parsed) return parsed.error().to_string();
  auto valid = validate(*parsed);
  if (!valid) return valid.error().to_string();
  return "";
}
}  // namespace

class StrategyImportErrors : public ::testing::TestWithParam<std::string> {};

TEST_P(StrategyImportErrors, NamesTheJsonPathAndTheProblem) {
  fs::path dir = fs::path(JAMT_TEST_DATA) / "strategy_import";
  std::string input = slurp(dir / (GetParam() + ".json"));
  std::string expected = trim(slurp(dir / (GetParam() + ".expected")));
  EXPECT_EQ(first_error(input), expected);
}

std::vector<std::string> error_cases() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(fs::path(JAMT_TEST_DATA) / "strategy_import"))
    if (e.path().extension() == ".json") names.push_back(e.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

INSTANTIATE_TEST_SUITE_P(Files, StrategyImportErrors, ::testing::ValuesIn(error_cases()),
                         [](const auto& info) { return info.param; });

TEST(StrategyJson, EveryErrorCaseHasItsExpectedMessage) {
  EXPECT_GE(error_cases().size(), 10u);
  for (const auto& name : error_cases())
    EXPECT_TRUE(fs::exists(fs::path(JAMT_TEST_DATA) / "strategy_import" / (name + ".expected"))) << name;
}

TEST(StrategyJson, MinimalDocumentTakesDefaults) {
  auto s = formats::read_strategy_json(
      R"({"format":"jamt-strategy/1","county_code":"01","title":"T","start_year":2014,"end_year":2018,
          "goals":[{"code":"1","kind":"subgoal","title":"A","indicators":[{"code":"a","name":"N"}]}]})");
  ASSERT_TRUE(s.ok()) << s.error().to_string();
  EXPECT_EQ(s->status, StrategyStatus::draft);
  EXPECT_EQ(s->national_goal_version, "2017");
  EXPECT_FALSE(s->adopted_on.has_value());
  ASSERT_EQ(s->goals.size(), 1u);
  const auto& ind = s->goals[0].indicators.at(0);
  EXPECT_EQ(ind.unit, "count");
  EXPECT_EQ(ind.periodicity, "yearly");
  EXPECT_EQ(ind.disaggregation, std::vector<std::string>{"sex"});
  EXPECT_EQ(ind.direction, "none");
  EXPECT_TRUE(validate(*s).ok());
}

TEST(StrategyJson, WrongFormatIsRefused) {
  auto s = formats::read_strategy_json(R"({"format":"other/2","county_code":"01","title":"T","start_year":1,"end_year":2,"goals":[]})");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().to_string(), "$.format: unsupported format \"other/2\" (expected \"jamt-strategy/1\")");
}

TEST(StrategyJson, FractionalAndIntegralValuesAndNonAsciiSurviveWriting) {
  Strategy s;
  s.county_code = "04";
  s.title = "Jämställt Södermanland – <b>&</b>";
  s.start_year = 2014;
  s.end_year = 2016;
  GoalNode n;
  n.code = "1";
  n.kind = NodeKind::subgoal;
  n.title = "Makt";
  Indicator i;
  i.code = "a";
  i.name = "Andel kvinnor";
  i.baseline = PeriodValue{.period = "2013", .value = 41.5};
  i.target = PeriodValue{.period = "2016", .value = 50};
  n.indicators.push_back(i);
  s.goals.push_back(n);
  std::string doc = formats::write_strategy_json(s);
  EXPECT_NE(doc.find("\"value\": 41.5"), std::string::npos);
  EXPECT_NE(doc.find("\"value\": 50\n"), std::string::npos);
  EXPECT_NE(doc.find("Jämställt Södermanland"), std::string::npos);
  auto back = formats::read_strategy_json(doc);
  ASSERT_TRUE(back.ok()) << back.error().to_string();
  EXPECT_EQ(formats::write_strategy_json(*back), doc);
}

class DemoStrategies : public ::testing::TestWithParam<std::string> {};

TEST_P(DemoStrategies, AreValidAndRoundTripExactly) {
  auto text = embedded_file("strategies/" + GetParam());
  ASSERT_TRUE(text.has_value());
  auto s = formats::read_strategy_json(*text);
  ASSERT_TRUE(s.ok()) << s.error().to_string();
  auto valid = validate(*s);
  ASSERT_TRUE(valid.ok()) << valid.error().to_string();
  std::string once = formats::write_strategy_json(*s);
  auto again = formats::read_strategy_json(once);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(formats::write_strategy_json(*again), once);
}

INSTANTIATE_TEST_SUITE_P(Data, DemoStrategies,
                         ::testing::Values("kalmar-2024-2027.json", "stockholm-2014-2018.json",
                                           "sodermanland-2014-2016.json"),
                         [](const auto& info) {
                           std::string n = info.param.substr(0, info.param.find('-'));
                           return n;
                         });

TEST(StrategyJsonIds, TheDocumentWithIdsReadsBackWithTheSameIdsAndDecision) {
  Strategy s;
  s.id = 7;
  s.county_code = "08";
  s.title = "Kalmar";
  s.start_year = 2024;
  s.end_year = 2027;
  s.status = StrategyStatus::adopted;
  s.adopted_on = "2026-03-31";
  s.decision = "Dnr 101-1234-2026";
  GoalNode n;
  n.id = 42;
  n.code = "1";
  n.kind = NodeKind::subgoal;
  n.title = "Makt";
  Indicator i;
  i.id = 99;
  i.code = "1.a";
  i.name = "Andel kvinnor";
  n.indicators = {i};
  s.goals = {n};
  std::string with_ids = formats::write_strategy_json(s, formats::StrategyJsonOptions{.with_ids = true});
  EXPECT_NE(with_ids.find("\"id\": 42"), std::string::npos);
  auto back = formats::read_strategy_json(with_ids);
  ASSERT_TRUE(back.ok()) << back.error().to_string();
  EXPECT_EQ(back->id, 7);
  EXPECT_EQ(back->goals[0].id, 42);
  EXPECT_EQ(back->goals[0].indicators[0].id, 99);
  EXPECT_EQ(back->decision, "Dnr 101-1234-2026");
  // Without ids (jamt strategy export) nothing changes for documents without a decision.
  std::string plain = formats::write_strategy_json(s);
  EXPECT_EQ(plain.find("\"id\""), std::string::npos);
  auto refused = formats::read_strategy_json(R"({"format": "jamt-strategy/1", "id": "7", "county_code": "08",
    "title": "t", "start_year": 2024, "end_year": 2027, "goals": []})");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().where, "$.id");
}
