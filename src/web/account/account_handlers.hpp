#pragma once
// Logging in and out, as pages and as the JSON API under /api/v1/auth.
// Each function returns the handler of one route of web/route_table.cpp,
// bound to `db` (which must outlive it). Handlers answer every failure
// themselves (error page or JSON error) and may throw only for bugs.
#include "web/route_table.hpp"

namespace jamt::web {

// GET /logga-in[?next=]: the login form.
Handler login_form_page(store::Database& db);
// POST /logga-in: logs in and goes to `next`, or shows the form again (401, 403, 429).
Handler login_submit(store::Database& db);
// POST /logga-ut: ends the session named by the cookie (with or without the
// CSRF token: logging out is harmless), clears the cookie and goes to /.
Handler logout_submit(store::Database& db);
// POST /api/v1/auth/login {"email", "password"} (application/json only).
Handler api_login(store::Database& db);
// POST /api/v1/auth/logout: ends the session.
Handler api_logout(store::Database& db);
// GET /api/v1/auth/me: the signed-in user, or 401.
Handler api_me(store::Database& db);

}  // namespace jamt::web
