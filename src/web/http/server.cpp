// The one adapter between the network and Jämt: an event-driven HTTP/1.1
// server on Boost.Asio and Boost.Beast (docs/server.md says why). A few I/O
// threads accept connections and read requests with deadlines; a pool of
// worker threads runs the handlers (they mostly wait on the database).
// What happens to a request once read is web/http/dispatcher.cpp; one
// connection's life is web/http/connection.cpp.
#include "web/http/server.hpp"

#include <sys/resource.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <spdlog/spdlog.h>
#include <algorithm>
#include <thread>

#include "web/http/connection.hpp"
#include "web/http/request_auth.hpp"
#include "web/route_table.hpp"

namespace jamt::web {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

namespace {

// Lets the process hold as many sockets as the system allows it (idle
// keep-alive connections each take one).
int raise_open_file_limit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return 1024;
  if (limit.rlim_cur < limit.rlim_max) {
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
    getrlimit(RLIMIT_NOFILE, &limit);
  }
  return limit.rlim_cur > 1'000'000 ? 1'000'000 : static_cast<int>(limit.rlim_cur);
}

}  // namespace

struct Server::Impl {
  Impl(store::Database& db, const service::MailSetup& mail, const ServerOptions& options)
      : options(options),
        acceptor(io),
        dispatcher(
            route_table(db, mail), [&db](const Request& req) { return authenticate(req, db); },
            dispatch_options()),
        workers(options.worker_threads > 0 ? static_cast<std::size_t>(options.worker_threads)
                                           : std::max<std::size_t>(db.config().pool_size, 2)),
        shared(std::make_shared<ConnectionShared>()) {
    shared->dispatcher = &dispatcher;
    shared->workers = &workers;
    shared->limits = options.limits;
    // Leave room for the database, log and upload files.
    max_connections = raise_open_file_limit() - 64;
  }
  ~Impl() {
    // Handlers still running finish before the dispatcher they use goes.
    workers.join();
  }

  void accept() {
    acceptor.async_accept(asio::make_strand(io), [this](boost::system::error_code ec, tcp::socket socket) {
      if (ec == asio::error::operation_aborted || !acceptor.is_open()) return;
      if (!ec) {
        if (shared->open >= max_connections) {
          // Refuse at once rather than let the process run out of descriptors.
          boost::system::error_code ignored;
          socket.close(ignored);
        } else {
          boost::system::error_code ignored;
          socket.set_option(tcp::no_delay(true), ignored);
          serve_connection(std::move(socket), shared);
        }
      } else {
        spdlog::warn("accept failed: {}", ec.message());
      }
      accept();
    });
  }

  ServerOptions options;
  asio::io_context io;
  tcp::acceptor acceptor;
  Dispatcher dispatcher;
  asio::thread_pool workers;
  std::shared_ptr<ConnectionShared> shared;
  int max_connections = 1024;
};

Server::Server(store::Database& db, const service::MailSetup& mail, const ServerOptions& options)
    : impl_(std::make_unique<Impl>(db, mail, options)) {}

Server::~Server() = default;

Result<int> Server::bind(const std::string& host, int port) {
  auto& acceptor = impl_->acceptor;
  const std::string where = host + ":" + std::to_string(port);
  boost::system::error_code ec;
  auto address = asio::ip::make_address(host, ec);
  if (ec) {
    // A name such as "localhost": take its first address.
    tcp::resolver resolver(impl_->io);
    auto results = resolver.resolve(host, std::to_string(port), ec);
    if (ec || results.empty()) return Error{ErrorKind::io, "cannot listen on " + where + ": unknown host", {}, {}};
    address = results.begin()->endpoint().address();
  }
  tcp::endpoint endpoint(address, static_cast<unsigned short>(port));
  acceptor.open(endpoint.protocol(), ec);
  // SO_REUSEADDR lets a restarted server bind while old connections linger
  // in TIME_WAIT; unlike SO_REUSEPORT it never lets two servers share a port.
  if (!ec) acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    boost::system::error_code ignored;
    acceptor.close(ignored);
    const std::string why = ec == asio::error::address_in_use ? "the address is already in use" : ec.message();
    return Error{ErrorKind::io, "cannot listen on " + where + ": " + why, {}, {}};
  }
  return static_cast<int>(acceptor.local_endpoint().port());
}

void Server::listen() {
  impl_->accept();
  std::vector<std::thread> extra;
  for (int i = 1; i < impl_->options.io_threads; ++i) extra.emplace_back([this] { impl_->io.run(); });
  impl_->io.run();
  for (auto& t : extra) t.join();
}

void Server::stop() {
  asio::post(impl_->io, [impl = impl_.get()] {
    impl->shared->stopping = true;
    boost::system::error_code ignored;
    impl->acceptor.close(ignored);
    impl->io.stop();
  });
}

}  // namespace jamt::web
