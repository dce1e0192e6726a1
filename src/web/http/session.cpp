#include "web/http/session.hpp"

#include <chrono>

#include "domain/account_policy.hpp"
#include "web/http/page_viewer.hpp"
#include "web/http/request_log.hpp"
#include "web/http/request_origin.hpp"
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
  if (*found) {
    note_request_user((*found)->user.id);
    note_page_viewer(RequestAuth{.user = (*found)->user, .csrf_token = (*found)->csrf_token, .via_api_token = false});
  }
  return *found;
}

void set_session_cookie(const Request& /*req*/, Response& res, const std::string& token) {
  // X-Forwarded-Proto counts only from a trusted proxy (request_origin.hpp).
  bool tls = request_origin().scheme == "https";
  // The browser keeps the cookie as long as the session can last at most.
  const auto max_age = std::chrono::duration_cast<std::chrono::seconds>(account_policy().session_absolute).count();
  res.set_header("Set-Cookie", "jamt_session=" + token + "; Path=/; HttpOnly; SameSite=Lax; Max-Age=" +
                                   std::to_string(max_age) + (tls ? "; Secure" : ""));
}

void clear_session_cookie(Response& res) {
  res.set_header("Set-Cookie", "jamt_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
}

bool csrf_ok(const Request& req, const service::SessionInfo& session) {
  // A token in the query string has leaked into logs and history: refused,
  // whatever else the request carries.
  if (req.query.contains("csrf_token")) return false;
  std::string sent = req.get_header_value("X-CSRF-Token");
  if (sent.empty() && req.has_param("csrf_token")) sent = req.get_param_value("csrf_token");
  if (sent.empty() && req.has_file("csrf_token")) sent = req.get_file_value("csrf_token").content;
  return !sent.empty() && service::constant_time_equal(sent, session.csrf_token);
}

std::string local_path_or_root(const std::string& next) {
  // What a browser does to a Location before it resolves it (WHATWG URL
  // parser): tab, LF and CR vanish wherever they are, leading and trailing
  // C0 controls and spaces are trimmed, and a backslash counts as "/".
  std::string path;
  for (char c : next)
    if (c != '\t' && c != '\n' && c != '\r') path += c == '\\' ? '/' : c;
  auto is_c0_or_space = [](char c) { return static_cast<unsigned char>(c) <= 0x20; };
  while (!path.empty() && is_c0_or_space(path.front())) path.erase(path.begin());
  while (!path.empty() && is_c0_or_space(path.back())) path.pop_back();
  // A path on this site: "/" then anything but a second "/" (which would
  // name another host), and no control character left to confuse a header.
  if (path.empty() || path[0] != '/' || (path.size() > 1 && path[1] == '/')) return "/";
  for (char c : path)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return "/";
  return path;
}

}  // namespace jamt::web
