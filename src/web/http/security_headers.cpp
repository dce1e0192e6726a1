#include "web/http/security_headers.hpp"

#include <cctype>

namespace jamt::web {

namespace {

bool starts_with(const std::string& text, const char* prefix) { return text.rfind(prefix, 0) == 0; }

bool is_cookie_header(const std::string& name) {
  static constexpr char kCookie[] = "cookie";
  if (name.size() != 6) return false;
  for (std::size_t i = 0; i < 6; ++i)
    if (std::tolower(static_cast<unsigned char>(name[i])) != kCookie[i]) return false;
  return true;
}

}  // namespace

void add_security_headers(Response& res) {
  res.set_header("X-Content-Type-Options", "nosniff");
  // A page whose address holds a secret (a respondent's link) sends no-referrer.
  if (!res.has_header("Referrer-Policy")) res.set_header("Referrer-Policy", "same-origin");
  res.set_header("X-Frame-Options", "DENY");
  if (!res.has_header("Content-Security-Policy")) res.set_header("Content-Security-Policy", kContentSecurityPolicy);
}

bool signed_in_request(const Request& req) {
  if (req.has_header("Authorization")) return true;
  for (const auto& [name, value] : req.headers)
    if (is_cookie_header(name) && value.find("jamt_session=") != std::string::npos) return true;
  return false;
}

std::string cache_policy(const Request& req, const Response& res) {
  const std::string own = res.get_header_value("Cache-Control");
  const bool get = req.method == "GET" || req.method == "HEAD";
  if (get && res.status == 200 && starts_with(req.path, "/static/") && !own.empty() && !res.has_header("Set-Cookie"))
    return own;
  if (starts_with(req.path, "/api/") || signed_in_request(req) || res.has_header("Set-Cookie") || !get ||
      res.status >= 300 || own.find("no-store") != std::string::npos)
    return own.find("private") != std::string::npos ? "private, no-store" : "no-store";
  return own.empty() ? "no-cache" : own;
}

}  // namespace jamt::web
