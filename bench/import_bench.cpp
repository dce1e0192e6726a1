// Importing a statistics table into the embedded SQLite database: the
// observations per second a strategist waits for (target ≥ 500 000/s).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <unistd.h>

#include "domain/regions.hpp"
#include "service/statistics/statistics_import.hpp"

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

}  // namespace

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
    auto r = service::import_datasets(**db, {table},
                                      {"bench.px", "sha-" + std::to_string(run++), "px", std::nullopt,
                                       service::Actor{"bench"}, {}});
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
