// JSON API v1 for logging in and out and asking who is logged in
// (docs/api.md, "Authentication").

#include <nlohmann/json.hpp>

#include "service/account/auth_service.hpp"
#include "web/account/account_handlers.hpp"
#include "web/http/http_types.hpp"
#include "web/http/api_request.hpp"
#include "web/http/json_response.hpp"
#include "web/http/request_auth.hpp"
#include "web/http/session.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::ordered_json;  // fields in the documented order

json user_json(const User& u) {
  return {{"id", u.id},
          {"email", u.email},
          {"role", std::string(to_string(u.role))},
          {"county_code", u.county_code},
          {"organisation_id", u.organisation_id ? json(*u.organisation_id) : json(nullptr)}};
}

// The body's string field `name`, or nullopt after answering 400.
std::optional<std::string> string_field(const json& body, const char* name, Response& res) {
  auto it = body.find(name);
  if (it == body.end() || !it->is_string()) {
    send_json_error(res, 400, "validation", std::string("\"") + name + "\" must be a string", name);
    return std::nullopt;
  }
  return it->get<std::string>();
}

}  // namespace

// A JSON body only: a cross-site HTML form cannot send application/json,
// so no other site can log a visitor in to an account of its choosing.
Handler api_login(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    if (req.get_header_value("Content-Type").rfind("application/json", 0) != 0)
      return send_json_error(res, 400, "validation", "send {\"email\", \"password\"} as application/json");
    json body = parse_ordered_body(req.body);
    if (body.is_discarded() || !body.is_object())
      return send_json_error(res, 400, "validation", "the body must be a JSON object {\"email\", \"password\"}");
    auto email = string_field(body, "email", res);
    if (!email) return;
    auto password = string_field(body, "password", res);
    if (!password) return;
    auto session = service::login(db, *email, *password, req.remote_addr);
    if (!session) return send_service_error(req, res, session.error());
    set_session_cookie(req, res, session->token);
    send_json(res, {{"csrf_token", session->csrf_token}, {"user", user_json(session->user)}});
  };
}

Handler api_logout(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto session = current_session(req, db);
    if (!session) return send_json_error(res, 401, "unauthorized", "no session; log in first");
    std::string sent = req.get_header_value("X-CSRF-Token");
    if (sent.empty() || !service::constant_time_equal(sent, session->csrf_token))
      return send_json_error(res, 403, "forbidden", "the X-CSRF-Token header is missing or wrong");
    Status ended = service::logout(db, cookie_value(req, "jamt_session"));
    if (!ended) return send_service_error(req, res, ended.error());
    clear_session_cookie(res);
    res.status = 204;
  };
}

Handler api_me(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    RequestAuth auth = authenticate(req, db);
    if (!auth.user) return send_json_error(res, 401, "unauthorized", "log in or send an API token");
    send_json(res, {{"user", user_json(*auth.user)}});
  };
}

}  // namespace jamt::web
