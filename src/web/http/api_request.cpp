#include "web/http/api_request.hpp"
#include "web/http/http_types.hpp"

#include "web/http/json_response.hpp"

namespace jamt::web {

std::optional<nlohmann::json> json_body(const Request& req, Response& res) {
  auto body = nlohmann::json::parse(req.body, nullptr, false);
  if (body.is_discarded()) {
    send_json_error(res, 400, "validation", "the request body is not valid JSON");
    return std::nullopt;
  }
  return body;
}

bool year_param(const Request& req, Response& res, const std::string& name, std::optional<int>& year) {
  year.reset();
  if (!req.has_param(name) || req.get_param_value(name).empty()) return true;
  const auto text = req.get_param_value(name);
  if (text.size() != 4 || text.find_first_not_of("0123456789") != std::string::npos) {
    send_json_error(res, 400, "validation", name + " must be a year such as 2026", name);
    return false;
  }
  year = std::stoi(text);
  return true;
}

}  // namespace jamt::web
