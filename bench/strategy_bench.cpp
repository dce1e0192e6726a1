// Benchmarks around strategies: reading and writing the strategy JSON and
// importing a strategy into SQLite (what `jamt strategy import` does).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <unistd.h>

#include "embedded/embedded_files.hpp"
#include "formats/strategy_json/strategy_json.hpp"
#include "service/strategy/strategy_service.hpp"

using namespace jamt;

namespace {
std::string_view kalmar() { return *embedded_file("strategies/kalmar-2024-2027.json"); }
}  // namespace

static void BM_ReadAndValidateKalmarStrategyJson(benchmark::State& state) {
  for (auto _ : state) {
    auto s = formats::read_strategy_json(kalmar());
    benchmark::DoNotOptimize(validate(*s).ok());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(kalmar().size()));
}
BENCHMARK(BM_ReadAndValidateKalmarStrategyJson)->Unit(benchmark::kMicrosecond);

static void BM_WriteKalmarStrategyJson(benchmark::State& state) {
  auto s = formats::read_strategy_json(kalmar());
  for (auto _ : state) benchmark::DoNotOptimize(formats::write_strategy_json(*s));
}
BENCHMARK(BM_WriteKalmarStrategyJson)->Unit(benchmark::kMicrosecond);

static void BM_ImportKalmarIntoSqlite(benchmark::State& state) {
  auto dir = std::filesystem::temp_directory_path() / ("jamt-bench-" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  auto db = store::Database::open(store::DatabaseConfig::from_url((dir / "jamt.db").string()));
  if (!db || !(*db)->migrate()) {
    state.SkipWithError("cannot open SQLite");
    return;
  }
  for (auto _ : state) {
    auto r = service::import_strategy(**db, kalmar(), true, service::Actor{"bench"});
    if (!r) state.SkipWithError(r.error().to_string().c_str());
  }
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_ImportKalmarIntoSqlite)->Unit(benchmark::kMillisecond);

