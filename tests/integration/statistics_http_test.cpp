// Statistics over HTTP: measures, values, gender analysis, the measure page
// with charts and tables, and the CSV download.
#include <gtest/gtest.h>

#include "service/statistics/statistics_import.hpp"
#include "test_datasets.hpp"
#include "test_server.hpp"

using namespace jamt;
using nlohmann::json;

class StatisticsHttp : public jamt::testing::ServerFixture {
 protected:
  void SetUp() override {
    ServerFixture::SetUp();
    service::ImportOptions o{.file_name = "befolkning.px", .sha256 = "sha-pop", .format = "px", .actor = service::Actor{.name = "t"}};
    ASSERT_TRUE(service::import_datasets(*db, {jamt::testing::population()}, o).ok());
    o.file_name = "inkomst.px";
    o.sha256 = "sha-inc";
    ASSERT_TRUE(service::import_datasets(*db, {jamt::testing::income()}, o).ok());
    for (const auto& m : get_json("/api/v1/measures")) {
      if (m["code"] == "BE0101N1") population_id = m["id"].get<std::int64_t>();
      if (m["code"] == "HE0110") income_id = m["id"].get<std::int64_t>();
    }
  }
  std::string measure(std::int64_t id) { return "/api/v1/measures/" + std::to_string(id); }
  std::int64_t population_id = 0, income_id = 0;
};

TEST_F(StatisticsHttp, ListsMeasures) {
  json list = get_json("/api/v1/measures");
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0]["code"], "BE0101N1");
  EXPECT_EQ(list[0]["unit"], "antal");
  EXPECT_EQ(list[0]["source"], "SCB");
  for (const char* k : {"id", "code", "title", "unit", "source"}) EXPECT_TRUE(list[0].contains(k));
}

TEST_F(StatisticsHttp, AnalysisMatchesAHandCalculation) {
  // Kalmar län 2023: 122 400 women, 123 500 men → share 49,78…%, 99,11…% of men, gap −1 100.
  json a = get_json(measure(population_id) + "/analysis?region=08&period=2023&base=2022");
  EXPECT_EQ(a["women"], 122400);
  EXPECT_EQ(a["men"], 123500);
  EXPECT_EQ(a["total"], 245900);
  EXPECT_NEAR(a["women_share"].get<double>(), 122400.0 / 245900 * 100, 1e-9);
  EXPECT_NEAR(a["women_pct_of_men"].get<double>(), 122400.0 / 123500 * 100, 1e-9);
  EXPECT_EQ(a["gap"], -1100);
  EXPECT_EQ(a["balance"], "even");
  EXPECT_EQ(a["base_period"], "2022");
  double base_share = 122000.0 / 245000 * 100;
  EXPECT_NEAR(a["change_women_share"].get<double>(), 122400.0 / 245900 * 100 - base_share, 1e-9);
}

TEST_F(StatisticsHttp, AMissingValueIsNullNotZero) {
  json a = get_json(measure(population_id) + "/analysis?region=0881&period=2023");
  EXPECT_TRUE(a["women"].is_null());
  EXPECT_TRUE(a["women_share"].is_null());
  EXPECT_EQ(a["men"], 10100);
  json data = get_json(measure(population_id) + "/data?region=0881");
  ASSERT_EQ(data["rows"].size(), 2u);
  EXPECT_EQ(data["rows"][1]["status"]["women"], "..");
}

TEST_F(StatisticsHttp, DataByRegionAndPeriodRange) {
  json d = get_json(measure(population_id) + "/data?region=08,0880&from=2023&to=2023");
  ASSERT_EQ(d["rows"].size(), 2u);
  EXPECT_EQ(d["rows"][0]["region"], "08");
  EXPECT_EQ(d["rows"][0]["period"], "2023");
  EXPECT_EQ(d["rows"][1]["women"], 35300);
}

