// Re-importing a changed table (what happens when SCB republishes one): the
// old values are served until the new batch is complete, and other writers —
// a login over HTTP — get through while the import runs. Both engines.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "domain/regions.hpp"
#include "service/statistics/statistics_import.hpp"
#include "service/statistics/statistics_query.hpp"
#include "store/observation_repository.hpp"
#include "test_accounts.hpp"
#include "test_server.hpp"

using namespace jamt;
using SteadyClock = std::chrono::steady_clock;

namespace {

// Population by every region × sex × age 0–24 × 3 years: 46 800 cells (small
// enough for PostgreSQL, where SOCI inserts row by row, to stay quick).
// Each value is `base` plus the cell's position modulo 1000.
stats::Dataset population_table(double base) {
  stats::Dataset d;
  d.id = "REIMPORT";
  d.title = "Folkmängd";
  d.unit = "antal";
  stats::Dimension region{"Region", "region", stats::DimensionRole::geo, {}};
  for (const auto& r : RegionCatalogue::instance().all()) region.categories.push_back({r.code, r.name});
  stats::Dimension sex{"Kon", "kön", stats::DimensionRole::other, {{"1", "män"}, {"2", "kvinnor"}}};
  stats::Dimension age{"Alder", "ålder", stats::DimensionRole::other, {}};
  for (int a = 0; a <= 24; ++a) age.categories.push_back({std::to_string(a), std::to_string(a) + " år"});
  stats::Dimension year{"Tid", "år", stats::DimensionRole::time, {{"2021", "2021"}, {"2022", "2022"}, {"2023", "2023"}}};
  d.dimensions = {region, sex, age, year};
  d.values.resize(d.cell_count());
  for (std::size_t i = 0; i < d.values.size(); ++i) d.values[i] = base + static_cast<double>(i % 1000);
  return d;
}

service::ImportOptions reimport_options(const std::string& sha) {
  return {.file_name = "REIMPORT.px",
          .sha256 = sha,
          .format = "px",
          .measure_code = std::nullopt,
          .actor = service::Actor{"tester"},
          .progress = {},
          .user = std::nullopt,
          .rows_per_step = 5000};
}

}  // namespace

class StatisticsReimport : public jamt::testing::ServerFixture {
 protected:
  // Kalmar läns women in 2023 (all ages summed), as the JSON API serves them.
  std::optional<double> kalmar_value() {
    auto r = client->Get("/api/v1/measures/" + std::to_string(measure_id) + "/data?region=08&from=2023&to=2023");
    if (!r || r->status != 200) return std::nullopt;
    auto body = nlohmann::json::parse(r->body, nullptr, false);
    if (!body.contains("rows") || body["rows"].empty() || body["rows"][0]["women"].is_null()) return std::nullopt;
    return body["rows"][0]["women"].get<double>();
  }
  // Milliseconds a login over HTTP takes; -1 when it fails.
  long login_ms() {
    auto start = SteadyClock::now();
    auto r = client->Post("/api/v1/auth/login",
                          R"({"email": "strateg@kalmar.example", "password": "correct horse battery"})",
                          "application/json");
    long ms = std::chrono::duration_cast<std::chrono::milliseconds>(SteadyClock::now() - start).count();
    return r && r->status == 200 ? ms : -1;
  }
  std::int64_t measure_id = 0;
};

