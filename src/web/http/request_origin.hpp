#pragma once
// What the Dispatcher learned about where the request this thread is
// handling came from (docs/operations.md, "Behind a proxy"): the socket's
// peer, the scheme the client used, and whether it may read /metrics.
// Request::remote_addr holds the client's address. Set by the Dispatcher
// before the handler runs; read by handlers on the same thread.
#include <string>

namespace jamt::web {

struct RequestOrigin {
  std::string peer;             // the socket's peer, whatever proxies say
  std::string scheme = "http";  // "https" when a trusted proxy says so (X-Forwarded-Proto)
  // Loopback or the operator's metrics_allow list, and not forwarded by a
  // proxy that is not trusted.
  bool monitoring_allowed = false;
};

// The origin of the request this thread is handling.
const RequestOrigin& request_origin();
// Sets it (the Dispatcher, at the start of each request).
void set_request_origin(RequestOrigin origin);

}  // namespace jamt::web
