// The strategy format's optional English keys (docs/formats/strategy-json.md):
// read where given, written only where given, so a document without them
// reads and writes as before; a wrong type names its path.
#include <gtest/gtest.h>

#include "domain/strategy.hpp"
#include "formats/strategy_json/strategy_json.hpp"

using namespace jamt;

namespace {

const char* const kWithEnglish = R"({"format":"jamt-strategy/1","county_code":"08","title":"Jämställt län",
  "title_en":"Gender-equal county","start_year":2024,"end_year":2027,"vision":"Lika makt","vision_en":"Equal power",
  "description":"Om","description_en":"About",
  "goals":[{"code":"1","kind":"subgoal","title":"Makt","title_en":"Power","description":"D","description_en":"E",
            "children":[{"code":"1.1","kind":"focus_area","title":"Bara svenska"}]}]})";

}  // namespace

TEST(StrategyJsonEnglish, TheEnglishKeysAreReadIntoTheModel) {
  auto s = formats::read_strategy_json(kWithEnglish);
  ASSERT_TRUE(s.ok()) << s.error().to_string();
  EXPECT_EQ(s->title_en, "Gender-equal county");
  EXPECT_EQ(s->vision_en, "Equal power");
  EXPECT_EQ(s->description_en, "About");
  EXPECT_EQ(s->goals.at(0).title_en, "Power");
  EXPECT_EQ(s->goals.at(0).description_en, "E");
  EXPECT_EQ(s->goals.at(0).children.at(0).title_en, "") << "absent: not given";
  EXPECT_TRUE(validate(*s).ok());
}

TEST(StrategyJsonEnglish, RoundTripWithTheEnglishKeys) {
  auto s = formats::read_strategy_json(kWithEnglish);
  ASSERT_TRUE(s.ok());
  std::string doc = formats::write_strategy_json(*s);
  EXPECT_NE(doc.find("\"title\": \"Jämställt län\",\n  \"title_en\": \"Gender-equal county\""), std::string::npos) << doc;
  EXPECT_NE(doc.find("\"vision_en\": \"Equal power\""), std::string::npos);
  EXPECT_NE(doc.find("\"title_en\": \"Power\""), std::string::npos);
  auto back = formats::read_strategy_json(doc);
  ASSERT_TRUE(back.ok()) << back.error().to_string();
  EXPECT_EQ(back->title_en, "Gender-equal county");
  EXPECT_EQ(back->goals.at(0).description_en, "E");
  EXPECT_EQ(formats::write_strategy_json(*back), doc);
}

TEST(StrategyJsonEnglish, ADocumentWithoutEnglishWritesNoEnglishKeys) {
  auto s = formats::read_strategy_json(
      R"({"format":"jamt-strategy/1","county_code":"01","title":"T","start_year":2014,"end_year":2018,
          "goals":[{"code":"1","kind":"subgoal","title":"A"}]})");
  ASSERT_TRUE(s.ok()) << s.error().to_string();
  EXPECT_EQ(s->title_en, "");
  std::string doc = formats::write_strategy_json(*s);
  EXPECT_EQ(doc.find("_en\""), std::string::npos) << doc;
  auto back = formats::read_strategy_json(doc);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(formats::write_strategy_json(*back), doc);
}

TEST(StrategyJsonEnglish, AnEnglishTextThatIsNotAStringNamesItsPath) {
  auto s = formats::read_strategy_json(
      R"({"format":"jamt-strategy/1","county_code":"01","title":"T","start_year":2014,"end_year":2018,
          "goals":[{"code":"1","kind":"subgoal","title":"A","title_en":7}]})");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().to_string(), "$.goals[0].title_en: expected a string, got an integer");
}
