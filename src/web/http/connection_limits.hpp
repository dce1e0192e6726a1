#pragma once
// The deadlines and sizes that keep one client from holding the server:
// options of web::Server, applied by web/http/connection.cpp.
#include <chrono>
#include <cstddef>
#include <cstdint>

namespace jamt::web {

// How long the server waits and how much it reads.
struct ConnectionLimits {
  // Between requests on a kept-alive connection, and for the first byte.
  std::chrono::seconds idle_timeout{30};
  // From a request's first byte to the end of its headers.
  std::chrono::seconds header_timeout{10};
  // Between two pieces of a body while it is uploaded.
  std::chrono::seconds body_stall_timeout{30};
  // For writing an answer.
  std::chrono::seconds write_timeout{60};
  // The request line and headers together; more gets 431.
  std::uint32_t header_limit = 32u << 10;
  // Header fields in one request; more gets 431.
  int max_header_fields = 100;
  // The request target (path and query as sent); longer gets 414.
  std::size_t max_target = 8u << 10;
  // Requests served on one connection before it is closed.
  int max_requests_per_connection = 1000;
};

}  // namespace jamt::web
