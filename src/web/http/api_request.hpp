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

// `text` parsed as JSON with at most formats::kJsonDepthLimit levels of
// nesting, or a discarded value (is_discarded()) when it is not JSON or is
// nested deeper: every request body is read through these, so a deeply
// nested body is refused instead of exhausting the stack. An empty body
// (or one of white space only) is {}, whatever its Content-Type.
nlohmann::json parse_body(const std::string& text);
nlohmann::ordered_json parse_ordered_body(const std::string& text);

// The request body as JSON ({} for an empty body), or nullopt after
// answering 400 "validation" with what is wrong and where (line, column,
// byte).
std::optional<nlohmann::json> json_body(const Request& req, Response& res);

// The optional query parameter `name` as a year (four digits), nullopt when
// absent; false after answering 400 "validation" with field `name`.
bool year_param(const Request& req, Response& res, const std::string& name, std::optional<int>& year);

}  // namespace jamt::web
