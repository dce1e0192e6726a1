// The yearly report of issue 14, item 8, built from live data: one adopted
// strategy per county (21), each with 60 indicators in 6 goals bound to 60
// imported measures, each measure holding women, men and total for the
// nation, the 21 counties and the 290 municipalities × 10 years (2015–2024):
// 561 600 observations, imported through the statistics import service as a
// `jamt import` would. Seeded once into a temporary SQLite file, outside
// every timing (counter seed_s; also printed on stderr), removed at exit.
// Then, for Kalmar (08) and 2024: building the Document, build + print HTML,
// build + XLSX, build + PDF; and the national compilation of the 21 counties
// (build + print HTML); and the PDF's floor, Chromium alone printing the
// same page from disk. Targets (scripts/bench prints PASS/FAIL beside the
// medians): HTML < 1 s, XLSX < 1 s, PDF < 3 s, national < 2 s.
// Run with `build/jamt_bench --benchmark_filter=YearlyReport`.
#include "pdf_pages.hpp"
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>

#include "domain/regions.hpp"
#include "report/document/document_pdf.hpp"
#include "report/document/document_print_html.hpp"
#include "report/document/document_xlsx.hpp"
#include "service/national/national_report.hpp"
#include "service/report_year/yearly_report.hpp"
#include "service/statistics/statistics_import.hpp"
#include "service/strategy/strategy_service.hpp"

using namespace jamt;

namespace {

constexpr int kGoals = 6;
constexpr int kIndicatorsPerGoal = 10;
constexpr int kIndicators = kGoals * kIndicatorsPerGoal;
constexpr int kFirstYear = 2015;
constexpr int kYears = 10;
constexpr int kReportYear = 2024;
constexpr const char* kCounty = "08";

std::string measure_code(int n) { return "BENCHYR" + std::to_string(100 + n); }

// Measure `n`: every region × women/men/total × 2015–2024, the total the
// sum of women and men; values vary by region, year and measure.
stats::Dataset measure(int n) {
  stats::Dataset d;
  d.id = measure_code(n);
  d.title = "Mått " + std::to_string(n);
  d.unit = "antal";
  stats::Dimension region{.id = "Region", .label = "region", .role = stats::DimensionRole::geo, .categories = {}};
  for (const auto& r : RegionCatalogue::instance().all()) region.categories.push_back({r.code, r.name});
  stats::Dimension sex{.id = "Kon", .label = "kön", .role = stats::DimensionRole::other,
                       .categories = {{"2", "kvinnor"}, {"1", "män"}, {"1+2", "totalt"}}};
  stats::Dimension year{.id = "Tid", .label = "år", .role = stats::DimensionRole::time, .categories = {}};
  for (int y = 0; y < kYears; ++y)
    year.categories.push_back({std::to_string(kFirstYear + y), std::to_string(kFirstYear + y)});
  d.dimensions = {region, sex, year};
  d.values.resize(d.cell_count());
  const std::size_t regions = region.categories.size();
  for (std::size_t r = 0; r < regions; ++r)
    for (int y = 0; y < kYears; ++y) {
      const double women = 500.0 + static_cast<double>((r * 31 + static_cast<std::size_t>(n) * 7) % 400) + 4.0 * y;
      const double men = 520.0 + static_cast<double>((r * 17 + static_cast<std::size_t>(n) * 11) % 380) - 2.0 * y;
      d.values[(r * 3 + 0) * kYears + static_cast<std::size_t>(y)] = women;
      d.values[(r * 3 + 1) * kYears + static_cast<std::size_t>(y)] = men;
      d.values[(r * 3 + 2) * kYears + static_cast<std::size_t>(y)] = women + men;
    }
  return d;
}

const char* direction_of(int n) {
  static const char* directions[] = {"increase", "decrease", "within_40_60", "parity", "none"};
  return directions[n % 5];
}

// County `county`'s adopted strategy 2021–2030 in strategy JSON: 6 sub-goals
// serving the national sub-goals 2017:1–6, 10 measure-bound indicators each.
std::string strategy_document(const std::string& county) {
  std::string goals;
  for (int g = 0; g < kGoals; ++g) {
    std::string indicators;
    for (int i = 0; i < kIndicatorsPerGoal; ++i) {
      const int n = g * kIndicatorsPerGoal + i;
      indicators += std::string(i ? "," : "") + R"({"code": ")" + std::to_string(g + 1) + "." + std::to_string(i + 1) +
                    R"(", "name": "Indikator )" + std::to_string(n + 1) + R"(", "direction": ")" + direction_of(n) +
                    R"(", "baseline": {"period": "2015", "value": 1000}, "target": {"period": "2030", "value": 1200},
                    "measure": {"code": ")" + measure_code(n) + R"("}})";
    }
    goals += std::string(g ? "," : "") + R"({"code": ")" + std::to_string(g + 1) +
             R"(", "kind": "subgoal", "title": "Delmål )" + std::to_string(g + 1) +
             R"(", "national_goals": ["2017:)" + std::to_string(g + 1) + R"("], "indicators": [)" + indicators + "]}";
  }
  return R"({"format": "jamt-strategy/1", "county_code": ")" + county +
         R"(", "title": "Jämställdhetsstrategi 2021–2030", "start_year": 2021, "end_year": 2030,
    "status": "adopted", "adopted_on": "2021-03-15", "national_goal_version": "2017", "goals": [)" +
         goals + "]}";
}

