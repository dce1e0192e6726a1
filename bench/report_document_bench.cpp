// The report document's renderers on a yearly follow-up of report size
// (issue 14, item 7): 8 goal sections with 60 indicators between them, each
// indicator with 15 years of women's and men's values as a line chart and a
// table (900 table rows, 60 charts). Medians of to_print_html, to_json,
// to_xlsx and to_pdf, and the floor for the PDF: Chromium printing the same
// page from a file on disk, started as a user would from the command line.
// scripts/bench prints the ratio PDF / floor. The PDF benchmarks report the
// pages and the largest Chromium process (getrusage of the children, MB).
#include "pdf_pages.hpp"
#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "report/document/document_json.hpp"
#include "report/document/document_pdf.hpp"
#include "report/document/document_print_html.hpp"
#include "report/document/document_xlsx.hpp"

namespace {

using namespace jamt::report_doc;

constexpr int kSections = 8;
constexpr int kIndicators = 60;
constexpr int kYears = 15;

// Indicator `n`'s section: a line chart of women and men 2010–2024 and the
// same numbers as a table with the women's share; one year missing for men.
Section indicator_section(int n) {
  Chart chart{.title = "Indikator " + std::to_string(n) + ": kvinnor och män 2010–2024",
              .kind = ChartKind::line,
              .description = "Andelen kvinnor har ökat under perioden.",
              .labels = {},
              .series = {ChartSeries{.name = "Kvinnor", .sex = SeriesSex::women, .values = {}, .labels = {}},
                         ChartSeries{.name = "Män", .sex = SeriesSex::men, .values = {}, .labels = {}}},
              .decimals = 0,
              .band = {},
              .band_label = {}};
  Table table{.caption = "Indikator " + std::to_string(n) + " per år",
              .columns = {"År", "Kvinnor", "Män", "Andel kvinnor"},
              .rows = {}};
  for (int y = 0; y < kYears; ++y) {
    double women = 1000 + 37.0 * n + 11.0 * y, men = 1400 + 29.0 * n - 9.0 * y;
    std::optional<double> shown_men = (y == 7 && n % 5 == 0) ? std::nullopt : std::optional<double>(men);
    chart.labels.push_back(std::to_string(2010 + y));
    chart.series[0].values.push_back(women);
    chart.series[1].values.push_back(shown_men);
    table.rows.push_back({Cell::of_text(std::to_string(2010 + y)), Cell::of_number(women), Cell::of_optional(shown_men),
                          Cell::of_optional(shown_men ? std::optional<double>(100 * women / (women + men)) : std::nullopt, 1, "%")});
  }
  return Section{.id = "indikator-" + std::to_string(n),
                 .heading = "Indikator " + std::to_string(n) + " Andel kvinnor i beslutande organ",
                 .level = 3,
                 .paragraphs = {"Källa: SCB. Uppgifterna avser länet som helhet."},
                 .tables = {table},
                 .charts = {chart},
                 .children = {},
                 .text = "Utvecklingen går åt rätt håll.\n\nVi följer upp arbetet med kommunerna under året.",
                 .done = true};
}

Document yearly_report() {
  Document document{.title = "Uppföljning 2025 av Kalmar läns jämställdhetsstrategi",
                    .subtitle = "Länsstyrelsen i Kalmar län",
                    .language = "sv",
                    .generated_at = "2026-03-31T09:00:00Z",
                    .sections = {}};
  int next = 1;
  for (int s = 0; s < kSections; ++s) {
    Section goal{.id = "mal-" + std::to_string(s + 1),
                 .heading = "Mål " + std::to_string(s + 1) + " Jämställdhet i länet",
                 .level = 2,
                 .paragraphs = {"Målets indikatorer och deras utveckling under femton år."},
                 .tables = {},
                 .charts = {},
                 .children = {},
                 .text = {},
                 .done = false};
    int count = kIndicators / kSections + (s < kIndicators % kSections ? 1 : 0);
    for (int i = 0; i < count; ++i) goal.children.push_back(indicator_section(next++));
    document.sections.push_back(goal);
  }
  return document;
}

const Document& report() {
  static const Document document = yearly_report();
  return document;
}

double children_peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void BM_ReportDocumentToPrintHtml(benchmark::State& state) {
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::string html = jamt::report::to_print_html(report());
    bytes = html.size();
    benchmark::DoNotOptimize(html);
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_ReportDocumentToPrintHtml)->Unit(benchmark::kMillisecond);

void BM_ReportDocumentToJson(benchmark::State& state) {
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::string json = jamt::report::to_json(report());
    bytes = json.size();
    benchmark::DoNotOptimize(json);
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_ReportDocumentToJson)->Unit(benchmark::kMillisecond);

void BM_ReportDocumentToXlsx(benchmark::State& state) {
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto xlsx = jamt::report::to_xlsx(report());
    if (!xlsx) {
      state.SkipWithError(xlsx.error().to_string().c_str());
      return;
    }
    bytes = xlsx->size();
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_ReportDocumentToXlsx)->Unit(benchmark::kMillisecond);

void BM_ReportDocumentToPdf(benchmark::State& state) {
  jamt::report::PdfOptions options{.chromium = "", .time_limit = std::chrono::seconds(60)};
  std::string pdf;
  for (auto _ : state) {
    auto made = jamt::report::to_pdf(report(), options);
    if (!made) {
      state.SkipWithError(made.error().to_string().c_str());
      return;
    }
    pdf = std::move(*made);
  }
  state.counters["pages"] = jamt::bench::pdf_page_count(pdf);
  state.counters["bytes"] = static_cast<double>(pdf.size());
  state.counters["chromium_peak_rss_MB"] = children_peak_rss_mb();
}
BENCHMARK(BM_ReportDocumentToPdf)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

// The floor: the page already on disk, Chromium started by the shell with
// the fewest flags that print it (what a user could do by hand).
void BM_ReportDocumentChromiumFloor(benchmark::State& state) {
  std::string chromium = jamt::report::chromium_program(jamt::report::PdfOptions{.chromium = "", .time_limit = {}});
  if (chromium.empty()) {
    state.SkipWithError("chromium is not installed");
    return;
  }
  auto dir = std::filesystem::temp_directory_path() / ("jamt-pdf-floor-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "rapport.html", std::ios::binary) << jamt::report::to_print_html(report());
  std::string command = chromium + " --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir=" +
                        (dir / "profile").string() + " --print-to-pdf=" + (dir / "rapport.pdf").string() + " file://" +
                        (dir / "rapport.html").string() + " >/dev/null 2>&1";
  for (auto _ : state) {
    if (std::system(command.c_str()) != 0) {
      state.SkipWithError("chromium failed");
      break;
    }
  }
  std::ifstream in(dir / "rapport.pdf", std::ios::binary);
  std::string pdf((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  state.counters["pages"] = jamt::bench::pdf_page_count(pdf);
  state.counters["chromium_peak_rss_MB"] = children_peak_rss_mb();
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_ReportDocumentChromiumFloor)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

}  // namespace
