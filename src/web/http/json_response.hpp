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

// The HTTP status of an error kind: validation, parse and missing_reference 400, not_found 404,
// conflict 409, unauthorized 401, forbidden and csrf 403, throttled 429, io,
// database and internal 500. One exhaustive switch: a new kind must be
// given its status here.
int http_status(ErrorKind kind);

// Sends {"error": {"code", "message"[, "field"]}} with http_status(e.code).
// For a 500 the message is logged and the client learns only "internal".
void send_service_error(Response& res, const Error& error);

}  // namespace jamt::web
