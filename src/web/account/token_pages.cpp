// The API tokens of an account, as a page (/konto/nycklar for one's own,
// /konton/{id}/nycklar for an admin) and as JSON (/api/v1/users/{id}/tokens):
// name, created, last used, expires and state, never the token. And the
// guard that answers a request with an expired or revoked token with a
// clear 401 instead of treating it as the public.

#include <nlohmann/json.hpp>

#include "domain/i18n/translate.hpp"
#include "service/account/api_token_service.hpp"
#include "web/account/account_handlers.hpp"
#include "web/http/guards.hpp"
#include "web/http/http_types.hpp"
#include "web/http/json_response.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/http/request_auth.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::ordered_json;

// "2026-03-31T10:00:00Z" as "2026-03-31 10:00 UTC"; "" stays "".
std::string shown_time(const std::string& t) {
  if (t.size() < 16) return t;
  return t.substr(0, 10) + " " + t.substr(11, 5) + " UTC";
}

std::string state_label(const std::string& state) {
  if (state == "expired") return i18n::tr("Har gått ut");
  if (state == "revoked") return i18n::tr("Återkallad");
  return i18n::tr("Giltig");
}

void show_tokens(const Request& req, Response& res, store::Database& db, const RequestAuth& auth,
                 std::int64_t owner_id) {
  auto tokens = service::list_api_tokens(db, auth.user, owner_id);
  if (!tokens) return send_service_error_page(req, res, tokens.error());
  const std::string now = db.clock().now_text();
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& t : *tokens)
    rows.push_back({{"name", t.name},
                    {"created", shown_time(t.created_at)},
                    {"last_used", t.last_used_at.empty() ? i18n::tr("aldrig") : shown_time(t.last_used_at)},
                    {"expires", t.expires_at.empty() ? i18n::tr("aldrig") : shown_time(t.expires_at)},
                    {"state", state_label(service::api_token_state(t, now))}});
  nlohmann::json ctx = page_context(auth);
  const std::string title = i18n::tr("API-nycklar");
  ctx.update({{"title", title},
              {"tokens", rows},
              {"has_tokens", !rows.empty()},
              {"own", auth.user && auth.user->id == owner_id}});
  send_html(res, render_page("api_tokens", title, ctx));
}

}  // namespace

Handler own_tokens_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    show_tokens(req, res, db, *auth, auth->user->id);
  };
}

Handler account_tokens_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    show_tokens(req, res, db, *auth, *id);
  };
}

Handler api_account_tokens(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    auto id = path_id(req, res);
    if (!id) return;
    auto tokens = service::list_api_tokens(db, auth.user, *id);
    if (!tokens) return send_service_error(req, res, tokens.error());
    const std::string now = db.clock().now_text();
    json rows = json::array();
    auto or_null = [](const std::string& t) { return t.empty() ? json(nullptr) : json(t); };
    for (const auto& t : *tokens)
      rows.push_back({{"name", t.name},
                      {"created_at", t.created_at},
                      {"last_used_at", or_null(t.last_used_at)},
                      {"expires_at", or_null(t.expires_at)},
                      {"revoked_at", or_null(t.revoked_at)},
                      {"state", service::api_token_state(t, now)}});
    send_json(res, {{"tokens", rows}});
  };
}

Handler refusing_dead_tokens(store::Database& db, Handler next) {
  return [&db, next = std::move(next)](const Request& req, Response& res) {
    if (auto token = bearer_token(req.get_header_value("Authorization")); token && !token->empty()) {
      auto refusal = service::api_token_refusal(db, *token);
      if (!refusal) return send_service_error(req, res, refusal.error());
      if (*refusal) {
        res.set_header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return send_json_error(res, 401, "unauthorized", **refusal);
      }
    }
    next(req, res);
  };
}

}  // namespace jamt::web
