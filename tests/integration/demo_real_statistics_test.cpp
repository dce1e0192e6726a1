// Issue 13, item 5: the demo imports real Kolada and SCB tables and binds
// Kalmar's indicators to them. Values are checked against the extracts in
// data/statistics/real/ (each line named; the extracts keep the lines of the
// shared files byte for byte, see data/statistics/real/README.md).
#include <gtest/gtest.h>

#include <functional>
#include <set>

#include "domain/utc_time.hpp"
#include "service/demo/demo_statistics.hpp"
#include "service/statistics/statistics_import.hpp"
#include "service/statistics/statistics_query.hpp"
#include "service/strategy/strategy_service.hpp"
#include "test_database.hpp"

using namespace jamt;

namespace {

class DemoRealStatistics : public ::testing::Test {
 protected:
  void SetUp() override {
    db = jamt::testing::fresh_database();
    ASSERT_NE(db, nullptr);
    db->use_clock(clock);
    auto loaded = service::load_demo_real_statistics(*db);
    ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
    imported = *loaded;
    auto measures = service::list_measures(*db);
    ASSERT_TRUE(measures.ok());
    for (const auto& m : *measures) by_code[m.code] = m;
  }

  // The one value row of `code` in `region` for `period`, with `filter`.
  service::SexCell cell(const std::string& code, const std::string& region, const std::string& period,
                        const service::DimensionFilter& filter = {}) {
    auto rows = service::measure_values(*db, by_code.at(code).id, {region}, period, period, filter);
    EXPECT_TRUE(rows.ok()) << code << ": " << rows.error().to_string();
    if (!rows.ok() || rows->size() != 1) {
      ADD_FAILURE() << code << " " << region << " " << period << ": expected one row";
      return {};
    }
    return rows->front();
  }

  FixedClock clock{*parse_utc_text("2026-03-31T10:00:00Z")};
  std::unique_ptr<store::Database> db;
  std::size_t imported = 0;
  std::map<std::string, stats::Measure> by_code;
};

}  // namespace

TEST_F(DemoRealStatistics, EveryTableIsImportedOnceAsItsOwnBatchWithItsFiles) {
  EXPECT_EQ(imported, 29u);  // 25 Kolada KPIs, life expectancy (two KPIs), 3 SCB tables
  EXPECT_EQ(service::demo_real_tables().size(), 29u);
  auto batches = service::list_import_batches(*db);
  ASSERT_TRUE(batches.ok());
  ASSERT_EQ(batches->size(), 29u);
  std::set<std::string> names;
  for (const auto& b : *batches) {
    EXPECT_TRUE(service::batch_is_current(b)) << b.file_name;
    EXPECT_EQ(b.sha256.size(), 64u);
    EXPECT_EQ(b.imported_by, "system");
    names.insert(b.file_name);
  }
  EXPECT_TRUE(names.contains("data/statistics/real/kolada/kolada-N00957-ohalsotal-kon.csv + "
                             "data/statistics/real/kolada/kolada-N00957-ohalsotal-totalt.csv"));
  EXPECT_TRUE(names.contains("data/statistics/real/scb/scb-inkomst-medel-median-kommun-kon-alder-2018.csv"));
  // A second start imports nothing.
  auto again = service::load_demo_real_statistics(*db);
  ASSERT_TRUE(again.ok()) << again.error().to_string();
  EXPECT_EQ(*again, 0u);
  EXPECT_EQ(service::list_import_batches(*db)->size(), 29u);
}

