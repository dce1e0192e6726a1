#pragma once
// The logged-in user of a request: the session cookie, CSRF checks and the
// cookie headers.
#include <optional>
#include <string>

#include "service/account/auth_service.hpp"
#include "web/http/http_types.hpp"

namespace jamt::web {

// The session named by the request's "jamt_session" cookie, if it is live.
// Throws nothing; a database error counts as no session (and is logged).
std::optional<service::SessionInfo> current_session(const Request& req, store::Database& db);

// The value of cookie `name` in the request, or "".
std::string cookie_value(const Request& req, const std::string& name);

// Sets the session cookie: HttpOnly, SameSite=Lax, Path=/, Secure when the
// request came over TLS (X-Forwarded-Proto: https from a trusted proxy,
// request_origin()).
void set_session_cookie(const Request& req, Response& res, const std::string& token);
void clear_session_cookie(Response& res);

// True when the request carries the session's CSRF token in the
// "X-CSRF-Token" header, a url-encoded form field or a multipart field
// "csrf_token". False whenever the query string names "csrf_token" (a token
// in a URL leaks into logs and history).
bool csrf_ok(const Request& req, const service::SessionInfo& session);

// A safe place to return to after logging in: `next` (already
// percent-decoded) normalised the way a browser reads a Location — tab, LF
// and CR removed anywhere, leading and trailing C0 controls and spaces
// trimmed, a backslash read as "/" — when the result is a path on this site ("/…"
// but not "//…", no scheme, no control character); otherwise "/".
std::string local_path_or_root(const std::string& next);

}  // namespace jamt::web
