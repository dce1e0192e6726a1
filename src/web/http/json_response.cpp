#include "web/http/json_response.hpp"
#include "web/http/http_types.hpp"

#include <spdlog/spdlog.h>

namespace jamt::web {

void send_json(Response& res, const nlohmann::ordered_json& body, int status) {
  res.status = status;
  res.set_content(body.dump(), "application/json; charset=utf-8");
}

void send_json_error(Response& res, int status, const std::string& code, const std::string& message,
                     const std::string& field) {
  nlohmann::ordered_json e = {{"code", code}, {"message", message}};
  if (!field.empty()) e["field"] = field;
  send_json(res, {{"error", e}}, status);
}

int http_status(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::validation: return 400;
    case ErrorKind::parse: return 400;
    case ErrorKind::not_found: return 404;
    case ErrorKind::conflict: return 409;
    case ErrorKind::missing_reference: return 400;
    case ErrorKind::unauthorized: return 401;
    case ErrorKind::forbidden: return 403;
    case ErrorKind::csrf: return 403;
    case ErrorKind::throttled: return 429;
    case ErrorKind::io: return 500;
    case ErrorKind::database: return 500;
    case ErrorKind::internal: return 500;
  }
  return 500;
}

void send_internal_error(Response& res, const std::string& request_id) {
  nlohmann::ordered_json e = {{"code", "internal"},
                              {"message", "internal server error (request " + request_id + ")"},
                              {"request_id", request_id}};
  send_json(res, {{"error", e}}, 500);
}

void send_service_error(const Request& req, Response& res, const Error& e) {
  const int status = http_status(e.code);
  if (status >= 500) {
    // The details are for the log, never for the client.
    spdlog::error("request {}: {} {}: {} error: {}", req.request_id, req.method, req.path, to_code(e.code),
                  e.to_string());
    return send_internal_error(res, req.request_id);
  }
  const bool with_place = e.code == ErrorKind::validation || e.code == ErrorKind::parse;
  send_json_error(res, status, to_code(e.code), with_place ? e.to_string() : e.message, e.field);
}

}  // namespace jamt::web
