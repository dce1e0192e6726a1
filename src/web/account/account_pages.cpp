// Logging in and out.

#include <nlohmann/json.hpp>

#include "domain/i18n/translate.hpp"
#include <spdlog/spdlog.h>

#include "service/account/auth_service.hpp"
#include "web/account/account_handlers.hpp"
#include "web/http/http_types.hpp"
#include "web/http/render.hpp"
#include "web/http/session.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;

// The login form. Before there is a session, a token in both a cookie and a
// hidden field guards against forged logins (double submit).
void login_form(Response& res, const std::string& next, const std::string& email, const std::string& error,
                int status, const std::string& notice = "") {
  std::string token = service::random_token(24);
  res.status = status;
  res.set_header("Set-Cookie", "jamt_login=" + token + "; Path=/logga-in; HttpOnly; SameSite=Strict; Max-Age=3600");
  res.set_content(render_page("login", i18n::tr("Logga in"),
                              {{"next", next}, {"email", email}, {"error", error}, {"notice", notice}, {"login_token", token}}),
                  "text/html; charset=utf-8");
}

}  // namespace

Handler login_form_page(store::Database&) {
  return [](const Request& req, Response& res) {
    login_form(res, local_path_or_root(req.get_param_value("next")), "", "", 200,
               req.get_param_value("losenord") == "valt" ? i18n::tr("Lösenordet är sparat. Logga in med det.") : "");
  };
}

Handler login_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    std::string next = local_path_or_root(req.get_param_value("next"));
    std::string email = req.get_param_value("email");
    std::string token = req.get_param_value("login_token");
    if (token.empty() || !service::constant_time_equal(token, cookie_value(req, "jamt_login")))
      return login_form(res, next, email, i18n::tr("Formuläret hade gått ut. Försök igen."), 403);
    auto session = service::login(db, email, req.get_param_value("password"), req.remote_addr);
    if (!session) {
      if (session.error().code == ErrorKind::unauthorized)
        return login_form(res, next, email, i18n::tr("Fel e-postadress eller lösenord."), 401);
      if (session.error().code == ErrorKind::throttled && session.error().message == service::kLoginBusyMessage)
        return login_form(res, next, email,
                          i18n::tr("Många loggar in från din adress just nu. Vänta en stund och försök igen."), 429);
      if (session.error().code == ErrorKind::throttled)
        return login_form(res, next, email, i18n::tr("För många misslyckade inloggningar. Vänta 15 minuter och försök igen."),
                          429);
      return login_form(res, next, email, i18n::tr("Inloggningen misslyckades. Försök igen senare."), 500);
    }
    set_session_cookie(req, res, session->token);
    res.status = 303;
    // Without a page to go back to, a signed-in user lands on what is
    // theirs to do (the home page by role, web/home).
    res.set_header("Location", next == "/" ? "/hem" : next);
  };
}

Handler logout_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    // Ends the server-side session whenever the request names one, with or
    // without the CSRF token: a forged logout costs a login, while refusing
    // it would leave a session alive that its user believes ended.
    if (std::string token = cookie_value(req, "jamt_session"); !token.empty()) {
      auto ended = service::logout(db, token);
      if (!ended) spdlog::error("request {}: logout: {}", req.request_id, ended.error().to_string());
    }
    clear_session_cookie(res);
    res.status = 303;
    res.set_header("Location", "/");
  };
}

}  // namespace jamt::web
