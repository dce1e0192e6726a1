// The one main() of jamt_bench: every other bench/*.cpp only registers
// benchmarks (bench/CMakeLists.txt compiles them all into one binary).
#include <benchmark/benchmark.h>

BENCHMARK_MAIN();
