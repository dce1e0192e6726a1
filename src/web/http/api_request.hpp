#pragma once
// What the register-specific API handlers share with the generic register
// API: who may change something, and a JSON request body.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "web/http/request_auth.hpp"

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace jamt::web {

// The user of a state-changing request, or nullopt after answering 401 (no
// user) or 403 "csrf" (a session without the X-CSRF-Token header).
std::optional<RequestAuth> changing_user(const httplib::Request& req, httplib::Response& res, store::Database& db);

// The request body as JSON, or nullopt after answering 400 "validation".
std::optional<nlohmann::json> json_body(const httplib::Request& req, httplib::Response& res);

// The optional query parameter `name` as a year (four digits), nullopt when
// absent; false after answering 400 "validation" with field `name`.
bool year_param(const httplib::Request& req, httplib::Response& res, const std::string& name, std::optional<int>& year);

}  // namespace jamt::web
