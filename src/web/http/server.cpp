#include "web/http/server.hpp"

#include <httplib.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "web/http/json_response.hpp"
#include "web/http/render.hpp"
#include "web/registers/register_api.hpp"
#include "web/http/routes.hpp"

namespace jamt::web {

struct Server::Impl {
  httplib::Server http;
};

namespace {

bool is_api(const httplib::Request& req) { return req.path.rfind("/api/", 0) == 0; }

void send_error(const httplib::Request& req, httplib::Response& res, int status, const std::string& code,
                const std::string& message_en, const std::string& message_sv) {
  res.status = status;
  if (is_api(req)) {
    send_json_error(res, status, code, message_en);
  } else {
    res.set_content(render_page("error", message_sv, {{"status", std::to_string(status)}, {"message", message_sv}}),
                    "text/html; charset=utf-8");
  }
}

}  // namespace

Server::Server(store::Database& db) : impl_(std::make_unique<Impl>()) {
  auto& http = impl_->http;
  // Keep connections open for many requests (httplib's default closes one
  // after 5), and serve with more workers than cores: handlers mostly wait
  // on the database.
  // Send small responses at once: without TCP_NODELAY a response written in
  // two pieces waits ~40 ms for the client's delayed ACK. Accepted sockets
  // inherit the option from the listening one.
  http.set_socket_options([](socket_t sock) {
    httplib::default_socket_options(sock);
    int yes = 1;
    setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
  });
  http.set_keep_alive_max_count(1000);
  http.set_payload_max_length(256u << 20);  // statistics files up to 256 MiB
  http.set_keep_alive_timeout(10);
  http.new_task_queue = [] { return new httplib::ThreadPool(16); };  // httplib owns and deletes it
  register_pages(http, db);
  register_account_pages(http, db);
  register_import_pages(http, db);
  register_statistics_pages(http, db);
  register_api_v1(http, db);
  register_api_auth(http, db);
  register_api_statistics(http, db);
  register_api_audit(http, db);
  register_organisation_pages(http, db);
  register_person_pages(http, db);
  register_activity_pages(http, db);
  register_group_pages(http, db);
  register_checklist_pages(http, db);
  register_steering_document_pages(http, db);
  register_joining_pages(http, db);

  // The one boundary where an escaped exception becomes a logged 500.
  http.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "unknown exception";
    try {
      std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    spdlog::error("{} {}: {}", req.method, req.path, what);
    send_error(req, res, 500, "internal", "internal server error", "Ett oväntat fel inträffade. Försök igen senare.");
  });
  // Unmatched routes and handlers that set an error status without a body.
  http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    if (res.status == 404)
      send_error(req, res, 404, "not_found", "no such resource: " + req.path, "Sidan finns inte.");
    else
      send_error(req, res, res.status, "error", "request failed", "Begäran kunde inte utföras.");
  });
  http.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) {
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "same-origin");
    res.set_header("Content-Security-Policy", "default-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
  });
  http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
    spdlog::info("{} {} {}", req.method, req.path, res.status);
  });
}

Server::~Server() = default;

Result<int> Server::bind(const std::string& host, int port) {
  int bound = port == 0 ? impl_->http.bind_to_any_port(host) : (impl_->http.bind_to_port(host, port) ? port : -1);
  if (bound <= 0) return Error{"io", "cannot listen on " + host + ":" + std::to_string(port) + " (address in use?)", {}, {}};
  return bound;
}

void Server::listen() { impl_->http.listen_after_bind(); }

void Server::stop() { impl_->http.stop(); }

}  // namespace jamt::web
