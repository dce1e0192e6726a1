#pragma once
// A client that does to a running server what a crowd does: holds many idle
// keep-alive connections and slow clients that send a header byte a second,
// while a new visitor's requests are timed. Plain POSIX sockets, so it
// measures any HTTP/1.1 server the same way (the server comparison in
// docs/server.md, the starvation test, scripts/bench).
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace jamt::load {

struct ProbeOptions {
  std::string host = "127.0.0.1";
  int port = 0;
  // Connections that send one request, read its answer, then stay open idle.
  int idle_connections = 1000;
  // Connections that send one header byte per second and never finish; one
  // the server closes is opened again at once.
  int slow_clients = 50;
  // Timed requests, each on a fresh connection, `request_interval` apart.
  int requests = 300;
  std::chrono::milliseconds request_interval{10};
  // A timed request not answered within this counts as a timeout.
  std::chrono::milliseconds timeout{5000};
  std::string path = "/healthz";
};

struct ProbeResult {
  int idle_opened = 0;        // idle connections that got their first answer
  int idle_still_open = 0;    // of them, still open when the timing ended
  int slow_reopened = 0;      // slow clients the server cut off (and reopened)
  int answered = 0;           // timed requests answered 2xx
  int failed = 0;             // timed requests answered otherwise or cut
  int timeouts = 0;           // timed requests not answered in time
  double p50_ms = 0, p99_ms = 0, max_ms = 0;
  std::vector<double> latencies_ms;  // of the answered ones
};

// Runs the probe against host:port; blocks until the timed requests are
// done, then closes every connection. Throws std::runtime_error when it
// cannot open its sockets (file-descriptor limit).
ProbeResult run_probe(const ProbeOptions& options);

// One line for logs: "p50 0.4 ms, p99 1.2 ms, max 3.0 ms; 300 answered, 0 timeouts; ...".
std::string summary(const ProbeResult& result);

}  // namespace jamt::load