User bench_admin() {
  return User{.id = 0, .email = "bench@jamt.local", .role = Role::admin, .county_code = "",
              .organisation_id = std::nullopt, .disabled = false};
}

// The seeded database, made once for the whole family and removed at exit.
struct Seeded {
  std::filesystem::path dir;
  std::unique_ptr<store::Database> db;
  std::map<std::string, std::int64_t> strategy_of_county;
  std::string error;  // why seeding failed, or ""
  std::int64_t observations = 0;
  double seconds = 0;
};

Seeded seed() {
  Seeded s;
  const auto start = std::chrono::steady_clock::now();
  s.dir = std::filesystem::temp_directory_path() / ("jamt-bench-yearly-" + std::to_string(getpid()));
  std::filesystem::remove_all(s.dir);
  auto db = store::Database::open(store::DatabaseConfig::from_url((s.dir / "jamt.db").string()));
  if (!db || !(*db)->migrate()) {
    s.error = "cannot open SQLite";
    return s;
  }
  s.db = std::move(*db);
  std::vector<stats::Dataset> datasets;
  for (int n = 0; n < kIndicators; ++n) datasets.push_back(measure(n));
  auto imported = service::import_datasets(*s.db, datasets,
                                           {.file_name = "bench.px", .sha256 = "bench-yearly", .format = "px",
                                            .measure_code = std::nullopt, .actor = service::Actor{"bench"},
                                            .progress = {}, .user = std::nullopt, .owner_county = std::nullopt,
                                            .rows_per_step = 0});
  if (!imported) {
    s.error = imported.error().to_string();
    return s;
  }
  s.observations = imported->observations;
  for (const auto& r : RegionCatalogue::instance().all()) {
    if (r.parent != "00") continue;
    auto strategy = service::import_strategy(*s.db, strategy_document(r.code), false, service::Actor{"bench"});
    if (!strategy) {
      s.error = strategy.error().to_string();
      return s;
    }
    s.strategy_of_county[r.code] = strategy->strategy_id;
  }
  s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "yearly report bench: seeded %lld observations and %zu strategies in %.1f s\n",
               static_cast<long long>(s.observations), s.strategy_of_county.size(), s.seconds);
  return s;
}

Seeded& seeded() {
  static Seeded s = seed();
  static const bool cleanup = [] {
    std::atexit([] {
      seeded().db.reset();
      std::filesystem::remove_all(seeded().dir);
    });
    return true;
  }();
  (void)cleanup;
  return s;
}

// Kalmar's yearly report of 2024, or nullopt after SkipWithError.
std::optional<report_doc::Document> kalmar_report(benchmark::State& state) {
  auto& s = seeded();
  if (!s.error.empty()) {
    state.SkipWithError(s.error.c_str());
    return std::nullopt;
  }
  auto doc = service::yearly_report(*s.db, s.strategy_of_county.at(kCounty), kReportYear, bench_admin());
  if (!doc) {
    state.SkipWithError(doc.error().to_string().c_str());
    return std::nullopt;
  }
  return std::move(*doc);
}

// Tables, their rows and charts in `sections` and below.
void count_parts(const std::vector<report_doc::Section>& sections, std::size_t& tables, std::size_t& rows,
                 std::size_t& charts) {
  for (const auto& section : sections) {
    tables += section.tables.size();
    for (const auto& table : section.tables) rows += table.rows.size();
    charts += section.charts.size();
    count_parts(section.children, tables, rows, charts);
  }
}

// False (after SkipWithError) when seeding failed; seeds outside the timing.
bool ready(benchmark::State& state) {
  if (const auto& s = seeded(); !s.error.empty()) {
    state.SkipWithError(s.error.c_str());
    return false;
  }
  return true;
}

void set_common_counters(benchmark::State& state) {
  state.counters["indicators"] = kIndicators;
  state.counters["observations"] = static_cast<double>(seeded().observations);
  state.counters["seed_s"] = seeded().seconds;
}

