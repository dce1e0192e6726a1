#pragma once
// Who is making a request: a browser session (cookie) or a script with an
// API token (Authorization: Bearer …). Used by every page and API handler
// that needs to know the user.
#include <optional>
#include <string>

#include "domain/account.hpp"
#include "store/database.hpp"
#include "web/http/http_types.hpp"

namespace jamt::web {

struct RequestAuth {
  std::optional<User> user;  // nullopt: the public
  std::string csrf_token;    // the session's CSRF token ("" for API tokens)
  bool via_api_token = false;
};

// The user behind the request's Bearer token or, without an
// "Authorization: Bearer" header, its "jamt_session" cookie. A missing,
// unknown, expired or revoked credential, or a disabled account, gives the
// public (no user); an unknown Bearer token does not fall back to the cookie.
// Throws nothing; database errors count as the public and are logged.
RequestAuth authenticate(const Request& req, store::Database& db);

// The token of an "Authorization" header value "Bearer <token>" (the scheme
// in any case, surrounding spaces ignored; "" when the token is missing), or
// nullopt for any other value.
std::optional<std::string> bearer_token(const std::string& authorization);

// Whether a state-changing request may go on: always for an API token (a
// script cannot be tricked by another site), otherwise only when the request
// carries the session's CSRF token (form field "csrf_token" or header
// "X-CSRF-Token"). False for the public.
bool csrf_satisfied(const Request& req, const RequestAuth& auth);

}  // namespace jamt::web
