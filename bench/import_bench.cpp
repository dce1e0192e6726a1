// Importing a statistics table into the embedded SQLite database: the
// observations per second a strategist waits for (target ≥ 500 000/s), and
// re-importing a changed copy while others write.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <soci/soci.h>
#include <thread>
#include <unistd.h>

#include "domain/regions.hpp"
#include "service/statistics/statistics_import.hpp"
#include "store/audit_repository.hpp"

using namespace jamt;

namespace {

// An SCB-shaped population table: every region × sex × age (0–100) × years.
stats::Dataset population_table(int years) {
  stats::Dataset d;
  d.id = "BENCH";
  d.title = "Folkmängd";
  d.unit = "antal";
  stats::Dimension region{.id = "Region", .label = "region", .role = stats::DimensionRole::geo};
  for (const auto& r : RegionCatalogue::instance().all()) region.categories.push_back({r.code, r.name});
  stats::Dimension sex{.id = "Kon", .label = "kön", .role = stats::DimensionRole::other, .categories = {{"1", "män"}, {"2", "kvinnor"}}};
  stats::Dimension age{.id = "Alder", .label = "ålder", .role = stats::DimensionRole::other};
  for (int a = 0; a <= 100; ++a) age.categories.push_back({std::to_string(a), std::to_string(a) + " år"});
  stats::Dimension year{.id = "Tid", .label = "år", .role = stats::DimensionRole::time};
  for (int y = 0; y < years; ++y) year.categories.push_back({std::to_string(2000 + y), std::to_string(2000 + y)});
  d.dimensions = {region, sex, age, year};
  d.values.resize(d.cell_count());
  for (std::size_t i = 0; i < d.values.size(); ++i) d.values[i] = static_cast<double>(i % 5000);
  return d;
}

service::ImportOptions options(const std::string& sha) {
  return {.file_name = "bench.px",
          .sha256 = sha,
          .format = "px",
          .measure_code = std::nullopt,
          .actor = service::Actor{"bench"},
          .progress = {},
          .user = std::nullopt,
          .rows_per_step = 0};
}

// Small writes (one audit row each, as a login or a form save makes) in a
// loop until `stop`; records each one's duration in milliseconds.
void small_writes(store::Database& db, const std::atomic<bool>& stop, std::vector<double>& ms, int& failures) {
  while (!stop) {
    auto start = std::chrono::steady_clock::now();
    Status st = db.transaction([](soci::session& s) -> Status {
      store::append_audit(s, {0, "", "bench", "create", "bench_write", 1, std::nullopt, std::string("{}")});
      return {};
    });
    if (!st) ++failures;
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

}  // namespace

// What happens when SCB republishes a table: a first import of a ~10 M-cell
// table, then a changed copy of it, while another thread makes small writes.
// Counters: both import times in seconds, and the small writes' median and
// slowest duration during the re-import.
static void BM_ReimportChangedTable(benchmark::State& state) {
  const int years = static_cast<int>(state.range(0));
  stats::Dataset first = population_table(years);
  stats::Dataset changed = first;
  for (auto& v : changed.values) v += 1;
  for (auto _ : state) {
    auto dir = std::filesystem::temp_directory_path() / ("jamt-reimport-bench-" + std::to_string(getpid()));
    std::filesystem::remove_all(dir);
    auto db = store::Database::open(store::DatabaseConfig::from_url((dir / "jamt.db").string()));
    if (!db || !(*db)->migrate()) {
      state.SkipWithError("cannot open SQLite");
      return;
    }
    auto t0 = std::chrono::steady_clock::now();
    auto r1 = service::import_datasets(**db, {first}, options("first"));
    auto t1 = std::chrono::steady_clock::now();
    std::atomic<bool> stop = false;
    std::vector<double> ms;
    int failures = 0;
    std::thread writer([&] { small_writes(**db, stop, ms, failures); });
    auto r2 = service::import_datasets(**db, {changed}, options("changed"));
    auto t2 = std::chrono::steady_clock::now();
    stop = true;
    writer.join();
    if (!r1 || !r2) state.SkipWithError((!r1 ? r1 : r2).error().to_string().c_str());
    std::sort(ms.begin(), ms.end());
    state.counters["cells"] = static_cast<double>(first.cell_count());
    state.counters["first_import_s"] = std::chrono::duration<double>(t1 - t0).count();
    state.counters["reimport_s"] = std::chrono::duration<double>(t2 - t1).count();
    state.counters["write_during_n"] = static_cast<double>(ms.size());
    state.counters["write_during_failed"] = failures;
    state.counters["write_during_p50_ms"] = ms.empty() ? 0 : ms[ms.size() / 2];
    state.counters["write_during_max_ms"] = ms.empty() ? 0 : ms.back();
    db->reset();
    std::filesystem::remove_all(dir);
  }
}
// 312 regions × 2 sexes × 101 ages × 160 years = 10 083 840 cells.
BENCHMARK(BM_ReimportChangedTable)->Arg(160)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

static void BM_ImportIntoSqlite(benchmark::State& state) {
  stats::Dataset table = population_table(static_cast<int>(state.range(0)));
  int run = 0;
  for (auto _ : state) {
    state.PauseTiming();
    auto dir = std::filesystem::temp_directory_path() / ("jamt-import-bench-" + std::to_string(getpid()));
    std::filesystem::remove_all(dir);
    auto db = store::Database::open(store::DatabaseConfig::from_url((dir / "jamt.db").string()));
    if (!db || !(*db)->migrate()) {
      state.SkipWithError("cannot open SQLite");
      return;
    }
    state.ResumeTiming();
    auto r = service::import_datasets(**db, {table}, options("sha-" + std::to_string(run++)));
    if (!r) state.SkipWithError(r.error().to_string().c_str());
    state.PauseTiming();
    db->reset();
    std::filesystem::remove_all(dir);
    state.ResumeTiming();
  }
  state.counters["observations"] = static_cast<double>(table.cell_count());
  state.counters["observations_per_s"] =
      benchmark::Counter(static_cast<double>(table.cell_count()), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ImportIntoSqlite)->Arg(16)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
