// jamt_server_probe HOST PORT [IDLE SLOW REQUESTS [PATH [TIMEOUT_MS]]]: times a new
// visitor's requests while IDLE keep-alive connections and SLOW slow clients
// are held open (tests/load/load_probe.hpp). Exits 1 when any timed request
// timed out or failed. Used by scripts/bench and docs/server.md.
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <sys/resource.h>

#include "load_probe.hpp"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s HOST PORT [IDLE SLOW REQUESTS [PATH [TIMEOUT_MS]]]\n", argv[0]);
    return 2;
  }
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
  }
  jamt::load::ProbeOptions o{.host = argv[1], .port = std::atoi(argv[2])};
  if (argc > 3) o.idle_connections = std::atoi(argv[3]);
  if (argc > 4) o.slow_clients = std::atoi(argv[4]);
  if (argc > 5) o.requests = std::atoi(argv[5]);
  if (argc > 6) o.path = argv[6];
  if (argc > 7) o.timeout = std::chrono::milliseconds(std::atoi(argv[7]));
  try {
    auto r = jamt::load::run_probe(o);
    std::printf("%d idle + %d slow: %s\n", o.idle_connections, o.slow_clients, jamt::load::summary(r).c_str());
    return r.timeouts == 0 && r.failed == 0 ? 0 : 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "jamt_server_probe: %s\n", e.what());
    return 2;
  }
}
