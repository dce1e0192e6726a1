#include "web/http/request_auth.hpp"
#include "web/http/http_types.hpp"

#include <spdlog/spdlog.h>

#include "service/account/api_token_service.hpp"
#include "web/http/request_log.hpp"
#include "web/http/session.hpp"

namespace jamt::web {

std::optional<std::string> bearer_token(const std::string& authorization) {
  auto begin = authorization.find_first_not_of(' ');
  if (begin == std::string::npos || authorization.size() - begin < 7) return std::nullopt;
  std::string scheme = authorization.substr(begin, 7);
  for (auto& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (scheme != "bearer ") return std::nullopt;
  auto token_begin = authorization.find_first_not_of(' ', begin + 7);
  if (token_begin == std::string::npos) return std::string();
  auto token_end = authorization.find_last_not_of(' ');
  return authorization.substr(token_begin, token_end + 1 - token_begin);
}

RequestAuth authenticate(const Request& req, store::Database& db) {
  RequestAuth out;
  if (auto token = bearer_token(req.get_header_value("Authorization"))) {
    auto user = service::find_api_token_user(db, *token);
    if (!user)
      spdlog::error("API token lookup: {}", user.error().to_string());
    else if (*user) {
      out.user = **user;
      out.via_api_token = true;
      note_request_user(out.user->id);
    }
    return out;
  }
  if (auto session = current_session(req, db)) {
    out.user = session->user;
    out.csrf_token = session->csrf_token;
    note_request_user(out.user->id);
  }
  return out;
}

bool csrf_satisfied(const Request& req, const RequestAuth& auth) {
  if (!auth.user) return false;
  if (auth.via_api_token) return true;
  return csrf_ok(req, service::SessionInfo{*auth.user, auth.csrf_token});
}

}  // namespace jamt::web
