#pragma once
// The HTTP server: Swedish HTML pages and the JSON API v1 over one Database.
// The network library stays inside web/http/server.cpp and connection.cpp;
// this header is cheap.
#include <memory>
#include <string>

#include "domain/result.hpp"
#include "store/database.hpp"
#include "web/http/connection_limits.hpp"

namespace jamt::service {
struct MailSetup;
}

namespace jamt::web {

// How the server is sized (docs/server.md).
struct ServerOptions {
  // Threads that accept connections and read and write requests.
  int io_threads = 2;
  // Threads that run handlers; they mostly wait on the database. 0: as
  // many as the database has connections, so a handler never waits for a
  // connection and requests wait their turn in order (docs/server.md).
  int worker_threads = 0;
  // Deadlines and size limits for each connection.
  ConnectionLimits limits{};
};

class Server {
 public:
  // Routes are registered here; nothing listens yet. `db` and `mail` (the
  // transport and site address of every mail a handler sends) must outlive
  // the server.
  Server(store::Database& db, const service::MailSetup& mail, const ServerOptions& options = {});
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds to host:port; port 0 picks a free port. Returns the bound port, or
  // an Error "io" naming the address when it cannot bind (another server on
  // it: the port is never shared).
  Result<int> bind(const std::string& host, int port);

  // Serves requests on the bound socket until stop(); blocks.
  void listen();

  // Makes listen() return; safe to call from another thread or a signal
  // handler thread.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace jamt::web
