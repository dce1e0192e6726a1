#pragma once
// Writing JSON API responses and the error shape
// {"error": {"code", "message"[, "field"]}} (docs/api.md).
#include <nlohmann/json.hpp>
#include <string>

#include "domain/result.hpp"
#include "web/http/http_types.hpp"

namespace jamt::web {

// Sets `body` as an application/json response with `status`.
void send_json(Response& res, const nlohmann::ordered_json& body, int status = 200);

// Sends {"error": {"code", "message"[, "field"]}} with `status`.
void send_json_error(Response& res, int status, const std::string& code, const std::string& message,
                     const std::string& field = {});

// Maps a service Error onto a status: not_found → 404, validation → 400
// (with "field" when the error names one), conflict → 409, unauthorized →
// 401, forbidden → 403, throttled → 429, anything else → 500.
void send_service_error(Response& res, const Error& error);

}  // namespace jamt::web