TEST_F(DemoRealStatistics, KoladaValuesAreThoseOfTheFilesAndSharesAreNotAddedUp) {
  const stats::Measure& ohalsotal = by_code.at("N00957");
  EXPECT_EQ(ohalsotal.title, "Ohälsotal, dagar (Kolada N00957)");
  EXPECT_EQ(ohalsotal.unit, "dagar");
  EXPECT_FALSE(ohalsotal.additive);
  // kolada-N00957-ohalsotal-kon.csv lines 592–593 "08,k,2022,31.28", "08,m,2022,22.02";
  // kolada-N00957-ohalsotal-totalt.csv line 297 "08,2022,26.52".
  auto c = cell("N00957", "08", "2022");
  EXPECT_DOUBLE_EQ(c.values.women.value_or(-1), 31.28);
  EXPECT_DOUBLE_EQ(c.values.men.value_or(-1), 22.02);
  EXPECT_DOUBLE_EQ(c.values.total.value_or(-1), 26.52);
  // Days per person do not add up: no women's share is computed from them.
  auto analysis = service::analyse_measure(*db, ohalsotal.id, "08", "2022", std::nullopt, {});
  ASSERT_TRUE(analysis.ok()) << analysis.error().to_string();
  EXPECT_FALSE(analysis->analysis.women_share.has_value());
  EXPECT_DOUBLE_EQ(analysis->analysis.total.value_or(-1), 26.52);

  // kolada-N03920-arbetsloshet-18-65-kon.csv lines 328–329, -totalt.csv line 171.
  c = cell("N03920", "08", "2022");
  EXPECT_DOUBLE_EQ(c.values.women.value_or(-1), 5.179286);
  EXPECT_DOUBLE_EQ(c.values.men.value_or(-1), 5.041908);
  EXPECT_DOUBLE_EQ(c.values.total.value_or(-1), 5.108466);
  EXPECT_FALSE(by_code.at("N03920").additive);

  // Sjukpenningtal has no county row in Kolada; Kalmar kommun's:
  // kolada-N00938-sjukpenningtal-kon.csv lines 640–641, -totalt.csv line 321.
  c = cell("N00938", "0880", "2022");
  EXPECT_DOUBLE_EQ(c.values.women.value_or(-1), 11.11);
  EXPECT_DOUBLE_EQ(c.values.men.value_or(-1), 6.77);
  EXPECT_DOUBLE_EQ(c.values.total.value_or(-1), 8.9);
  auto county = service::measure_values(*db, by_code.at("N00938").id, {"08"}, "2022", "2022", {});
  ASSERT_TRUE(county.ok());
  EXPECT_TRUE(county->empty());

  // Two one-sex KPIs as one measure: kolada-N00925-medellivslangd-kvinnor-totalt.csv line 296
  // "08,2022,84.93" and kolada-N00923-medellivslangd-man-totalt.csv line 296 "08,2022,81.11".
  c = cell("N00925.N00923", "08", "2022");
  EXPECT_DOUBLE_EQ(c.values.women.value_or(-1), 84.93);
  EXPECT_DOUBLE_EQ(c.values.men.value_or(-1), 81.11);
  EXPECT_FALSE(c.values.total.has_value());

  // A share published as the total only: kolada-N00945-vab-dagar-man-andel-totalt.csv line 306.
  c = cell("N00945", "08", "2022");
  EXPECT_DOUBLE_EQ(c.values.total.value_or(-1), 39.6);
  EXPECT_FALSE(c.values.women.has_value());
  // Riket is "0" in Kolada's files and "00" in Jämt.
  EXPECT_TRUE(cell("N00957", "00", "2022").values.women.has_value());
}

