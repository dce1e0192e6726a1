#include "web/http/api_request.hpp"
#include "web/http/http_types.hpp"

#include "formats/common/json_support.hpp"
#include "web/http/json_response.hpp"

namespace jamt::web {

namespace {

// An empty body (nothing but white space) stands for {}: a POST action
// whose body is optional may come without one.
bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace

nlohmann::json parse_body(const std::string& text) {
  if (blank(text)) return nlohmann::json::object();
  auto parsed = formats::parse_json_limited(text);
  if (!parsed) return nlohmann::json(nlohmann::json::value_t::discarded);
  return std::move(*parsed);
}

nlohmann::ordered_json parse_ordered_body(const std::string& text) {
  if (blank(text)) return nlohmann::ordered_json::object();
  auto parsed = formats::parse_ordered_json_limited(text);
  if (!parsed) return nlohmann::ordered_json(nlohmann::ordered_json::value_t::discarded);
  return std::move(*parsed);
}

std::optional<nlohmann::json> json_body(const Request& req, Response& res) {
  if (blank(req.body)) return nlohmann::json::object();
  auto parsed = formats::parse_json_limited(req.body);
  if (!parsed) {
    send_json_error(res, 400, "validation", "the request body is not valid JSON: " + parsed.error().to_string());
    return std::nullopt;
  }
  return std::move(*parsed);
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
