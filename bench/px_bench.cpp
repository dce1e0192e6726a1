// PX reader throughput on a file shaped like Statistics Sweden's population
// table BE0101N: region 312 × birth region 2 × sex 2 × age 101 × year 80 =
// 10,083,840 cells, about 56 MB. The file is written once to a temporary
// file (streamed, so writing it does not raise the peak memory) and read with
// read_px_file, the streaming reader. Counters: bytes/s, cells/s, and the
// process's peak resident set (getrusage ru_maxrss) after parsing.
// Times and rates are wall-clock (UseRealTime).
// Targets (ARCHITECTURE.md: performance targets live in benchmarks): the
// whole file in well under 0.5 s and under 200 MB peak memory.
#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>
#include <string>

#include "formats/jsonstat/jsonstat.hpp"
#include "formats/px/px_reader.hpp"

namespace {

constexpr int kRegions = 312, kBirthRegions = 2, kSexes = 2, kAges = 101, kYears = 80;

std::string quoted_list(int n, const std::string& prefix, int start = 0) {
  std::string s;
  for (int i = 0; i < n; ++i) s += (i ? "," : "") + ("\"" + prefix + std::to_string(start + i)) + "\"";
  return s;
}

// The temporary PX file, written on first use and removed at exit.
class BenchFile {
 public:
  BenchFile() {
    path_ = (std::filesystem::temp_directory_path() / ("jamt_px_bench_" + std::to_string(getpid()) + ".px")).string();
    std::ofstream out(path_, std::ios::binary);
    out << "CHARSET=\"ANSI\";\nAXIS-VERSION=\"2013\";\nCODEPAGE=\"utf-8\";\nLANGUAGE=\"sv\";\nDECIMALS=0;\n"
           "SHOWDECIMALS=0;\nMATRIX=\"BE0101N1\";\nSUBJECT-CODE=\"BE\";\nSUBJECT-AREA=\"Befolkning\";\n"
           "TITLE=\"Folkmängd efter region, födelseregion, kön, ålder och år\";\nCONTENTS=\"Folkmängd\";\n"
           "UNITS=\"antal\";\nSTUB=\"region\",\"födelseregion\",\"kön\",\"ålder\";\nHEADING=\"år\";\n";
    out << "VALUES(\"region\")=" << quoted_list(kRegions, "Kommun ") << ";\n";
    out << "VALUES(\"födelseregion\")=\"Född i Sverige\",\"Utrikes född\";\n";
    out << "VALUES(\"kön\")=\"män\",\"kvinnor\";\n";
    out << "VALUES(\"ålder\")=" << quoted_list(kAges, "", 0) << ";\n";
    out << "VALUES(\"år\")=" << quoted_list(kYears, "", 1944) << ";\n";
    out << "TIMEVAL(\"år\")=TLIST(A1,\"1944\"-\"2023\");\n";
    out << "CODES(\"region\")=" << quoted_list(kRegions, "", 1000) << ";\n";
    out << "CODES(\"kön\")=\"1\",\"2\";\nDATASYMBOL2=\"uppgift saknas\";\nDATA=\n";
    std::mt19937 rng(42);
    std::uniform_int_distribution<int> count(0, 40000);
    std::string row;
    for (long r = 0; r < static_cast<long>(kRegions) * kBirthRegions * kSexes * kAges; ++r) {
      row.clear();
      for (int y = 0; y < kYears; ++y) {
        if (r % 997 == 0 && y == 0)
          row += "\"..\"";
        else
          row += std::to_string(count(rng));
        row += y + 1 < kYears ? ' ' : '\n';
      }
      out << row;
    }
    out << ";\n";
    if (!out) throw std::runtime_error("cannot write " + path_);
    size_ = std::filesystem::file_size(path_);
  }
  ~BenchFile() { std::remove(path_.c_str()); }
  const std::string& path() const { return path_; }
  std::uint64_t size() const { return size_; }

 private:
  std::string path_;
  std::uint64_t size_ = 0;
};

const BenchFile& bench_file() {
  static BenchFile file;
  return file;
}

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

void BM_PxReadFile_Population10M(benchmark::State& state) {
  const BenchFile& file = bench_file();
  std::uint64_t cells = 0;
  for (auto _ : state) {
    auto r = jamt::formats::read_px_file(file.path());
    if (!r) {
      state.SkipWithError(r.error().to_string().c_str());
      return;
    }
    cells = r->values.size();
    benchmark::DoNotOptimize(r->values.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * file.size()));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * cells));
  state.counters["file_MB"] = static_cast<double>(file.size()) / 1e6;
  state.counters["cells"] = static_cast<double>(cells);
  state.counters["peak_rss_MB"] = peak_rss_mb();
}
BENCHMARK(BM_PxReadFile_Population10M)->UseRealTime()->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

// What `jamt convert FILE --to jsonstat -o OUT` does: read the PX file, write
// JSON-stat, save it.
void BM_ConvertPxToJsonstat_Population10M(benchmark::State& state) {
  const BenchFile& file = bench_file();
  std::string out_path = file.path() + ".json";
  std::uint64_t out_size = 0;
  for (auto _ : state) {
    auto r = jamt::formats::read_px_file(file.path());
    if (!r) {
      state.SkipWithError(r.error().to_string().c_str());
      return;
    }
    std::string json = jamt::formats::write_jsonstat(*r);
    std::ofstream(out_path, std::ios::binary) << json;
    out_size = json.size();
  }
  std::remove(out_path.c_str());
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * file.size()));
  state.counters["out_MB"] = static_cast<double>(out_size) / 1e6;
  state.counters["peak_rss_MB"] = peak_rss_mb();
}
BENCHMARK(BM_ConvertPxToJsonstat_Population10M)->UseRealTime()->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);

}  // namespace