TEST_F(DemoRealStatistics, ScbTablesByMunicipalityNameLandOnTheMunicipalityCodes) {
  // scb-inkomst-medel-median-kommun-kon-alder-2018.csv lines 147 and 155:
  // "Kalmar","män","totalt 16+ år","Median",318.5 and "Kalmar","kvinnor",…,242.3.
  const stats::Measure& income = by_code.at("SCB.INKOMST.KOMMUN");
  EXPECT_FALSE(income.additive);
  EXPECT_EQ(income.unit, "tkr");
  auto c = cell("SCB.INKOMST.KOMMUN", "0880", "2018", {{"ålder", "totalt 16+ år"}, {"MedTyp", "Median"}});
  EXPECT_DOUBLE_EQ(c.values.men.value_or(-1), 318.5);
  EXPECT_DOUBLE_EQ(c.values.women.value_or(-1), 242.3);

  // scb-inrikes-utrikes-fodda-12-25-kommun-kon-2019.csv lines 363 and 365:
  // "Kalmar","18","män","Utrikes född",79 and "Kalmar","18","kvinnor","Utrikes född",56.
  // Counts add up, so here the women's share is computed: 56 / 135.
  const stats::Measure& born = by_code.at("SCB.FODELSELAND.12-25.KOMMUN");
  EXPECT_TRUE(born.additive);
  c = cell("SCB.FODELSELAND.12-25.KOMMUN", "0880", "2019", {{"ålder", "18"}, {"födelseregion", "Utrikes född"}});
  EXPECT_DOUBLE_EQ(c.values.women.value_or(-1), 56);
  EXPECT_DOUBLE_EQ(c.values.men.value_or(-1), 79);
  auto a = service::analyse_measure(*db, born.id, "0880", "2019", std::nullopt,
                                    {{"ålder", "18"}, {"födelseregion", "Utrikes född"}});
  ASSERT_TRUE(a.ok()) << a.error().to_string();
  EXPECT_NEAR(a->analysis.women_share.value_or(-1), 100.0 * 56 / 135, 1e-9);

  // scb-utbildningsniva-kommun-alder-kon-2019.csv lines 866–867: Kalmar, förgymnasial
  // utbildning kortare än 9 år, 16-24 år: män 56, kvinnor 20.
  c = cell("SCB.UTBILDNINGSNIVA.KOMMUN", "0880", "2019",
           {{"utbildningsnivå", "förgymnasial utbildning kortare än 9 år"}, {"ålder", "16-24 år"}});
  EXPECT_DOUBLE_EQ(c.values.men.value_or(-1), 56);
  EXPECT_DOUBLE_EQ(c.values.women.value_or(-1), 20);
}

TEST_F(DemoRealStatistics, EveryBoundKalmarIndicatorFindsItsMeasureWithValuesForTheCounty) {
  ASSERT_TRUE(service::load_demo_strategies(*db).ok());
  auto strategies = service::list_strategies(*db);
  ASSERT_TRUE(strategies.ok());
  std::int64_t kalmar = 0;
  for (const auto& s : *strategies)
    if (s.county_code == "08") kalmar = s.id;
  ASSERT_NE(kalmar, 0);
  auto strategy = service::get_strategy(*db, kalmar);
  ASSERT_TRUE(strategy.ok()) << strategy.error().to_string();

  std::map<std::string, std::string> bound;  // indicator code → measure code
  std::map<std::int64_t, std::string> code_of;
  std::function<void(const std::vector<GoalNode>&)> walk = [&](const std::vector<GoalNode>& nodes) {
    for (const auto& n : nodes) {
      for (const auto& i : n.indicators)
        if (i.measure) {
          bound[i.code] = i.measure->code;
          code_of[i.id] = i.code;
        }
      walk(n.children);
    }
  };
  walk(strategy->goals);
  // The bindings docs/demo-data.md lists.
  EXPECT_EQ(bound, (std::map<std::string, std::string>{
                       {"2.e", "N00945"}, {"2.j", "N03920"}, {"3.b", "N15428"}, {"4.a", "N00945"}, {"5.b", "N00957"}}));
  for (const auto& [indicator, measure] : bound) EXPECT_TRUE(by_code.contains(measure)) << indicator;

  auto values = service::linked_indicator_values(*db, *strategy, "08");
  ASSERT_TRUE(values.ok()) << values.error().to_string();
  ASSERT_EQ(values->size(), bound.size());
  for (const auto& [id, value] : *values) {
    EXPECT_EQ(value.problem, "") << code_of[id];
    EXPECT_EQ(value.period, "2022") << code_of[id];  // the files' latest year
  }
  // 3.b: kolada-N15428-ak9-behoriga-yrkesprogram-kon.csv lines 650–651 "08,k,2022,86.0", "08,m,2022,81.6".
  for (const auto& [id, value] : *values)
    if (code_of[id] == "3.b") {
      EXPECT_DOUBLE_EQ(value.analysis.women.value_or(-1), 86.0);
      EXPECT_DOUBLE_EQ(value.analysis.men.value_or(-1), 81.6);
      EXPECT_FALSE(value.analysis.women_share.has_value());
    }
}
