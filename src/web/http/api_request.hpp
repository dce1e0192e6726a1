#pragma once
// What the register-specific API handlers share with the generic register
// API: who may change something, and a JSON request body.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "web/http/guards.hpp"
#include "web/http/request_auth.hpp"
#include "web/http/http_types.hpp"

namespace jamt::web {

// The request body as JSON, or nullopt after answering 400 "validation".
std::optional<nlohmann::json> json_body(const Request& req, Response& res);

// The optional query parameter `name` as a year (four digits), nullopt when
// absent; false after answering 400 "validation" with field `name`.
bool year_param(const Request& req, Response& res, const std::string& name, std::optional<int>& year);

}  // namespace jamt::web