TEST_F(StatisticsHttp, NonAdditiveMeasureNeedsItsDimensionsNamed) {
  json e = get_json(measure(income_id) + "/analysis?region=08&period=2023", 400);
  EXPECT_EQ(e["error"]["code"], "validation");
  EXPECT_EQ(e["error"]["field"], "Alder");
  EXPECT_NE(e["error"]["message"].get<std::string>().find("must be named"), std::string::npos);
  json a = get_json(measure(income_id) + "/analysis?region=08&period=2023&Alder=20-64");
  EXPECT_EQ(a["women"], 304000);
  EXPECT_DOUBLE_EQ(a["women_pct_of_men"].get<double>(), 76.0);  // seed 000: 76 %
  EXPECT_TRUE(a["women_share"].is_null());
  EXPECT_EQ(get_json(measure(income_id) + "/analysis?region=08&period=2023&Bogus=1", 400)["error"]["field"], "Bogus");
}

TEST_F(StatisticsHttp, BadParametersAre400AndUnknownMeasure404) {
  EXPECT_EQ(get_json(measure(population_id) + "/analysis?region=99&period=2023", 400)["error"]["field"], "region");
  EXPECT_EQ(get_json(measure(population_id) + "/analysis?region=08&period=tjugo", 400)["error"]["field"], "period");
  EXPECT_EQ(get_json(measure(population_id) + "/analysis?region=08", 400)["error"]["field"], "period");
  EXPECT_EQ(get_json("/api/v1/measures/999/data?region=08", 404)["error"]["code"], "not_found");
  EXPECT_EQ(get_json(measure(population_id) + "/analysis?region=08&period=1999", 404)["error"]["code"], "not_found");
}

TEST_F(StatisticsHttp, MeasurePageHasChartsFollowedByTables) {
  std::string html = get_html("/statistik/" + std::to_string(population_id) + "?region=08");
  EXPECT_NE(html.find("<h1>Folkmängd efter region, kön och år</h1>"), std::string::npos);
  auto line = html.find("<svg");
  auto table = html.find("<caption>Folkmängd efter region, kön och år, Kalmar län, kvinnor och män per period");
  ASSERT_NE(line, std::string::npos);
  ASSERT_NE(table, std::string::npos);
  EXPECT_LT(line, table);
  EXPECT_NE(html.find("122\u00a0400"), std::string::npos);  // Swedish number format
  EXPECT_NE(html.find("49,8\u00a0%"), std::string::npos);    // women's share 2023
  EXPECT_NE(html.find("Jämförelse 2023: Kalmar läns kommuner"), std::string::npos);
  EXPECT_NE(html.find(">Nybro</a>"), std::string::npos);
  EXPECT_NE(html.find("href=\"/statistik/" + std::to_string(population_id) + "/data.csv?region=08\""), std::string::npos);
  EXPECT_NE(get_html("/statistik").find("Folkmängd efter region"), std::string::npos);
}

TEST_F(StatisticsHttp, CsvDownloadIsForSwedishExcel) {
  auto r = client->Get("/statistik/" + std::to_string(population_id) + "/data.csv?region=08");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(r->body.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(r->body.find("Regionkod;Region;Period;Kvinnor;Män;Totalt;Kvinnors andel (%)"), std::string::npos);
  EXPECT_NE(r->body.find("08;Kalmar län;2023;122400;123500;245900;49,8;99,1\r\n"), std::string::npos) << r->body;
}

TEST_F(StatisticsHttp, DataAsJsonStat) {
  json d = get_json(measure(population_id) + "/data?region=08,0881&format=jsonstat");
  EXPECT_EQ(d["version"], "2.0");
  EXPECT_EQ(d["class"], "dataset");
  EXPECT_EQ(d["id"], (json{"region", "period", "sex"}));
  EXPECT_EQ(d["size"], (json{2, 2, 3}));
  EXPECT_EQ(d["role"]["geo"], json{"region"});
  // Kalmar län 2023: women, men; total is not in the table.
  EXPECT_EQ(d["value"][3], 122400);
  EXPECT_EQ(d["value"][4], 123500);
  EXPECT_TRUE(d["value"][5].is_null());
  // Nybro 2023 women: "..".
  EXPECT_EQ(d["status"]["9"], "..");
  EXPECT_EQ(get_json(measure(population_id) + "/data?region=08&format=xml", 400)["error"]["field"], "format");
}
