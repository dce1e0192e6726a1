// The JSON-stat 2.0 writer: what it writes, and that every field of a
// Dataset survives write -> read.
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "dataset_testing.hpp"
#include "formats/jsonstat/jsonstat.hpp"

using namespace jamt;
using nlohmann::json;

namespace {

stats::Dimension dimension(std::string id, std::vector<std::string> codes, stats::DimensionRole role = stats::DimensionRole::other) {
  stats::Dimension d;
  d.id = id;
  d.label = id + " label";
  d.role = role;
  for (auto& c : codes) d.categories.push_back({c, c + " label"});
  return d;
}

// Region × Kon × ContentsCode (metric: a count and a share) × Tid.
stats::Dataset population() {
  stats::Dataset d;
  d.id = "BE0101A";
  d.title = "Folkmängd efter region, kön och år";
  d.contents = "Folkmängd";
  d.source = "SCB";
  d.unit = "antal";
  d.decimals = 1;
  d.language = "sv";
  d.updated = "2025-02-21";
  d.notes = {"Första noten.", "Andra noten,\nmed radbrytning."};
  auto region = dimension("Region", {"08", "0880"}, stats::DimensionRole::geo);
  region.elimination = true;
  region.elimination_value = "08 label";
  region.value_notes["0880"] = "Kalmar kommun";
  region.note = "Indelning 2025";
  auto kon = dimension("Kon", {"1", "2"});
  kon.elimination = false;
  kon.elimination_value = "totalt (ingen kategori)";
  auto contents = dimension("ContentsCode", {"N1", "P1"}, stats::DimensionRole::metric);
  auto& n1 = contents.content["N1"];
  n1.unit = "personer";
  n1.decimals = 0;
  n1.ref_period = "31 december";
  n1.source = "RTB";
  auto& p1 = contents.content["P1"];
  p1.unit = "procent";
  p1.decimals = 2;
  p1.base_period = "2020=100";
  auto tid = dimension("Tid", {"2023", "2024"}, stats::DimensionRole::time);
  tid.time_scale = "A1";
  d.dimensions = {region, kon, contents, tid};
  d.values.assign(d.cell_count(), 0);
  for (std::size_t i = 0; i < d.values.size(); ++i) d.values[i] = 1000 + static_cast<double>(i) + 0.25 * (i % 3);
  d.values[3] = std::nan("");
  d.status[3] = "..";
  d.status[4] = "p";  // a footnoted value keeps its number
  stats::CellNote note;
  note.indices = {1, -1, -1, 0};
  note.text = "Preliminär uppgift";
  d.cell_notes.push_back(note);
  return d;
}

}  // namespace

TEST(JsonStatWriter, WritesAVersion2DatasetWithIdSizeRoleAndDimensions) {
  json j = json::parse(formats::write_jsonstat(population()));
  EXPECT_EQ(j["version"], "2.0");
  EXPECT_EQ(j["class"], "dataset");
  EXPECT_EQ(j["label"], "Folkmängd efter region, kön och år");
  EXPECT_EQ(j["id"], json({"Region", "Kon", "ContentsCode", "Tid"}));
  EXPECT_EQ(j["size"], json({2, 2, 2, 2}));
  EXPECT_EQ(j["role"]["geo"], json({"Region"}));
  EXPECT_EQ(j["role"]["metric"], json({"ContentsCode"}));
  EXPECT_EQ(j["role"]["time"], json({"Tid"}));
  EXPECT_FALSE(j["role"].contains("other"));
  EXPECT_EQ(j["dimension"]["Region"]["category"]["index"], json({{"08", 0}, {"0880", 1}}));
  EXPECT_EQ(j["dimension"]["Region"]["category"]["label"]["0880"], "0880 label");
  EXPECT_EQ(j["dimension"]["Region"]["category"]["note"]["0880"], json({"Kalmar kommun"}));
  EXPECT_EQ(j["dimension"]["Region"]["extension"]["eliminationValueCode"], "08");
  EXPECT_EQ(j["dimension"]["Kon"]["extension"]["eliminationValue"], "totalt (ingen kategori)");
  EXPECT_EQ(j["dimension"]["ContentsCode"]["category"]["unit"]["P1"], json({{"label", "procent"}, {"decimals", 2}}));
  EXPECT_EQ(j["dimension"]["ContentsCode"]["extension"]["refperiod"], json({{"N1", "31 december"}}));
  EXPECT_EQ(j["note"].size(), 2u);
  EXPECT_EQ(j["status"], json({{"3", ".."}, {"4", "p"}}));
  EXPECT_EQ(j["extension"]["jamt"]["id"], "BE0101A");
}

TEST(JsonStatWriter, PrintsValuesWithTheirCategoryDecimalsAndNullForSymbols) {
  json j = json::parse(formats::write_jsonstat(population()));
  const auto& v = j["value"];
  ASSERT_EQ(v.size(), 16u);
  EXPECT_TRUE(v[3].is_null());
  // Cell 2 is N1 (decimals 0) holding 1002.5: precision beyond the decimals is kept.
  EXPECT_EQ(v[2].dump(), "1002.5");
  // Cell 6 is P1 (decimals 2): 1006.0 prints as an integer.
  EXPECT_EQ(v[6].dump(), "1006");
}

TEST(JsonStatWriter, RemovesFloatNoiseUsingTheDatasetDecimals) {
  stats::Dataset d;
  d.decimals = 1;
  d.dimensions = {dimension("a", {"x", "y", "z"})};
  d.values = {12.300000000000001, 0.1 + 0.2, 7.0};
  std::string text = formats::write_jsonstat(d);
  EXPECT_NE(text.find("\"value\": [12.3,0.3,7]"), std::string::npos) << text;
}

TEST(JsonStatWriter, WritesOneStatusForAllCellsAsAString) {
  stats::Dataset d;
  d.dimensions = {dimension("a", {"x", "y"})};
  d.values = {1, 2};
  d.status = {{0, "p"}, {1, "p"}};
  json j = json::parse(formats::write_jsonstat(d));
  EXPECT_EQ(j["status"], "p");
  auto back = formats::read_jsonstat(formats::write_jsonstat(d), "x.json");
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->front().status, d.status);
}

TEST(JsonStatWriter, EveryFieldSurvivesWriteThenRead) {
  stats::Dataset d = population();
  auto back = formats::read_jsonstat(formats::write_jsonstat(d), "other-name.json");
  ASSERT_TRUE(back.ok()) << back.error().to_string();
  ASSERT_EQ(back->size(), 1u);
  EXPECT_EQ(test_support::first_difference(d, back->front()), "");
  EXPECT_TRUE(back->front().warnings.empty());
}

TEST(JsonStatWriter, ReplacesMalformedUtf8SoTheOutputIsValidJson) {
  stats::Dataset d;
  d.title = "Malm\xF6";  // Windows-1252 ö that was never decoded
  d.dimensions = {dimension("a", {"x"})};
  d.values = {1};
  json j = json::parse(formats::write_jsonstat(d));
  EXPECT_EQ(j["label"], "Malm\xEF\xBF\xBD");
}

TEST(JsonStatWriter, WritesControlCharactersEscaped) {
  stats::Dataset d;
  d.title = "tab\there \"quoted\" back\\slash \x01";
  d.dimensions = {dimension("a", {"x"})};
  d.values = {1};
  auto back = formats::read_jsonstat(formats::write_jsonstat(d), "x.json");
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->front().title, d.title);
}
