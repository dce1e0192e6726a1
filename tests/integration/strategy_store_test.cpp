// Strategies in the database, on SQLite and PostgreSQL alike: import, export,
// replace, refusal without a trace, audit log, national-goal lookups.
#include <gtest/gtest.h>

#include <soci/soci.h>
#include <atomic>
#include <set>
#include <thread>

#include "store/migrations.hpp"
#include "formats/strategy_json/strategy_json.hpp"
#include "service/strategy/strategy_service.hpp"
#include "store/audit_repository.hpp"
#include "store/migrations.hpp"
#include "test_database.hpp"

using namespace jamt;

namespace {
const service::Actor kTester{"tester@example.se"};

// The document as the exporter writes it (canonical field order and layout).
std::string canonical(const std::string& doc) {
  auto s = formats::read_strategy_json(doc);
  EXPECT_TRUE(s.ok());
  return formats::write_strategy_json(*s);
}

std::size_t strategy_count(store::Database& db) {
  auto list = service::list_strategies(db);
  EXPECT_TRUE(list.ok());
  return list->size();
}
}  // namespace

class StrategyStore : public ::testing::Test {
 protected:
  void SetUp() override {
    db = jamt::testing::fresh_database();
    ASSERT_NE(db, nullptr);
  }
  std::unique_ptr<store::Database> db;
};

TEST_F(StrategyStore, MigrationsAreIdempotent) {
  auto again = db->migrate();
  ASSERT_TRUE(again.ok()) << again.error().to_string();
  EXPECT_EQ(*again, store::latest_schema_version());
  EXPECT_GE(*again, 6);
}

TEST_F(StrategyStore, ExportAfterImportGivesTheSameDocumentForEveryDemoStrategy) {
  for (const char* file : {"kalmar-2024-2027.json", "stockholm-2014-2018.json", "sodermanland-2014-2016.json"}) {
    std::string doc = jamt::testing::demo_document(file);
    auto imported = service::import_strategy(*db, doc, false, kTester);
    ASSERT_TRUE(imported.ok()) << file << ": " << imported.error().to_string();
    auto exported = service::export_strategy(*db, imported->strategy_id);
    ASSERT_TRUE(exported.ok());
    EXPECT_EQ(*exported, canonical(doc)) << file;
    // export → import → export is exact.
    auto reimported = service::import_strategy(*db, *exported, true, kTester);
    ASSERT_TRUE(reimported.ok()) << reimported.error().to_string();
    EXPECT_EQ(reimported->strategy_id, imported->strategy_id);
    EXPECT_EQ(*service::export_strategy(*db, imported->strategy_id), *exported) << file;
  }
  EXPECT_EQ(strategy_count(*db), 3u);
}

TEST_F(StrategyStore, SameCountyAndPeriodIsRefusedUnlessReplaceAndNothingChanges) {
  std::string doc = jamt::testing::demo_document("stockholm-2014-2018.json");
  auto first = service::import_strategy(*db, doc, false, kTester);
  ASSERT_TRUE(first.ok());
  std::string before = *service::export_strategy(*db, first->strategy_id);

  auto changed = formats::read_strategy_json(doc);
  changed->title = "Ny titel";
  changed->goals[0].children.pop_back();
  std::string changed_doc = formats::write_strategy_json(*changed);

  auto refused = service::import_strategy(*db, changed_doc, false, kTester);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, jamt::ErrorKind::conflict);
  EXPECT_NE(refused.error().message.find("already exists"), std::string::npos);
  EXPECT_EQ(*service::export_strategy(*db, first->strategy_id), before);

  auto replaced = service::import_strategy(*db, changed_doc, true, kTester);
  ASSERT_TRUE(replaced.ok()) << replaced.error().to_string();
  EXPECT_TRUE(replaced->replaced);
  EXPECT_EQ(replaced->strategy_id, first->strategy_id);
  auto now = service::get_strategy(*db, first->strategy_id);
  EXPECT_EQ(now->title, "Ny titel");
  EXPECT_EQ(now->goals[0].children.size(), 4u);
  EXPECT_EQ(strategy_count(*db), 1u);
}

