// A real Statistics Sweden file (live births by municipality, mother's age,
// year and sex of the child) through import and analysis, checked against
// numbers read by hand from the file's DATA section.
#include <gtest/gtest.h>
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY

#include "service/statistics/statistics_files.hpp"
#include "service/statistics/statistics_import.hpp"
#include "service/statistics/statistics_query.hpp"
#include "test_database.hpp"

using namespace jamt;

class RealStatistics : public ::testing::Test {
 protected:
  void SetUp() override {
    db = jamt::testing::fresh_database();
    ASSERT_NE(db, nullptr);
    auto file = service::read_statistics_file(std::string(JAMT_SOURCE_DIR) + "/data/statistics/BE0101D1-levande-fodda.px");
    ASSERT_TRUE(file.ok()) << file.error().to_string();
    EXPECT_EQ(file->format, formats::StatisticsFormat::px);
    EXPECT_EQ(file->sha256.size(), 64u);
    auto r = service::import_datasets(
        *db, file->datasets,
        {.file_name = "BE0101D1-levande-fodda.px", .sha256 = file->sha256, .format = "px", .actor = service::Actor{"t"}});
    ASSERT_TRUE(r.ok()) << r.error().to_string();
    summary = *r;
    measure_id = service::list_measures(*db)->at(0).id;
  }
  std::unique_ptr<store::Database> db;
  service::ImportSummary summary;
  std::int64_t measure_id = 0;
};

TEST_F(RealStatistics, EveryCellIsImported) {
  // 312 regions × 37 age groups × 2 years × 2 sexes.
  EXPECT_EQ(summary.observations, 46176);
  EXPECT_EQ(summary.regions, 312);  // Riket, 21 counties, 290 municipalities (Heby under its 2007 code)
  EXPECT_EQ(summary.periods, 2);
}

TEST_F(RealStatistics, AnalysisMatchesTheFileByHand) {
  // DATA for Kalmar (0880), mother's age "tot", 2003: 316 boys, 304 girls.
  auto a = service::analyse_measure(*db, measure_id, "0880", "2003", std::string("2002"), {});
  ASSERT_TRUE(a.ok()) << a.error().to_string();
  EXPECT_EQ(*a->analysis.women, 304);
  EXPECT_EQ(*a->analysis.men, 316);
  EXPECT_NEAR(*a->analysis.women_share, 304.0 / 620 * 100, 1e-9);  // 49,0 %
  EXPECT_NEAR(*a->analysis.women_pct_of_men, 304.0 / 316 * 100, 1e-9);
  EXPECT_EQ(*a->analysis.balance, stats::Balance::even);
  // One age group, read from DATA: mother aged 30, 2003: 32 boys, 31 girls.
  auto age30 = service::analyse_measure(*db, measure_id, "0880", "2003", std::nullopt, {{"maternal age", "30"}});
  ASSERT_TRUE(age30.ok());
  EXPECT_EQ(*age30->analysis.women, 31);
  EXPECT_EQ(*age30->analysis.men, 32);
  // Kalmar län 2002, total: 1 102 boys, 998 girls.
  auto county = service::analyse_measure(*db, measure_id, "08", "2002", std::nullopt, {});
  EXPECT_EQ(*county->analysis.men, 1102);
  EXPECT_EQ(*county->analysis.women, 998);
}

TEST_F(RealStatistics, ComparesTheCountysMunicipalities) {
  auto regions = service::compare_regions(*db, measure_id, "08", "2003", {});
  ASSERT_TRUE(regions.ok());
  ASSERT_EQ(regions->size(), 2u + 12u);  // Riket, Kalmar län and its 12 municipalities
  EXPECT_EQ(regions->at(0).region_code, "00");
  EXPECT_EQ(regions->at(1).region_code, "08");
  auto ranked = stats::rank_regions(*regions, stats::RankBy::women_share);
  EXPECT_EQ(ranked.front().region_name, "Emmaboda");  // 38 girls, 32 boys: 54,3 %
  EXPECT_EQ(ranked.back().region_name, "Hultsfred");  // 39 girls, 60 boys: 39,4 %
  EXPECT_EQ(*ranked.back().analysis.balance, stats::Balance::men_dominated);
}

#include "formats/strategy_json/strategy_json.hpp"
#include "test_server.hpp"
#include "service/strategy/strategy_service.hpp"

class LinkedIndicators : public jamt::testing::ServerFixture {};

TEST_F(LinkedIndicators, StrategyPageShowsTheLatestValueOfALinkedIndicator) {
  auto file = service::read_statistics_file(std::string(JAMT_SOURCE_DIR) + "/data/statistics/BE0101D1-levande-fodda.px");
  ASSERT_TRUE(file.ok());
  ASSERT_TRUE(service::import_datasets(*db, file->datasets,
                                       {.file_name = "births.px", .sha256 = file->sha256, .format = "px", .actor = service::Actor{"t"}})
                  .ok());
  auto s = formats::read_strategy_json(jamt::testing::demo_document("kalmar-2024-2027.json"));
  s->start_year = 2002;
  s->end_year = 2003;
  auto& subgoal = s->goals[0].children[0];
  Indicator births;
  births.code = "x.1";
  births.name = "Levande födda flickor och pojkar";
  births.measure = MeasureLink{.code = "BE0101D1", .filter = {{"maternal age", "tot"}}};
  Indicator missing;
  missing.code = "x.2";
  missing.name = "Ett mått som inte är importerat";
  missing.measure = MeasureLink{.code = "NOPE", .filter = {}};
  subgoal.indicators = {births, missing};
  auto imported = service::import_strategy(*db, formats::write_strategy_json(*s), false, service::Actor{"t"});
  ASSERT_TRUE(imported.ok()) << imported.error().to_string();

  std::string html = get_html("/strategier/" + std::to_string(imported->strategy_id));
  EXPECT_NE(html.find("Senaste värde och status"), std::string::npos);
  EXPECT_NE(html.find("2003: kvinnor 992, män 1\u00a0083 (47,8\u00a0% kvinnor, Jämn könsfördelning)"), std::string::npos);
  // Each indicator links to its own page (issue 13), which links on to the measure.
  auto loaded = service::get_strategy(*db, imported->strategy_id);
  const std::int64_t births_id = loaded->goals[0].children[0].indicators[0].id;
  EXPECT_NE(html.find("href=\"/indikatorer/" + std::to_string(births_id) + "\""), std::string::npos);
  EXPECT_NE(get_html("/indikatorer/" + std::to_string(births_id)).find("region=08&amp;maternal%20age=tot"),
            std::string::npos);
  EXPECT_NE(html.find("Måttet NOPE är inte importerat."), std::string::npos);
  // The link survives export.
  auto doc = service::export_strategy(*db, imported->strategy_id);
  EXPECT_NE(doc->find("\"measure\": {\n"), std::string::npos);
  EXPECT_NE(doc->find("\"maternal age\": \"tot\""), std::string::npos);
}