void BM_YearlyReportBuild(benchmark::State& state) {
  if (!ready(state)) return;
  std::size_t tables = 0, rows = 0, charts = 0;
  for (auto _ : state) {
    auto doc = kalmar_report(state);
    if (!doc) return;
    tables = rows = charts = 0;
    count_parts(doc->sections, tables, rows, charts);
  }
  state.counters["tables"] = static_cast<double>(tables);
  state.counters["table_rows"] = static_cast<double>(rows);
  state.counters["charts"] = static_cast<double>(charts);
  set_common_counters(state);
}
BENCHMARK(BM_YearlyReportBuild)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_YearlyReportHtml(benchmark::State& state) {
  if (!ready(state)) return;
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto doc = kalmar_report(state);
    if (!doc) return;
    std::string html = report::to_print_html(*doc);
    bytes = html.size();
    benchmark::DoNotOptimize(html);
  }
  state.counters["bytes"] = static_cast<double>(bytes);
  set_common_counters(state);
}
BENCHMARK(BM_YearlyReportHtml)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_YearlyReportXlsx(benchmark::State& state) {
  if (!ready(state)) return;
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto doc = kalmar_report(state);
    if (!doc) return;
    auto xlsx = report::to_xlsx(*doc);
    if (!xlsx) {
      state.SkipWithError(xlsx.error().to_string().c_str());
      return;
    }
    bytes = xlsx->size();
  }
  state.counters["bytes"] = static_cast<double>(bytes);
  set_common_counters(state);
}
BENCHMARK(BM_YearlyReportXlsx)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_YearlyReportPdf(benchmark::State& state) {
  if (!ready(state)) return;
  report::PdfOptions options{.chromium = "", .time_limit = std::chrono::seconds(60)};
  std::size_t bytes = 0;
  std::string pdf;
  for (auto _ : state) {
    auto doc = kalmar_report(state);
    if (!doc) return;
    auto made = report::to_pdf(*doc, options);
    if (!made) {
      state.SkipWithError(made.error().to_string().c_str());
      return;
    }
    pdf = std::move(*made);
    bytes = pdf.size();
  }
  state.counters["bytes"] = static_cast<double>(bytes);
  state.counters["pages"] = jamt::bench::pdf_page_count(pdf);
  set_common_counters(state);
}
BENCHMARK(BM_YearlyReportPdf)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(3)->UseRealTime();

// The national compilation of 2024 over the 21 counties' strategies, built
// and rendered as the print page.
void BM_YearlyReportNational(benchmark::State& state) {
  if (!ready(state)) return;
  std::size_t bytes = 0, tables = 0, rows = 0, charts = 0;
  for (auto _ : state) {
    auto doc = service::national_report(*seeded().db, kReportYear, bench_admin());
    if (!doc) {
      state.SkipWithError(doc.error().to_string().c_str());
      return;
    }
    std::string html = report::to_print_html(*doc);
    bytes = html.size();
    tables = rows = charts = 0;
    count_parts(doc->sections, tables, rows, charts);
  }
  state.counters["bytes"] = static_cast<double>(bytes);
  state.counters["tables"] = static_cast<double>(tables);
  state.counters["table_rows"] = static_cast<double>(rows);
  state.counters["counties"] = static_cast<double>(seeded().strategy_of_county.size());
  set_common_counters(state);
}
BENCHMARK(BM_YearlyReportNational)->Unit(benchmark::kMillisecond)->UseRealTime();

// The PDF's floor: the same print page already on disk, printed by
// Chromium started from the shell with the fewest flags (what a user could
// do by hand). What remains of BM_YearlyReportPdf above it is Jämt's part.
void BM_YearlyReportPdfChromiumFloor(benchmark::State& state) {
  if (!ready(state)) return;
  std::string chromium = report::chromium_program(report::PdfOptions{.chromium = "", .time_limit = {}});
  if (chromium.empty()) return state.SkipWithError("chromium is not installed");
  auto doc = kalmar_report(state);
  if (!doc) return;
  auto dir = std::filesystem::temp_directory_path() / ("jamt-yearly-floor-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "rapport.html", std::ios::binary) << report::to_print_html(*doc);
  std::string command = chromium + " --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir=" +
                        (dir / "profile").string() + " --print-to-pdf=" + (dir / "rapport.pdf").string() + " file://" +
                        (dir / "rapport.html").string() + " >/dev/null 2>&1";
  for (auto _ : state)
    if (std::system(command.c_str()) != 0) {
      state.SkipWithError("chromium failed");
      break;
    }
  std::ifstream in(dir / "rapport.pdf", std::ios::binary);
  std::string pdf((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  state.counters["pages"] = jamt::bench::pdf_page_count(pdf);
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_YearlyReportPdfChromiumFloor)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(3)->UseRealTime();

}  // namespace
