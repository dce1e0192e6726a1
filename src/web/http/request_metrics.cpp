#include "web/http/request_metrics.hpp"

#include <fmt/format.h>

namespace jamt::web {

namespace {

// The method as a label: one of the standard ones, else "other" (a client
// must not be able to grow the table with invented methods).
std::string method_label(const std::string& method) {
  for (const char* known : {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
    if (method == known) return method;
  return "other";
}

}  // namespace

void RequestMetrics::record(const std::string& method, const std::string& route, int status, double seconds) {
  auto key = std::make_pair(method_label(method), route.empty() ? std::string("unmatched") : route);
  std::lock_guard lock(mutex_);
  ++counts_[key][status];
  Latency& l = latency_[key];
  for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i)
    if (seconds <= kLatencyBuckets[i]) ++l.buckets[i];
  ++l.count;
  l.sum += seconds;
}

std::string prometheus_label(const std::string& value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    if (c == '\\') out += "\\\\";
    else if (c == '"') out += "\\\"";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

std::string RequestMetrics::render() const {
  std::lock_guard lock(mutex_);
  std::string out;
  out += "# HELP jamt_http_requests_total HTTP requests answered, by method, route pattern and status.\n";
  out += "# TYPE jamt_http_requests_total counter\n";
  for (const auto& [key, statuses] : counts_)
    for (const auto& [status, n] : statuses)
      out += fmt::format("jamt_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{}\"}} {}\n",
                         prometheus_label(key.first), prometheus_label(key.second), status, n);
  out += "# HELP jamt_http_request_duration_seconds Time from a request read whole to its answer built.\n";
  out += "# TYPE jamt_http_request_duration_seconds histogram\n";
  for (const auto& [key, l] : latency_) {
    const std::string labels =
        fmt::format("method=\"{}\",route=\"{}\"", prometheus_label(key.first), prometheus_label(key.second));
    for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i)
      out += fmt::format("jamt_http_request_duration_seconds_bucket{{{},le=\"{}\"}} {}\n", labels, kLatencyBuckets[i],
                         l.buckets[i]);
    out += fmt::format("jamt_http_request_duration_seconds_bucket{{{},le=\"+Inf\"}} {}\n", labels, l.count);
    out += fmt::format("jamt_http_request_duration_seconds_sum{{{}}} {}\n", labels, l.sum);
    out += fmt::format("jamt_http_request_duration_seconds_count{{{}}} {}\n", labels, l.count);
  }
  return out;
}

RequestMetrics& request_metrics() {
  static RequestMetrics metrics;
  return metrics;
}

}  // namespace jamt::web