TEST_F(StrategyStore, BrokenDocumentLeavesTheDatabaseAsItWas) {
  std::string doc = jamt::testing::demo_document("sodermanland-2014-2016.json");
  auto first = service::import_strategy(*db, doc, false, kTester);
  ASSERT_TRUE(first.ok());
  std::string before = *service::export_strategy(*db, first->strategy_id);

  auto broken = formats::read_strategy_json(doc);
  broken->goals[0].children[3].children.push_back(broken->goals[0].children[3].children[0]);  // duplicate code
  auto refused = service::import_strategy(*db, formats::write_strategy_json(*broken), true, kTester);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().where.substr(0, 24), "$.goals[0].children[3].c");
  EXPECT_NE(refused.error().message.find("duplicate code"), std::string::npos);
  EXPECT_EQ(*service::export_strategy(*db, first->strategy_id), before);
  EXPECT_EQ(strategy_count(*db), 1u);
}

TEST_F(StrategyStore, ATransactionThatFailsHalfwayWritesNothing) {
  auto doc = formats::read_strategy_json(jamt::testing::demo_document("kalmar-2024-2027.json"));
  Status st = db->transaction([&](soci::session& s) -> Status {
    store::insert_strategy(s, *doc);
    return Error{jamt::ErrorKind::validation, "stopped after the insert", {}, {}};
  });
  EXPECT_FALSE(st.ok());
  EXPECT_EQ(strategy_count(*db), 0u);
  Status thrown = db->transaction([&](soci::session& s) -> Status {
    store::insert_strategy(s, *doc);
    s << "INSERT INTO no_such_table VALUES (1)";
    return {};
  });
  EXPECT_FALSE(thrown.ok());
  EXPECT_EQ(thrown.error().code, jamt::ErrorKind::database);
  EXPECT_EQ(strategy_count(*db), 0u);
  long long nodes = -1;
  ASSERT_TRUE(db->read([&](soci::session& s) -> Status {
    s << "SELECT COUNT(*) FROM goal_nodes", soci::into(nodes);
    return {};
  }).ok());
  EXPECT_EQ(nodes, 0);
}

TEST_F(StrategyStore, ImportsAndReplacementsAreInTheAuditLog) {
  std::string doc = jamt::testing::demo_document("stockholm-2014-2018.json");
  auto first = service::import_strategy(*db, doc, false, kTester);
  ASSERT_TRUE(first.ok());
  ASSERT_TRUE(service::import_strategy(*db, doc, true, service::Actor{"other@example.se"}).ok());
  std::vector<store::AuditEntry> entries;
  ASSERT_TRUE(db->read([&](soci::session& s) -> Status {
    entries = store::list_audit(s, "strategy", first->strategy_id);
    return {};
  }).ok());
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].action, "create");
  EXPECT_EQ(entries[0].actor, "tester@example.se");
  EXPECT_FALSE(entries[0].before_json.has_value());
  EXPECT_EQ(*entries[0].after_json, canonical(doc));
  EXPECT_EQ(entries[1].action, "update");
  EXPECT_EQ(entries[1].actor, "other@example.se");
  EXPECT_EQ(*entries[1].before_json, canonical(doc));
}

TEST_F(StrategyStore, FindsTheRegionalGoalsThatServeANationalSubgoal) {
  auto loaded = service::load_demo_strategies(*db);
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  EXPECT_EQ(*loaded, 3u);
  EXPECT_EQ(*service::load_demo_strategies(*db), 0u) << "demo content loads only into an empty database";

  auto violence = service::nodes_serving(*db, "2017:6", std::nullopt);
  ASSERT_TRUE(violence.ok());
  ASSERT_FALSE(violence->empty());
  for (const auto& n : *violence) EXPECT_EQ(n.county_code, "08");

  auto old_violence = service::nodes_serving(*db, "2006:4", std::nullopt);
  ASSERT_TRUE(old_violence.ok());
  std::set<std::string> counties;
  for (const auto& n : *old_violence) counties.insert(n.county_code);
  EXPECT_EQ(counties, (std::set<std::string>{"01", "04"}));

  EXPECT_EQ(service::nodes_serving(*db, "2017:9", std::nullopt).error().code, jamt::ErrorKind::not_found);
}

TEST_F(StrategyStore, ConcurrentImportsOfDifferentStrategiesAllLand) {
  std::vector<std::string> docs;
  for (int year = 2000; year < 2008; ++year) {
    auto s = formats::read_strategy_json(jamt::testing::demo_document("sodermanland-2014-2016.json"));
    s->start_year = year;
    s->end_year = year + 2;
    docs.push_back(formats::write_strategy_json(*s));
  }
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (const auto& d : docs)
    threads.emplace_back([&, d] {
      if (!service::import_strategy(*db, d, false, kTester).ok()) ++failures;
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(strategy_count(*db), docs.size());
}
