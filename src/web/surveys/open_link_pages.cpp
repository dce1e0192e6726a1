// The open link of a public survey (docs/surveys.md, "Who answers"): the
// visitor's page /enkat/oppen/{token}, which hands each browser a personal
// link of its own (kept in a cookie) and sends it on to the respondent
// page; and the owner's switch, on the overview page and in the API.
#include <nlohmann/json.hpp>

#include "domain/i18n/translate.hpp"
#include "service/mail/mailer.hpp"
#include "service/surveys/open_link.hpp"
#include "service/surveys/survey_service.hpp"
#include "web/http/request_origin.hpp"
#include "web/http/api_request.hpp"
#include "web/http/guards.hpp"
#include "web/http/json_response.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/http/session.hpp"
#include "web/surveys/authoring_page_handlers.hpp"
#include "web/surveys/authoring_page_support.hpp"
#include "web/surveys/survey_handlers.hpp"

namespace jamt::web {

namespace {

void show_message(Response& res, int status, const std::string& heading, const std::string& text) {
  nlohmann::json ctx = page_context(RequestAuth{});
  ctx.update({{"heading", heading}, {"text", text}});
  res.set_header("Cache-Control", "no-store");
  send_html(res, render_page("survey_message", heading, ctx), status);
}

std::string open_url(const service::MailSetup& mail, const std::string& token) {
  std::string site = mail.site_url;
  while (!site.empty() && site.back() == '/') site.pop_back();
  return site + "/enkat/oppen/" + token;
}

}  // namespace

Handler survey_open_link_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    const std::string open_token = req.matches.at(1);
    auto token = service::visit_open_link(db, open_token, cookie_value(req, "jamt_oppen"), req.remote_addr);
    if (!token) {
      const Error& e = token.error();
      if (e.code == ErrorKind::not_found) return show_message(res, 404, i18n::tr("Länken finns inte"), e.message);
      if (e.code == ErrorKind::throttled) {
        res.set_header("Retry-After", "3600");
        return show_message(res, 429, i18n::tr("För många svar just nu"), e.message);
      }
      if (e.code == ErrorKind::conflict) return show_message(res, 410, i18n::tr("Enkäten går inte att besvara"), e.message);
      return send_service_error_page(req, res, e);
    }
    const bool tls = request_origin().scheme == "https";  // only a trusted proxy's word counts
    // Only this link's path gets the cookie; it holds the browser's own personal link.
    res.set_header("Set-Cookie", "jamt_oppen=" + *token + "; Path=/enkat/oppen/" + open_token +
                                     "; HttpOnly; SameSite=Lax; Max-Age=31536000" + (tls ? "; Secure" : ""));
    res.set_header("Cache-Control", "no-store");
    res.set_header("Referrer-Policy", "no-referrer");
    redirect_to(res, "/enkat/" + *token);
  };
}

Handler survey_open_link_submit(store::Database& db, const service::MailSetup& mail) {
  return [&db, &mail](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    OverviewState state;
    if (req.get_param_value("action") == "av") {
      auto off = service::disable_open_link(db, *id, auth->user);
      if (!off) return send_service_error_page(req, res, off.error());
      return redirect_to(res, "/enkater/" + std::to_string(*id) + "?oppen_lank=av#oppen-lank");
    }
    auto token = service::enable_open_link(db, *id, req.has_param("allow_repeat"), auth->user);
    if (!token && !keeps_form(token.error())) return send_service_error_page(req, res, token.error());
    auto survey = service::get_survey(db, *id, auth->user);
    if (!survey) return send_service_error_page(req, res, survey.error());
    if (!token) {
      Error e = token.error();
      e.field = "open_link";
      state.errors.push_back(e);
      return show_overview(res, db, *auth, *survey, state, 400);
    }
    // The token is stored only as its hash: the link is shown this once.
    state.open_link_url = open_url(mail, *token);
    state.notice = i18n::tr("Den öppna länken är på. Kopiera den nu – den visas bara en gång.");
    res.set_header("Cache-Control", "no-store");
    show_overview(res, db, *auth, *survey, state, 200);
  };
}

Handler api_survey_open_link(store::Database& db, const service::MailSetup& mail) {
  return [&db, &mail](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto body = json_body(req, res);
    if (!body) return;
    if (!body->is_object() || !body->contains("enabled") || !(*body)["enabled"].is_boolean())
      return send_service_error(req, res, validation_error(i18n::tr("Ange enabled: true eller false."), {}, "enabled"));
    const bool repeat = body->contains("allow_repeat") && (*body)["allow_repeat"].is_boolean() &&
                        (*body)["allow_repeat"].get<bool>();
    if (!(*body)["enabled"].get<bool>()) {
      auto off = service::disable_open_link(db, *id, auth->user);
      if (!off) return send_service_error(req, res, off.error());
      return send_json(res, {{"enabled", false}, {"allow_repeat", false}});
    }
    auto token = service::enable_open_link(db, *id, repeat, auth->user);
    if (!token) return send_service_error(req, res, token.error());
    res.set_header("Cache-Control", "no-store");
    send_json(res, {{"enabled", true}, {"allow_repeat", repeat}, {"url", open_url(mail, *token)}, {"token", *token}});
  };
}

}  // namespace jamt::web
