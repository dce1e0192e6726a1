// The one adapter between the HTTP library and Jämt: the only file in src/
// that includes <httplib.h>. Every request goes through dispatch(): it is
// converted to web::Request, routed through the Router built from the route
// table, answered by a handler (inside the one exception boundary) and
// converted back.
#include "web/http/server.hpp"

#include <httplib.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "web/http/json_response.hpp"
#include "web/http/messages.hpp"
#include "web/http/render.hpp"
#include "web/http/router.hpp"
#include "web/route_table.hpp"

namespace jamt::web {

struct Server::Impl {
  explicit Impl(store::Database& db) : router(route_table(db)) {}
  httplib::Server http;
  Router router;
  std::atomic<std::uint64_t> requests{0};
};

namespace {

bool is_api(const std::string& path) { return path.rfind("/api/", 0) == 0; }

// Answers with `message`: JSON on /api/ paths, an HTML page otherwise.
void send_message(const std::string& path, Response& res, const Message& message, const std::string& detail_en = {}) {
  res.status = message.status;
  if (is_api(path)) {
    send_json_error(res, message.status, std::string(message.code),
                    detail_en.empty() ? std::string(message.en) : detail_en);
  } else {
    const std::string sv(message.sv);
    res.set_content(render_page("error", sv, {{"status", std::to_string(message.status)}, {"message", sv}}),
                    "text/html; charset=utf-8");
  }
}

// A handler's error status without a body gets the page (or JSON error)
// users would otherwise miss.
void fill_empty_error(const std::string& path, Response& res) {
  if (res.status < 400 || !res.body.empty()) return;
  if (res.status == 404) return send_message(path, res, messages::no_such_page, "no such resource: " + path);
  Message failed = messages::request_failed;
  failed.status = res.status;
  send_message(path, res, failed);
}

Request to_web(const httplib::Request& in) {
  Request out;
  out.method = in.method;
  out.path = in.path;
  out.body = in.body;
  out.remote_addr = in.remote_addr;
  for (const auto& [name, value] : in.headers) out.headers.emplace(name, value);
  for (const auto& [name, value] : in.params) out.params.emplace(name, value);
  if (auto q = in.target.find('?'); q != std::string::npos) {
    httplib::Params query;
    httplib::detail::parse_query_text(in.target.substr(q + 1), query);
    for (const auto& [name, value] : query) out.query.emplace(name, value);
  }
  for (const auto& [name, part] : in.files)
    out.parts.emplace(name, FormPart{.name = part.name,
                                     .content = part.content,
                                     .filename = part.filename,
                                     .content_type = part.content_type});
  return out;
}

void to_httplib(const Response& in, httplib::Response& out) {
  out.status = in.status;
  for (const auto& [name, value] : in.headers) out.set_header(name, value);
  if (!in.content_type.empty()) out.set_content(in.body, in.content_type);
  else out.body = in.body;
}

std::string join_methods(const std::vector<Method>& methods) {
  std::string out;
  for (auto m : methods) out += (out.empty() ? "" : ", ") + std::string(method_name(m));
  return out;
}

// Routes one request and runs its handler: the one boundary where an
// escaped exception becomes a logged 500 with a request id and nothing
// internal in the body.
void dispatch(const Router& router, std::atomic<std::uint64_t>& requests, const httplib::Request& in,
              httplib::Response& out) {
  Request req = to_web(in);
  req.request_id = fmt::format("{:06x}", ++requests);
  Response res;
  auto method = parse_method(req.method);
  auto match = method ? router.find(*method, req.path) : std::nullopt;
  if (!match) {
    auto allowed = router.allowed_methods(req.path);
    if (allowed.empty()) {
      send_message(req.path, res, messages::no_such_page, "no such resource: " + req.path);
    } else {
      send_message(req.path, res, messages::method_not_allowed);
      res.set_header("Allow", join_methods(allowed));
    }
  } else {
    req.matches = std::move(match->captures);
    try {
      match->route->handler(req, res);
    } catch (const std::exception& e) {
      spdlog::error("request {}: {} {}: {}", req.request_id, req.method, req.path, e.what());
      res = Response{};
      send_message(req.path, res, messages::internal);
    } catch (...) {
      spdlog::error("request {}: {} {}: unknown exception", req.request_id, req.method, req.path);
      res = Response{};
      send_message(req.path, res, messages::internal);
    }
    fill_empty_error(req.path, res);
  }
  res.set_header("X-Request-Id", req.request_id);
  to_httplib(res, out);
}

}  // namespace

Server::Server(store::Database& db) : impl_(std::make_unique<Impl>(db)) {
  auto& http = impl_->http;
  // Send small responses at once: without TCP_NODELAY a response written in
  // two pieces waits ~40 ms for the client's delayed ACK. Accepted sockets
  // inherit the option from the listening one.
  http.set_socket_options([](socket_t sock) {
    httplib::default_socket_options(sock);
    int yes = 1;
    setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
  });
  // Keep connections open for many requests (httplib's default closes one
  // after 5), and serve with more workers than cores: handlers mostly wait
  // on the database.
  http.set_keep_alive_max_count(1000);
  http.set_payload_max_length(256u << 20);  // statistics files up to 256 MiB
  http.set_keep_alive_timeout(10);
  http.new_task_queue = [] { return new httplib::ThreadPool(16); };  // httplib owns and deletes it

  // Every request goes to the router; HEAD is answered by the GET routes.
  auto handler = [&router = impl_->router, &requests = impl_->requests](const httplib::Request& req,
                                                                        httplib::Response& res) {
    dispatch(router, requests, req, res);
  };
  http.Get(".*", handler);
  http.Post(".*", handler);
  http.Put(".*", handler);
  http.Patch(".*", handler);
  http.Delete(".*", handler);

  // Requests httplib itself refuses (malformed, too large, other methods)
  // get the same error pages as the rest.
  http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    Response mine;
    mine.status = res.status;
    fill_empty_error(req.path, mine);
    res.set_content(mine.body, mine.content_type.c_str());
  });
  http.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) {
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "same-origin");
    res.set_header("Content-Security-Policy", "default-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
  });
  http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
    spdlog::info("{} {} {} {}", req.method, req.path, res.status, res.get_header_value("X-Request-Id"));
  });
}

Server::~Server() = default;

Result<int> Server::bind(const std::string& host, int port) {
  int bound = port == 0 ? impl_->http.bind_to_any_port(host) : (impl_->http.bind_to_port(host, port) ? port : -1);
  if (bound <= 0) return Error{ErrorKind::io, "cannot listen on " + host + ":" + std::to_string(port) + " (address in use?)", {}, {}};
  return bound;
}

void Server::listen() { impl_->http.listen_after_bind(); }

void Server::stop() { impl_->http.stop(); }

}  // namespace jamt::web
