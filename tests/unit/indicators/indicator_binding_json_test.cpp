// An indicator's source binding and the subjects of its baseline and target
// in strategy JSON (docs/formats/strategy-json.md): each kind reads and
// writes back the same; errors are data files in tests/data/strategy_import.
#include <gtest/gtest.h>

#include "domain/strategy.hpp"
#include "formats/strategy_json/strategy_json.hpp"

namespace jamt {
namespace {

const char* kDocument = R"({ "format": "jamt-strategy/1", "county_code": "08", "title": "Test", "start_year": 2024, "end_year": 2027,
  "goals": [ { "code": "1", "kind": "subgoal", "title": "A", "indicators": [
    { "code": "m", "name": "Andel kvinnor", "direction": "within_40_60",
      "baseline": { "period": "2014", "value": 31, "of": "women_share" },
      "target": { "period": "2027", "value": 40, "of": "women_share" },
      "measure": { "code": "BE0101D1", "filter": { "Alder": "20-64" }, "region": "0880" } },
    { "code": "r", "name": "Anslutna kommuner", "register": { "count": "joined_organisations", "organisation_type": "kommun" } },
    { "code": "p", "name": "Rapporterat", "reporting": { "form": "ARS", "element": "E1" } },
    { "code": "s", "name": "Enkät", "survey": { "survey": "S1", "question": "q1", "option": "ja" } },
    { "code": "x", "name": "Inmatat", "baseline": { "period": "2014", "value": 7 } } ] } ] })";

TEST(IndicatorBindingJson, EachKindIsReadWithItsFields) {
  auto s = formats::read_strategy_json(kDocument);
  ASSERT_TRUE(s) << s.error().to_string();
  ASSERT_TRUE(validate(*s)) << validate(*s).error().to_string();
  const auto& ind = s->goals[0].indicators;
  EXPECT_EQ(source_kind(ind[0]), "measure");
  EXPECT_EQ(ind[0].measure->region, "0880");
  EXPECT_EQ(ind[0].baseline->of, "women_share");
  EXPECT_EQ(ind[0].target->of, "women_share");
  EXPECT_EQ(source_kind(ind[1]), "register");
  EXPECT_EQ(ind[1].register_count->count, "joined_organisations");
  EXPECT_EQ(ind[1].register_count->params.at("organisation_type"), "kommun");
  EXPECT_EQ(source_kind(ind[2]), "reporting");
  EXPECT_EQ(ind[2].reporting->element, "E1");
  EXPECT_EQ(source_kind(ind[3]), "survey");
  EXPECT_EQ(ind[3].survey->option, "ja");
  EXPECT_EQ(source_kind(ind[4]), "manual");
  EXPECT_EQ(ind[4].baseline->of, "total");
}

TEST(IndicatorBindingJson, WritingAndReadingAgainGivesTheSameIndicators) {
  auto first = formats::read_strategy_json(kDocument);
  ASSERT_TRUE(first);
  std::string written = formats::write_strategy_json(*first);
  auto second = formats::read_strategy_json(written);
  ASSERT_TRUE(second) << second.error().to_string();
  const auto& a = first->goals[0].indicators;
  const auto& b = second->goals[0].indicators;
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].measure, b[i].measure) << i;
    EXPECT_EQ(a[i].register_count, b[i].register_count) << i;
    EXPECT_EQ(a[i].reporting, b[i].reporting) << i;
    EXPECT_EQ(a[i].survey, b[i].survey) << i;
    EXPECT_EQ(a[i].baseline, b[i].baseline) << i;
    EXPECT_EQ(a[i].target, b[i].target) << i;
  }
  // "of" is written only where it is not the default.
  EXPECT_NE(written.find("\"of\": \"women_share\""), std::string::npos);
  EXPECT_EQ(written.find("\"of\": \"total\""), std::string::npos);
}

}  // namespace
}  // namespace jamt
