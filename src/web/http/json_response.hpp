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
// For a 500 (database, io, internal) the details go only to the log, under
// `req`'s request id; the client gets {"error": {"code": "internal",
// "message": "internal server error (request <id>)", "request_id": "<id>"}}
// and nothing of the database's own words.
void send_service_error(const Request& req, Response& res, const Error& error);

// The 500 answer for an API request whose details have been logged under
// `request_id`: {"error": {"code": "internal", "message", "request_id"}}.
void send_internal_error(Response& res, const std::string& request_id);

}  // namespace jamt::web
