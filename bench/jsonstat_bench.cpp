// JSON-stat reader and writer on a table shaped like Statistics Sweden's
// population table (BE0101): region × birth region × sex × age × year,
// 312 × 2 × 2 × 101 × 80 = 10,083,840 cells, generated in memory with
// write_jsonstat. Reports MB/s and cells/s, and the process's peak resident
// set size (getrusage) after each benchmark: the peak is process-wide and
// only grows, so compare it with "setup_peak_rss_MB" (after generating).
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <string>
#include <vector>

#include "formats/jsonstat/jsonstat.hpp"

namespace {

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

jamt::stats::Dimension dimension(const std::string& id, const std::string& label, jamt::stats::DimensionRole role,
                                 const std::vector<std::string>& codes) {
  jamt::stats::Dimension d;
  d.id = id;
  d.label = label;
  d.role = role;
  for (const auto& c : codes) d.categories.push_back({c, c});
  return d;
}

jamt::stats::Dataset make_population_table() {
  using jamt::stats::DimensionRole;
  std::vector<std::string> regions{"00"};
  for (int county = 1; county <= 25; ++county)
    if (county != 2 && county != 11 && county != 15 && county != 16)  // the 21 county codes
      regions.push_back((county < 10 ? "0" : "") + std::to_string(county));
  for (int m = 0; regions.size() < 312; ++m) regions.push_back(std::to_string(1000 + 7 * m));  // 290 municipality-like codes
  std::vector<std::string> ages;
  for (int a = 0; a <= 99; ++a) ages.push_back(std::to_string(a));
  ages.push_back("100+");
  std::vector<std::string> years;
  for (int y = 1945; y <= 2024; ++y) years.push_back(std::to_string(y));

  jamt::stats::Dataset d;
  d.id = "BE0101N1";
  d.title = "Folkmängd efter region, födelseregion, kön, ålder och år";
  d.source = "SCB (synthetic values)";
  d.language = "sv";
  d.dimensions = {dimension("Region", "region", DimensionRole::geo, regions),
                  dimension("Fodelseregion", "födelseregion", DimensionRole::other, {"inrikes", "utrikes"}),
                  dimension("Kon", "kön", DimensionRole::other, {"1", "2"}),
                  dimension("Alder", "ålder", DimensionRole::other, ages),
                  dimension("Tid", "år", DimensionRole::time, years)};
  const std::uint64_t cells = d.cell_count();
  d.values.resize(cells);
  std::uint64_t state = 42;
  for (std::uint64_t i = 0; i < cells; ++i) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;  // PCG-style LCG, deterministic
    d.values[i] = static_cast<double>((state >> 33) % 6000);
  }
  // Before 1968 the foreign-born split is not available: ".." with no number.
  for (std::uint64_t i = 0; i < cells; ++i) {
    std::uint64_t year = i % years.size();
    std::uint64_t birth = (i / (years.size() * ages.size() * 2)) % 2;
    if (birth == 1 && year < 23) {
      d.values[i] = std::numeric_limits<double>::quiet_NaN();
      d.status[i] = "..";
    }
  }
  return d;
}

struct Fixture {
  jamt::stats::Dataset dataset = make_population_table();
  std::string text = jamt::formats::write_jsonstat(dataset);
  double setup_peak_rss = peak_rss_mb();
};

const Fixture& fixture() {
  static const Fixture f;
  return f;
}

void BM_ReadJsonStat(benchmark::State& state) {
  const Fixture& f = fixture();
  for (auto _ : state) {
    auto result = jamt::formats::read_jsonstat(f.text, "BE0101N1.json");
    if (!result.ok() || result->front().values.size() != f.dataset.values.size()) state.SkipWithError("read failed");
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * f.text.size()));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * f.dataset.values.size()));
  state.counters["cells"] = static_cast<double>(f.dataset.values.size());
  state.counters["text_MB"] = static_cast<double>(f.text.size()) / 1e6;
  state.counters["setup_peak_rss_MB"] = f.setup_peak_rss;
  state.counters["peak_rss_MB"] = peak_rss_mb();
}

void BM_WriteJsonStat(benchmark::State& state) {
  const Fixture& f = fixture();
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::string text = jamt::formats::write_jsonstat(f.dataset);
    bytes = text.size();
    benchmark::DoNotOptimize(text);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * f.dataset.values.size()));
  state.counters["setup_peak_rss_MB"] = f.setup_peak_rss;
  state.counters["peak_rss_MB"] = peak_rss_mb();
}

// make bench's JSON-stat read against the JSON-stat Toolkit (scripts/bench,
// bench/run/convert.sh): the file named by $JAMT_BENCH_JSONSTAT_FILE read
// from disk and parsed into a dataset, as `jamt convert` and an import read
// it. Skipped without the variable.
void BM_JsonstatFileRead(benchmark::State& state) {
  const char* path = std::getenv("JAMT_BENCH_JSONSTAT_FILE");
  if (!path) {
    state.SkipWithError("JAMT_BENCH_JSONSTAT_FILE is not set");
    return;
  }
  std::uint64_t cells = 0, bytes = 0;
  for (auto _ : state) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    std::string text(static_cast<std::size_t>(in.tellg()), '\0');
    in.seekg(0);
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    auto result = jamt::formats::read_jsonstat(text, path);
    if (!result.ok() || result->empty()) {
      state.SkipWithError("read failed");
      return;
    }
    cells = result->front().values.size();
    bytes = text.size();
    benchmark::DoNotOptimize(result);
  }
  state.counters["cells"] = static_cast<double>(cells);
  state.counters["file_MB"] = static_cast<double>(bytes) / 1e6;
  state.counters["peak_rss_MB"] = peak_rss_mb();
}

}  // namespace

BENCHMARK(BM_JsonstatFileRead)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

// Writer first: the read's peak RSS then shows on top of the writer's.
BENCHMARK(BM_WriteJsonStat)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(5);
BENCHMARK(BM_ReadJsonStat)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(5);
