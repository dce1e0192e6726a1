// The report document as JSON: keys in the documented order, numbers as
// JSON numbers (unrounded, with their decimals and unit), missing cells as
// null, sub-sections nested, the strategist's text and sign-off kept.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "report/document/document_json.hpp"
#include "sample_document.hpp"

using nlohmann::ordered_json;

TEST(DocumentJson, KeepsTheDocumentsShapeAndOrder) {
  auto j = ordered_json::parse(jamt::report::to_json(jamt::testing::sample_report_document()));
  std::vector<std::string> keys;
  for (const auto& [key, value] : j.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"title", "subtitle", "language", "generated_at", "sections"}));
  EXPECT_EQ(j["title"], "Uppföljning 2026 av Kalmar läns jämställdhetsstrategi");
  EXPECT_EQ(j["generated_at"], "2027-03-31T09:15:00Z");
  ASSERT_EQ(j["sections"].size(), 2u);
  const auto& goals = j["sections"][1];
  keys.clear();
  for (const auto& [key, value] : goals.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"id", "heading", "level", "paragraphs", "tables", "charts", "children",
                                            "text", "done"}));
  EXPECT_EQ(goals["id"], "mal-1");
  EXPECT_EQ(goals["level"], 2);
  EXPECT_EQ(goals["done"], false);
  const auto& sub = goals["children"][0];
  EXPECT_EQ(sub["id"], "mal-1-1");
  EXPECT_EQ(sub["level"], 3);
  EXPECT_EQ(sub["done"], true);
  EXPECT_EQ(sub["text"], "Vi ser en tydlig förbättring.\n\nArbetet fortsätter <2027>.");
}

TEST(DocumentJson, WritesNumbersAsNumbersAndMissingAsNull) {
  auto j = ordered_json::parse(jamt::report::to_json(jamt::testing::sample_report_document()));
  const auto& table = j["sections"][1]["tables"][0];
  EXPECT_EQ(table["caption"], "Andel kvinnor bland förtroendevalda");
  EXPECT_EQ(table["columns"][3], "Andel kvinnor");
  const auto& kalmar = table["rows"][0];
  EXPECT_EQ(kalmar[0], "Kalmar");
  ASSERT_TRUE(kalmar[1]["number"].is_number()) << kalmar.dump();
  EXPECT_EQ(kalmar[1]["number"], 1234);
  EXPECT_DOUBLE_EQ(kalmar[3]["number"].get<double>(), 52.8767);  // unrounded
  EXPECT_EQ(kalmar[3]["decimals"], 1);
  EXPECT_EQ(kalmar[3]["unit"], "%");
  EXPECT_TRUE(table["rows"][1][1].is_null());
  EXPECT_EQ(table["rows"][2].size(), 1u);  // a short row stays short
}

TEST(DocumentJson, WritesChartsWithSeriesBySexAndGaps) {
  auto j = ordered_json::parse(jamt::report::to_json(jamt::testing::sample_report_document()));
  const auto& chart = j["sections"][1]["charts"][0];
  EXPECT_EQ(chart["kind"], "line");
  EXPECT_EQ(chart["labels"], (std::vector<std::string>{"2024", "2025", "2026"}));
  EXPECT_EQ(chart["series"][0]["sex"], "women");
  EXPECT_EQ(chart["series"][1]["sex"], "men");
  EXPECT_DOUBLE_EQ(chart["series"][0]["values"][2].get<double>(), 52.9);
  EXPECT_TRUE(chart["series"][1]["values"][1].is_null());
  EXPECT_TRUE(chart["band"].is_null());
  EXPECT_EQ(chart["decimals"], 1);
}
