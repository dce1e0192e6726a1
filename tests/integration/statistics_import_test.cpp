// Importing statistics tables into the observation store, on SQLite and
// PostgreSQL: mapping, all-or-nothing, idempotence, supersede and rollback.
#include <gtest/gtest.h>

#include <cmath>

#include "service/statistics/statistics_import.hpp"
#include "store/observation_repository.hpp"
#include "test_database.hpp"
#include "test_datasets.hpp"

using namespace jamt;
using stats::Category;
using stats::Dataset;
using stats::DimensionRole;

namespace {

using jamt::testing::population;

service::ImportOptions options(const std::string& sha = "a1") {
  service::ImportOptions o;
  o.file_name = "BE0101N1.px";
  o.sha256 = sha;
  o.format = "px";
  o.actor = service::Actor{"tester"};
  return o;
}

}  // namespace

class StatisticsImport : public ::testing::Test {
 protected:
  void SetUp() override {
    db = jamt::testing::fresh_database();
    ASSERT_NE(db, nullptr);
  }
  std::vector<store::StoredObservation> rows(const std::string& code, std::vector<std::string> regions = {}) {
    std::vector<store::StoredObservation> out;
    EXPECT_TRUE(db->read([&](soci::session& s) -> Status {
      auto m = store::find_measure_by_code(s, code);
      if (!m) return not_found_error(code);
      out = store::query_observations(s, {m->id, regions, "", "", {}});
      return {};
    }).ok());
    return out;
  }
  std::unique_ptr<store::Database> db;
};

TEST_F(StatisticsImport, MapsRegionSexAndPeriodAndKeepsStatusSymbols) {
  auto r = service::import_datasets(*db, {population()}, options());
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_FALSE(r->unchanged);
  EXPECT_EQ(r->observations, 16);
  EXPECT_EQ(r->regions, 4);
  EXPECT_EQ(r->periods, 2);
  EXPECT_EQ(r->measure_codes, std::vector<std::string>{"BE0101N1"});
  auto kalmar = rows("BE0101N1", {"0880"});
  ASSERT_EQ(kalmar.size(), 4u);
  // Ordered by region, period, sex: 2022 men, 2022 women, 2023 men, 2023 women.
  EXPECT_EQ(kalmar[0].period, "2022");
  EXPECT_EQ(kalmar[0].sex, stats::Sex::men);
  EXPECT_EQ(*kalmar[0].value, 34000);
  EXPECT_EQ(kalmar[1].sex, stats::Sex::women);
  EXPECT_EQ(*kalmar[1].value, 35000);
  EXPECT_EQ(*kalmar[3].value, 35300);
  auto nybro = rows("BE0101N1", {"0881"});
  EXPECT_FALSE(nybro[3].value.has_value());
  EXPECT_EQ(nybro[3].status, "..");
}

TEST_F(StatisticsImport, TheSameFileTwiceChangesNothing) {
  ASSERT_TRUE(service::import_datasets(*db, {population()}, options()).ok());
  auto again = service::import_datasets(*db, {population(2.0)}, options());
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->unchanged);
  EXPECT_EQ(*rows("BE0101N1", {"08"})[0].value, 123000);
}

TEST_F(StatisticsImport, AnUnknownRegionRefusesTheWholeFileAndNamesIt) {
  Dataset d = population();
  d.dimensions[0].categories[3] = {"0999", "Atlantis"};
  auto r = service::import_datasets(*db, {d}, options());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().to_string(),
            "BE0101N1.px (BE0101N1): dimension \"Region\": \"0999\" (Atlantis), category 4 of 4 is not a known region");
  std::size_t measures = 99;
  ASSERT_TRUE(db->read([&](soci::session& s) -> Status {
    measures = store::list_measures(s).size() + store::list_batches(s).size();
    return {};
  }).ok());
  EXPECT_EQ(measures, 0u);
}

TEST_F(StatisticsImport, TwoCategoriesForOneRegionAreRefused) {
  Dataset d = population();
  d.dimensions[0].categories[1] = {"Kalmar", "Kalmar"};  // the municipality again, by name
  auto r = service::import_datasets(*db, {d}, options());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("are the same region"), std::string::npos) << r.error().message;
}

TEST_F(StatisticsImport, ATableWithoutSexIsTotals) {
  Dataset d = population();
  d.dimensions.erase(d.dimensions.begin() + 1);
  d.values.resize(8);
  d.status.clear();
  ASSERT_TRUE(service::import_datasets(*db, {d}, options()).ok());
  for (const auto& o : rows("BE0101N1")) EXPECT_EQ(o.sex, stats::Sex::total);
}

TEST_F(StatisticsImport, ALaterFileReplacesValuesAndRollingItBackRestoresThem) {
  auto first = service::import_datasets(*db, {population()}, options("one"));
  ASSERT_TRUE(first.ok());
  auto second = service::import_datasets(*db, {population(2.0)}, options("two"));
  ASSERT_TRUE(second.ok()) << second.error().to_string();
  EXPECT_EQ(*rows("BE0101N1", {"08"})[0].value, 246000);
  EXPECT_EQ(rows("BE0101N1").size(), 16u);

  Status blocked = service::rollback_import(*db, first->batch_id, service::Actor{"tester"});
  ASSERT_FALSE(blocked.ok());
  EXPECT_EQ(blocked.error().code, jamt::ErrorKind::conflict);

  ASSERT_TRUE(service::rollback_import(*db, second->batch_id, service::Actor{"tester"}).ok());
  EXPECT_EQ(*rows("BE0101N1", {"08"})[0].value, 123000);
  EXPECT_EQ(rows("BE0101N1").size(), 16u);
  EXPECT_EQ(service::rollback_import(*db, second->batch_id, service::Actor{"tester"}).error().code, jamt::ErrorKind::conflict);

  ASSERT_TRUE(service::rollback_import(*db, first->batch_id, service::Actor{"tester"}).ok());
  EXPECT_TRUE(rows("BE0101N1").empty());
  // A rolled-back file can be imported again.
  auto again = service::import_datasets(*db, {population()}, options("one"));
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->unchanged);
  EXPECT_EQ(service::rollback_import(*db, 424242, service::Actor{"t"}).error().code, jamt::ErrorKind::not_found);
}

TEST_F(StatisticsImport, EveryContentBecomesAMeasureAndOtherDimensionsAreKept) {
  Dataset d = population();
  d.dimensions.insert(d.dimensions.begin() + 2, {"Alder", "ålder", DimensionRole::other, {{"0-19", "0-19 år"}, {"20+", "20+ år"}}});
  d.dimensions.push_back({"ContentsCode", "tabellinnehåll", DimensionRole::metric,
                          {{"BE0101N1", "Folkmängd"}, {"BE0101N2", "Folkökning"}}});
  d.values.assign(d.cell_count(), 1.0);
  d.status.clear();
  auto r = service::import_datasets(*db, {d}, options());
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(r->measure_codes, (std::vector<std::string>{"BE0101N1.BE0101N1", "BE0101N1.BE0101N2"}));
  auto obs = rows("BE0101N1.BE0101N2", {"00"});
  ASSERT_EQ(obs.size(), 8u);
  EXPECT_EQ(obs[0].dims, "Alder=0-19");
}
