// Issue 13 (engineer IA): every indicator of a strategy computed at once —
// 60 indicators, each bound to its own imported measure with ten years
// (2015–2024) for the nation, Kalmar län and its municipalities, values by
// sex, women's share, 40/60 class, progress status and its sentence — what
// the strategy page does on each request. Run with
// `build/jamt_bench --benchmark_filter=Indicator`; the median is the figure.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <unistd.h>

#include "domain/regions.hpp"
#include "report/number_text.hpp"
#include "service/indicators/strategy_indicators.hpp"
#include "service/statistics/statistics_import.hpp"
#include "service/strategy/strategy_service.hpp"

using namespace jamt;

namespace {

constexpr int kIndicators = 60;

std::string code_of(int n) { return "BENCHIND" + std::to_string(100 + n); }

stats::Dataset measure(int n) {
  stats::Dataset d;
  d.id = code_of(n);
  d.title = "Mått " + std::to_string(n);
  d.unit = "antal";
  stats::Dimension region{.id = "Region", .label = "region", .role = stats::DimensionRole::geo, .categories = {{"00", "Riket"}}};
  for (const auto& r : RegionCatalogue::instance().all())
    if (r.code == "08" || r.parent == "08") region.categories.push_back({r.code, r.name});
  stats::Dimension sex{.id = "Kon", .label = "kön", .role = stats::DimensionRole::other,
                       .categories = {{"1", "män"}, {"2", "kvinnor"}}};
  stats::Dimension year{.id = "Tid", .label = "år", .role = stats::DimensionRole::time, .categories = {}};
  for (int y = 2015; y <= 2024; ++y) year.categories.push_back({std::to_string(y), std::to_string(y)});
  d.dimensions = {region, sex, year};
  d.values.resize(d.cell_count());
  for (std::size_t i = 0; i < d.values.size(); ++i) d.values[i] = 100.0 + static_cast<double>((i * 37 + n) % 200);
  return d;
}

std::string strategy_document() {
  std::string indicators;
  for (int n = 0; n < kIndicators; ++n)
    indicators += std::string(n ? "," : "") + R"({"code": "i)" + std::to_string(n) + R"(", "name": "Indikator )" +
                  std::to_string(n) + R"(", "direction": ")" + (n % 2 ? "within_40_60" : "increase") +
                  R"(", "baseline": {"period": "2015", "value": 100}, "target": {"period": "2027", "value": 150},
                  "measure": {"code": ")" + code_of(n) + R"("}})";
  return R"({"format": "jamt-strategy/1", "county_code": "08", "title": "Benchmark", "start_year": 2024,
    "end_year": 2027, "status": "adopted", "adopted_on": "2024-01-15",
    "goals": [{"code": "1", "kind": "subgoal", "title": "Mål", "indicators": [)" + indicators + "]}]}";
}

}  // namespace

static void BM_IndicatorValuesOfAStrategyWithSixtyMeasureBoundIndicators(benchmark::State& state) {
  auto dir = std::filesystem::temp_directory_path() / ("jamt-bench-ind-" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  auto db = store::Database::open(store::DatabaseConfig::from_url((dir / "jamt.db").string()));
  if (!db || !(*db)->migrate()) return state.SkipWithError("cannot open SQLite");
  std::vector<stats::Dataset> datasets;
  for (int n = 0; n < kIndicators; ++n) datasets.push_back(measure(n));
  auto imported = service::import_datasets(**db, datasets,
                                           {.file_name = "bench.px", .sha256 = "bench", .format = "px",
                                            .measure_code = std::nullopt, .actor = service::Actor{"bench"},
                                            .progress = {}, .user = std::nullopt, .owner_county = std::nullopt,
                                            .rows_per_step = 0});
  if (!imported) return state.SkipWithError(imported.error().to_string().c_str());
  auto strategy = service::import_strategy(**db, strategy_document(), false, service::Actor{"bench"});
  if (!strategy) return state.SkipWithError(strategy.error().to_string().c_str());
  std::size_t rows = 0;
  for (auto _ : state) {
    auto s = service::get_strategy(**db, strategy->strategy_id, std::nullopt);
    auto values = service::strategy_indicator_values(**db, *s);
    if (!values) {
      state.SkipWithError(values.error().to_string().c_str());
      break;
    }
    rows = 0;
    for (const auto& [id, series] : *values) {
      rows += series.rows.size();
      benchmark::DoNotOptimize(indicators::explain(series.progress, [](double v) { return report::number_text(v, 1); }));
    }
  }
  state.counters["indicators"] = kIndicators;
  state.counters["rows"] = static_cast<double>(rows);
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_IndicatorValuesOfAStrategyWithSixtyMeasureBoundIndicators)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true);
