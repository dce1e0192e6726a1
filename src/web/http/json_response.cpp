#include "web/http/json_response.hpp"
#include "web/http/http_types.hpp"

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

void send_service_error(Response& res, const Error& e) {
  if (e.code == "not_found") return send_json_error(res, 404, "not_found", e.message);
  if (e.code == "validation") return send_json_error(res, 400, "validation", e.to_string(), e.field);
  if (e.code == "conflict") return send_json_error(res, 409, "conflict", e.message, e.field);
  if (e.code == "unauthorized") return send_json_error(res, 401, "unauthorized", e.message);
  if (e.code == "forbidden") return send_json_error(res, 403, "forbidden", e.message);
  if (e.code == "throttled") return send_json_error(res, 429, "throttled", e.message);
  send_json_error(res, 500, "internal", e.message);
}

}  // namespace jamt::web
