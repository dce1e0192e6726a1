#pragma once
// The logged-in user of a request: the session cookie, CSRF checks and the
// cookie headers.
#include <optional>
#include <string>

#include "service/account/auth_service.hpp"

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace jamt::web {

// The session named by the request's "jamt_session" cookie, if it is live.
// Throws nothing; a database error counts as no session (and is logged).
std::optional<service::SessionInfo> current_session(const httplib::Request& req, store::Database& db);

// The value of cookie `name` in the request, or "".
std::string cookie_value(const httplib::Request& req, const std::string& name);

// Sets the session cookie: HttpOnly, SameSite=Lax, Path=/, Secure when the
// request came over TLS (X-Forwarded-Proto: https behind a proxy).
void set_session_cookie(const httplib::Request& req, httplib::Response& res, const std::string& token);
void clear_session_cookie(httplib::Response& res);

// True when the request carries the session's CSRF token, as the form field
// "csrf_token" or the "X-CSRF-Token" header.
bool csrf_ok(const httplib::Request& req, const service::SessionInfo& session);

// A safe place to return to after logging in: a local path ("/…", not
// "//…"), else "/".
std::string local_path_or_root(const std::string& next);

}  // namespace jamt::web
