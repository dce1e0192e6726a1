#pragma once
// Counters behind /metrics (docs/operations.md, "Metrics"): requests by
// route pattern, method and status, and a latency histogram per route, for
// the whole process. The Dispatcher records every request; the /metrics
// handler renders them in Prometheus' text format beside the database pool
// and the scheduled jobs.
#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace jamt::web {

// Upper bounds of the latency histogram's buckets, in seconds.
inline constexpr std::array<double, 12> kLatencyBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                         0.1,   0.25,   0.5,   1.0,  2.5,   10.0};

class RequestMetrics {
 public:
  // Counts one request answered with `status` after `seconds`. `route` is
  // the route table's pattern ("" when none matched: counted as "unmatched").
  // Thread-safe.
  void record(const std::string& method, const std::string& route, int status, double seconds);

  // The counters as Prometheus text: jamt_http_requests_total{method,route,status}
  // and jamt_http_request_duration_seconds{method,route} (histogram).
  std::string render() const;

 private:
  struct Latency {
    std::array<std::uint64_t, kLatencyBuckets.size()> buckets{};
    std::uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, std::string>, std::map<int, std::uint64_t>> counts_;  // (method, route) → status → n
  std::map<std::pair<std::string, std::string>, Latency> latency_;
};

// The one RequestMetrics of the process.
RequestMetrics& request_metrics();

// `value` escaped for a Prometheus label value (backslash, quote, newline).
std::string prometheus_label(const std::string& value);

}  // namespace jamt::web
