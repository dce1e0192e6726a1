#pragma once
// Logging in and out, as pages and as the JSON API under /api/v1/auth.
// Each function returns the handler of one route of web/route_table.cpp,
// bound to `db` (which must outlive it). Handlers answer every failure
// themselves (error page or JSON error) and may throw only for bugs.
#include "web/route_table.hpp"

namespace jamt::service {
struct MailSetup;
}

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

// Invitations and accounts (invitation_pages.cpp, users_api.cpp). `mail`
// must outlive the handler.
// GET /konton/bjud-in[?email=&organisation_id=]: the invitation form
// (admins and strategists; 403 for others).
Handler invite_form_page(store::Database& db);
// POST /konton/bjud-in: invites and goes back to the form with a receipt
// (303), or shows the form again with the errors beside the fields (400).
Handler invite_submit(store::Database& db, const service::MailSetup& mail);
// GET /konton: every account (admins).
Handler accounts_page(store::Database& db);
// GET /konton/{id}: one account with the form to change role, county,
// organisation and whether it is disabled (admins).
Handler account_page(store::Database& db);
// POST /konton/{id}: saves that form (303 back to the page, or 400 with the
// form again).
Handler account_submit(store::Database& db);
// POST /api/v1/users {email, role, county_code, organisation_id}: invites
// (201); 403 before validation for a strategist outside their county; 502
// "mail" when the account is saved but the mail could not be sent.
Handler api_invite_user(store::Database& db, const service::MailSetup& mail);
// GET /api/v1/users: every account (admins).
Handler api_users(store::Database& db);
// GET /api/v1/users/{id} and PATCH /api/v1/users/{id} {role, county_code,
// organisation_id, disabled} (admins).
Handler api_user(store::Database& db);
Handler api_change_user(store::Database& db);

// API tokens (token_pages.cpp): name, created, last used, expires, state;
// never the token.
// GET /konto/nycklar: the signed-in user's own tokens.
Handler own_tokens_page(store::Database& db);
// GET /konton/{id}/nycklar: account {id}'s tokens (its owner and admins).
Handler account_tokens_page(store::Database& db);
// GET /api/v1/users/{id}/tokens: the same as JSON (its owner and admins).
Handler api_account_tokens(store::Database& db);
// Wraps an /api/ handler: a request whose Bearer token is expired or revoked
// gets 401 "unauthorized" with a message that says which and since when,
// instead of being served as the public.
Handler refusing_dead_tokens(store::Database& db, Handler next);

// Passwords by link (password_pages.cpp). Public pages.
// GET /konto/losenord/{token}: the form to choose a password (404 with an
// explanation when the link does not work).
Handler choose_password_page(store::Database& db);
// POST /konto/losenord/{token}: sets the password and goes to /logga-in
// (303), or shows the form again (400) or the explanation (404).
Handler choose_password_submit(store::Database& db);
// GET /glomt-losenord: the form to ask for a reset link.
Handler forgot_password_page(store::Database& db);
// POST /glomt-losenord: mails a reset link when the address has an account;
// the same page (200) either way.
Handler forgot_password_submit(store::Database& db, const service::MailSetup& mail);

}  // namespace jamt::web
