#include "web/http/session.hpp"
#include "web/http/http_types.hpp"

#include <spdlog/spdlog.h>

namespace jamt::web {

std::string cookie_value(const Request& req, const std::string& name) {
  std::string header = req.get_header_value("Cookie");
  std::size_t pos = 0;
  while (pos < header.size()) {
    auto end = header.find(';', pos);
    std::string part = header.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    auto b = part.find_first_not_of(' ');
    if (b != std::string::npos) part = part.substr(b);
    auto eq = part.find('=');
    if (eq != std::string::npos && part.substr(0, eq) == name) return part.substr(eq + 1);
    if (end == std::string::npos) break;
    pos = end + 1;
  }
  return "";
}

std::optional<service::SessionInfo> current_session(const Request& req, store::Database& db) {
  std::string token = cookie_value(req, "jamt_session");
  if (token.empty()) return std::nullopt;
  auto found = service::find_session(db, token);
  if (!found) {
    spdlog::error("session lookup: {}", found.error().to_string());
    return std::nullopt;
  }
  return *found;
}

void set_session_cookie(const Request& req, Response& res, const std::string& token) {
  bool tls = req.get_header_value("X-Forwarded-Proto") == "https";
  res.set_header("Set-Cookie", "jamt_session=" + token + "; Path=/; HttpOnly; SameSite=Lax; Max-Age=43200" +
                                   (tls ? "; Secure" : ""));
}

void clear_session_cookie(Response& res) {
  res.set_header("Set-Cookie", "jamt_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
}

bool csrf_ok(const Request& req, const service::SessionInfo& session) {
  std::string sent = req.get_header_value("X-CSRF-Token");
  if (sent.empty() && req.has_param("csrf_token")) sent = req.get_param_value("csrf_token");
  if (sent.empty() && req.has_file("csrf_token")) sent = req.get_file_value("csrf_token").content;
  return !sent.empty() && service::constant_time_equal(sent, session.csrf_token);
}

std::string local_path_or_root(const std::string& next) {
  if (next.size() > 1 && next[0] == '/' && next[1] != '/' && next[1] != '\\') return next;
  return "/";
}

}  // namespace jamt::web
