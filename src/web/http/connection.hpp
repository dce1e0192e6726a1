#pragma once
// One client connection of the event-driven server (see docs/server.md):
// reads a request with deadlines and size limits on the I/O threads, hands
// the whole request to the worker pool, writes the answer back, and waits
// for the next request on the same connection. Waiting costs a socket and a
// few kilobytes, never a thread. Internal to web/http/server.cpp.
#include <atomic>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/thread_pool.hpp>
#include <chrono>
#include <memory>

#include "web/http/connection_limits.hpp"
#include "web/http/dispatcher.hpp"

namespace jamt::web {

// What all connections of a server share. Held by shared_ptr so that a
// connection still queued on a stopping io_context outlives nothing.
struct ConnectionShared {
  const Dispatcher* dispatcher = nullptr;
  boost::asio::thread_pool* workers = nullptr;
  ConnectionLimits limits{};
  std::atomic<int> open{0};
  std::atomic<bool> stopping{false};
};

// Starts serving `socket`; the connection keeps itself alive until the
// client goes away, a deadline passes or the server stops.
void serve_connection(boost::asio::ip::tcp::socket socket, std::shared_ptr<ConnectionShared> shared);

}  // namespace jamt::web
