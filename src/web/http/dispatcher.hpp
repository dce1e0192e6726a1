#pragma once
// What the server does with a request once it has been read, independent of
// the network library: route it through the route table, run the handler
// inside the one exception boundary, turn errors into the same pages and
// JSON errors everywhere, add the headers every answer carries, and log it.
#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "domain/account.hpp"

#include "web/http/http_types.hpp"
#include "web/http/messages.hpp"
#include "web/http/router.hpp"

namespace jamt::web {

// Who made a request (nullopt: the public); asked at most once per request,
// and only when a count of persons needs it (service/disclosure/audience.hpp).
using ViewerOf = std::function<std::optional<User>(const Request&)>;

class Dispatcher {
 public:
  // Compiles the routes (see Router for what it throws). Every handler runs
  // inside a disclosure AudienceScope for the viewer `viewer_of` names (the
  // public when it is empty), so small counts of persons are protected for
  // whoever is not their owner (docs/small-numbers.md).
  explicit Dispatcher(std::vector<Route> routes, ViewerOf viewer_of = {});

  // The largest body the route for `method` and the raw `target` (path and
  // query as sent) accepts; kDefaultMaxBody when no route matches.
  std::size_t body_limit(const std::string& method, const std::string& target) const;
  // Where that route wants its body kept: in memory, or streamed to a
  // temporary file (BodyStore::memory when no route matches).
  BodyStore body_store(const std::string& method, const std::string& target) const;

  // Decodes `req`'s target into path and query, the body into form fields or
  // parts, checks that all of it is UTF-8, routes it and runs the handler.
  // Never throws. Every answer gets X-Request-Id and the security headers,
  // and one log line; a 5xx is logged as an error with its request id.
  Response handle(Request req, const std::string& target) const;

  // The answer for a request refused before it was read whole (431 headers
  // too large, 413 body too large, 400 malformed): `message` as a page or a
  // JSON error depending on `target`, with the common headers, logged.
  Response refuse(const std::string& method, const std::string& target, const Message& message,
                  const std::string& detail_en = {}) const;

 private:
  void finish(const Request& req, Response& res) const;
  Router router_;
  ViewerOf viewer_of_;
  mutable std::atomic<std::uint64_t> requests_{0};
};

}  // namespace jamt::web
