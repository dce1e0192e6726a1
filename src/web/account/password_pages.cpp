// Choosing a password with a one-time link (/konto/losenord/{token}) and
// asking for one ("Glömt lösenord", /glomt-losenord). Both are public
// forms: a token in a cookie and a hidden field guards them (double
// submit), as on the login form.

#include <spdlog/spdlog.h>

#include "domain/i18n/translate.hpp"

#include "service/account/auth_service.hpp"
#include "service/account/password_links.hpp"
#include "web/account/account_handlers.hpp"
#include "web/account/account_support.hpp"
#include "web/http/http_types.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/http/request_auth.hpp"
#include "web/http/session.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;

constexpr const char* kFormCookie = "jamt_form";
constexpr std::string_view kFormExpired = i18n::N_("Formuläret hade gått ut. Försök igen.");

// A fresh double-submit token, set as a cookie for the public forms.
std::string new_form_token(Response& res) {
  std::string token = service::random_token(24);
  res.set_header("Set-Cookie", std::string(kFormCookie) + "=" + token +
                                   "; Path=/; HttpOnly; SameSite=Strict; Max-Age=3600");
  return token;
}

bool form_token_ok(const Request& req) {
  std::string token = req.get_param_value("form_token");
  return !token.empty() && service::constant_time_equal(token, cookie_value(req, kFormCookie));
}

void show_choose(const Request& req, Response& res, store::Database& db, const std::string& email,
                 const std::string& invalid, const std::vector<Error>& errors, int status) {
  json ctx = page_context(authenticate(req, db));
  ctx.update({{"email", email}, {"invalid", invalid}, {"action", req.path}});
  if (invalid.empty()) ctx["form_token"] = new_form_token(res);
  add_form_errors(ctx, errors);
  // The link is a secret: keep the page out of caches.
  res.set_header("Cache-Control", "no-store");
  send_html(res, render_page("password_choose", i18n::tr("Välj lösenord"), ctx), status);
}

void show_forgot(const Request& req, Response& res, store::Database& db, const std::string& email,
                 const std::string& error, bool sent, int status) {
  json ctx = page_context(authenticate(req, db));
  ctx.update({{"email", email}, {"error", error}, {"sent", sent}});
  if (!sent) ctx["form_token"] = new_form_token(res);
  send_html(res, render_page("password_forgot", i18n::tr("Glömt lösenord"), ctx), status);
}

}  // namespace

Handler choose_password_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto email = service::check_password_link(db, req.matches.at(1));
    if (!email) {
      if (email.error().code != ErrorKind::not_found) return send_service_error_page(req, res, email.error());
      return show_choose(req, res, db, "", email.error().message, {}, 404);
    }
    show_choose(req, res, db, *email, "", {}, 200);
  };
}

Handler choose_password_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    const std::string token = req.matches.at(1);
    auto email = service::check_password_link(db, token);
    if (!email) {
      if (email.error().code != ErrorKind::not_found) return send_service_error_page(req, res, email.error());
      return show_choose(req, res, db, "", email.error().message, {}, 404);
    }
    if (!form_token_ok(req)) return show_choose(req, res, db, *email, "", {Error{ErrorKind::csrf, i18n::tr(kFormExpired), {}, "password"}}, 403);
    auto user = service::set_password_with_link(db, token, req.get_param_value("password"),
                                                req.get_param_value("password_repeat"));
    if (!user) {
      const Error& e = user.error();
      if (e.code == ErrorKind::validation) return show_choose(req, res, db, *email, "", {e}, 400);
      if (e.code == ErrorKind::not_found) return show_choose(req, res, db, "", e.message, {}, 404);
      return send_service_error_page(req, res, e);
    }
    res.status = 303;
    res.set_header("Location", "/logga-in?losenord=valt");
  };
}

Handler forgot_password_page(store::Database& db) {
  return [&db](const Request& req, Response& res) { show_forgot(req, res, db, "", "", false, 200); };
}

Handler forgot_password_submit(store::Database& db, const service::MailSetup& mail) {
  return [&db, &mail](const Request& req, Response& res) {
    const std::string email = req.get_param_value("email");
    if (!form_token_ok(req)) return show_forgot(req, res, db, email, i18n::tr(kFormExpired), false, 403);
    if (email.find('@') == std::string::npos)
      return show_forgot(req, res, db, email, i18n::tr("Skriv en e-postadress, till exempel namn@kommun.se."), false, 400);
    auto asked = service::request_password_reset(db, mail, email);
    if (!asked) return send_service_error_page(req, res, asked.error());
    show_forgot(req, res, db, email, "", true, 200);
  };
}

}  // namespace jamt::web
