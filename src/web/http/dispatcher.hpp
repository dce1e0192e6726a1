#pragma once
// What the server does with a request once it has been read, independent of
// the network library: route it through the route table, run the handler
// inside the one exception boundary, turn errors into the same pages and
// JSON errors everywhere, add the headers every answer carries, and log it.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "domain/account.hpp"
#include "domain/operations/address_list.hpp"

#include "web/http/http_types.hpp"
#include "web/http/messages.hpp"
#include "web/http/request_auth.hpp"
#include "web/http/router.hpp"

namespace jamt::web {

// Who made a request (no user: the public); asked only when a count of
// persons needs it (service/disclosure/audience.hpp, at most once) or an error
// page is drawn for a handler that never asked (page_viewer.hpp, at most once).
using ViewerOf = std::function<RequestAuth(const Request&)>;

// Who is believed about the client (docs/operations.md).
struct DispatchOptions {
  // Front proxies whose X-Forwarded-For and X-Forwarded-Proto are believed.
  operations::AddressList trusted_proxies{};
  // Addresses besides loopback that may read /metrics.
  operations::AddressList metrics_allow{};
};

// The DispatchOptions every Server made from now on uses (`jamt serve` sets
// them from its settings before it makes its server; default: no trusted
// proxy, nobody but loopback reads /metrics). Thread-safe.
void set_dispatch_options(const DispatchOptions& options);
DispatchOptions dispatch_options();

// A client's X-Request-Id is kept when it is 1–64 characters of letters,
// digits, '-', '_' and '.'; otherwise the server makes one.
bool well_formed_request_id(const std::string& id);

// The client's address behind `peer`: when `peer` is a trusted proxy, the
// rightmost address in `forwarded_for` (X-Forwarded-For, comma-separated)
// that is not itself a trusted proxy; `peer` otherwise, and when the header
// holds no address.
std::string client_address(const std::string& peer, const std::string& forwarded_for,
                           const operations::AddressList& trusted_proxies);

class Dispatcher {
 public:
  // Compiles the routes (see Router for what it throws). Every handler runs
  // inside a disclosure AudienceScope for the viewer `viewer_of` names (the
  // public when it is empty), so small counts of persons are protected for
  // whoever is not their owner (docs/small-numbers.md).
  // `options` says which proxies are trusted and who may read /metrics.
  explicit Dispatcher(std::vector<Route> routes, ViewerOf viewer_of = {}, DispatchOptions options = {});

  // The largest body the route for `method` and the raw `target` (path and
  // query as sent) accepts; kDefaultMaxBody when no route matches.
  std::size_t body_limit(const std::string& method, const std::string& target) const;
  // Where that route wants its body kept: in memory, or streamed to a
  // temporary file (BodyStore::memory when no route matches).
  BodyStore body_store(const std::string& method, const std::string& target) const;

  // For a request whose headers are read and whose body is not: the answer
  // of its route's Route::admit when that refuses it (with the common
  // headers, logged like any answer), nullopt when the route has no admit or
  // lets it through. `req` carries the method, headers and peer address.
  // Never throws.
  std::optional<Response> admit(Request req, const std::string& target) const;

  // Decodes `req`'s target into path and query, the body into form fields or
  // parts, checks that all of it is UTF-8, routes it and runs the handler.
  // Never throws. Every answer gets X-Request-Id (the client's, when well
  // formed) and the security headers, one line in the request log
  // (web/http/request_log.hpp) and a count in request_metrics(); a 5xx is
  // logged as an error with its request id.
  Response handle(Request req, const std::string& target) const;

  // The answer for a request refused before it was read whole (431 headers
  // too large, 413 body too large, 400 malformed): `message` as a page or a
  // JSON error depending on `target`, with the common headers, logged.
  Response refuse(const std::string& method, const std::string& target, const Message& message,
                  const std::string& detail_en = {}) const;

 private:
  using Started = std::chrono::steady_clock::time_point;
  void finish(const Request& req, Response& res, const std::string& route, Started started,
              const std::string& error = {}) const;
  // Sets the request id and the client's address, and the thread's
  // request_origin() (web/http/request_origin.hpp).
  void identify(Request& req) const;
  Router router_;
  // Asks viewer_of_ about `req` (which must outlive the answer) for an error
  // page whose handler never looked (page_viewer.hpp); empty without viewer_of_.
  std::function<RequestAuth()> page_viewer_lookup(const Request& req) const;

  ViewerOf viewer_of_;
  DispatchOptions options_;
};

}  // namespace jamt::web