TEST_F(StatisticsReimport, OldValuesAreServedAndLoginsWorkUntilTheChangedCopyIsComplete) {
  jamt::testing::sign_in(*db, "strateg@kalmar.example", Role::strategist, "08");
  auto first = service::import_datasets(*db, {population_table(1000)}, reimport_options("first"));
  ASSERT_TRUE(first.ok()) << first.error().to_string();
  EXPECT_EQ(first->observations, 46800);
  measure_id = service::list_measures(*db)->at(0).id;
  auto before = kalmar_value();
  ASSERT_TRUE(before.has_value());

  // The changed copy, paused once at least 20 000 cells are written (steps committed).
  std::mutex m;
  std::condition_variable cv;
  bool paused = false, resume = false;
  service::ImportOptions changed = reimport_options("second");
  changed.progress = [&](std::uint64_t done, std::uint64_t total) {
    if (done < 20000 || done == total) return;
    std::unique_lock lock(m);
    if (paused) return;  // pause once
    paused = true;
    cv.notify_all();
    cv.wait(lock, [&] { return resume; });
  };
  std::atomic<bool> finished = false;
  Result<service::ImportSummary> second = Error{jamt::ErrorKind::internal, "not run", {}, {}};
  std::thread importer([&] {
    second = service::import_datasets(*db, {population_table(5000)}, changed);
    finished = true;
  });
  {
    std::unique_lock lock(m);
    EXPECT_TRUE(cv.wait_for(lock, std::chrono::seconds(120), [&] { return paused; })) << "never reached 20 000";
  }
  // Half written: readers see the old values, nothing of the new batch.
  EXPECT_EQ(kalmar_value(), before);
  auto batches = service::list_import_batches(*db);
  ASSERT_TRUE(batches.ok());
  EXPECT_EQ(batches->front().status, store::BatchStatus::loading);
  long paused_login = login_ms();
  EXPECT_GE(paused_login, 0) << "a login while the import is half done";
  EXPECT_LT(paused_login, 5000);
  {
    std::lock_guard lock(m);
    resume = true;
  }
  cv.notify_all();

  // While the import writes its remaining steps, logins keep succeeding.
  long slowest = 0;
  int during = 0;
  while (!finished) {
    long ms = login_ms();
    EXPECT_GE(ms, 0) << "a login failed during the import";
    if (ms < 0) break;
    slowest = std::max(slowest, ms);
    if (!finished) ++during;
  }
  importer.join();
  ASSERT_TRUE(second.ok()) << second.error().to_string();
  EXPECT_LT(slowest, 5000) << "well under the 30 s busy timeout";
  std::cout << "[ info     ] " << jamt::testing::engine_name() << ": " << during
            << " logins completed during the import's last steps, slowest " << slowest << " ms\n";

  // Complete: the new values, all of them.
  EXPECT_EQ(kalmar_value(), *before + 25 * 4000) << "every age of the changed copy, summed";
  EXPECT_EQ(service::list_import_batches(*db)->front().status, store::BatchStatus::complete);
}

TEST_F(StatisticsReimport, AnImportLeftLoadingByACrashIsCleanedUpAndNeverShown) {
  ASSERT_TRUE(service::import_datasets(*db, {population_table(1000)}, reimport_options("first")).ok());
  measure_id = service::list_measures(*db)->at(0).id;
  auto before = kalmar_value();
  // A crash after a few steps: a loading batch whose heartbeat is old.
  std::int64_t crashed = 0;
  ASSERT_TRUE(db->transaction([&](soci::session& s) -> Status {
    store::ImportBatch b;
    b.file_name = "REIMPORT.px";
    b.sha256 = "crashed";
    b.format = "px";
    b.imported_by = "tester";
    crashed = store::insert_batch(s, b);
    store::link_batch_measure(s, crashed, measure_id);
    return {};
  }).ok());
  store::ObservationWriter writer(*db, crashed, 1000);
  stats::Observation o{"08", "2023", stats::Sex::women, "Alder=0", 1.0, ""};
  ASSERT_TRUE(writer.add(measure_id, o).ok());
  ASSERT_TRUE(writer.finish().ok());
  ASSERT_TRUE(db->transaction([&](soci::session& s) -> Status {
    s << "UPDATE import_batches SET heartbeat_at = '2000-01-01T00:00:00Z' WHERE id = :b", soci::use(crashed);
    return {};
  }).ok());
  EXPECT_EQ(kalmar_value(), before) << "a loading batch is never read";

  auto purged = service::purge_abandoned_batches(*db);
  ASSERT_TRUE(purged.ok()) << purged.error().to_string();
  EXPECT_EQ(*purged, 1u);
  auto batch = service::list_import_batches(*db)->front();
  EXPECT_EQ(batch.id, crashed);
  EXPECT_EQ(batch.status, store::BatchStatus::failed);
  long long left = -1;
  ASSERT_TRUE(db->read([&](soci::session& s) -> Status {
    s << "SELECT COUNT(*) FROM observations WHERE batch_id = :b", soci::use(crashed), soci::into(left);
    return {};
  }).ok());
  EXPECT_EQ(left, 0);
  EXPECT_EQ(kalmar_value(), before);
}
