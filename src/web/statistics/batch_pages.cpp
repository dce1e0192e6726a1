// The import batches page: the batches a user may see, with a rollback
// button on those the user may roll back (issue 9, item 6). Works without
// JavaScript: each button is a POST form with the CSRF token.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "domain/clock.hpp"
#include "domain/regions.hpp"
#include "domain/utc_time.hpp"
#include "report/number_text.hpp"
#include "service/authorization.hpp"
#include "service/statistics/statistics_import.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/http/request_params.hpp"
#include "web/http/session.hpp"
#include "web/statistics/statistics_handlers.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;

const char* const kPath = "/statistik/importer";

// "2026-03-31T10:00:00Z" → "2026-03-31 12:00", Swedish time as users read it.
std::string shown_time(const std::string& stamp) {
  auto t = parse_utc_text(stamp);
  return t ? stockholm_time_text(*t) : stamp;
}

std::string owner_text(const std::string& county_code) {
  if (county_code.empty()) return i18n::tr("Hela landet");
  const auto* region = RegionCatalogue::instance().find(county_code);
  return region ? region->name : county_code;
}

std::string status_text(const service::ImportBatch& b) {
  if (b.rolled_back_at) {
    if (!b.rolled_back_by) return i18n::trf("Ångrad {1}", {shown_time(*b.rolled_back_at)});
    return i18n::trf("Ångrad {1} av {2}", {shown_time(*b.rolled_back_at), *b.rolled_back_by});
  }
  if (service::batch_is_current(b)) return i18n::tr("Gäller");
  return service::batch_status_text(b);
}

json batch_row(const service::ImportBatch& b, const User& user) {
  json measures = json::array();
  for (const auto& code : b.measure_codes) measures.push_back(code);
  return {{"id", std::to_string(b.id)},
          {"file", b.file_name},
          {"format", b.format},
          {"measures", measures},
          {"owner", owner_text(b.county_code)},
          {"imported_at", shown_time(b.imported_at)},
          {"imported_by", b.imported_by},
          {"cells", report::number_text(static_cast<double>(b.observations), 0)},
          {"status", status_text(b)},
          {"may_roll_back",
           service::batch_is_current(b) && b.format != "reporting" &&
               service::authorize_statistics_change(user, b.county_code).ok()}};
}

// Renders the list for `session`'s user with `status` and extra keys
// (`done`, `error`).
void show_batches(const Request& req, Response& res, store::Database& db, const service::SessionInfo& session,
                  int status, const json& extra) {
  auto batches = service::list_batches(db, session.user);
  if (!batches) return send_service_error_page(req, res, batches.error());
  json rows = json::array();
  bool any_button = false;
  for (const auto& b : *batches) {
    rows.push_back(batch_row(b, session.user));
    any_button = any_button || rows.back()["may_roll_back"].get<bool>();
  }
  json ctx = page_context(RequestAuth{session.user, session.csrf_token, false});
  ctx.update({{"csrf_token", session.csrf_token},
              {"batches", rows},
              {"has_batches", !rows.empty()},
              {"any_button", any_button},
              {"may_import", service::may_import_statistics(session.user)},
              {"sees_all", service::readable_county(session.user) == "*"},
              {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                           {{"url", "/statistik"}, {"label", i18n::tr("Statistik")}}})}});
  ctx.update(extra);
  send_html(res, render_page("import_batches", i18n::tr("Importer av statistik"), ctx), status);
}

std::optional<service::SessionInfo> signed_in(const Request& req, Response& res, store::Database& db) {
  auto session = current_session(req, db);
  if (!session) {
    res.status = 303;
    res.set_header("Location", fmt::format("/logga-in?next={}", encode_query_param(kPath)));
  }
  return session;
}

}  // namespace

Handler import_batches_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto session = signed_in(req, res, db);
    if (!session) return;
    json extra = json::object();
    if (auto id = parse_id(req.query.count("angrad") ? req.query.find("angrad")->second : ""))
      extra["done"] = i18n::trf("Import {1} är ångrad. Värdena den ersatte gäller igen.", {std::to_string(*id)});
    show_batches(req, res, db, *session, 200, extra);
  };
}

Handler import_batch_rollback(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto session = signed_in(req, res, db);
    if (!session) return;
    if (!csrf_ok(req, *session))
      return send_error_page(res, 403, i18n::tr("Formuläret saknar en giltig säkerhetskod. Ladda om sidan och försök igen."));
    auto id = parse_id(req.matches[1]);
    if (!id) return send_error_page(res, 404, i18n::tr("Det finns ingen sådan import."));
    Status st = service::rollback_batch(db, session->user, *id);
    if (!st) {
      if (st.error().code == ErrorKind::not_found) return send_error_page(res, 404, i18n::tr("Det finns ingen sådan import."));
      if (st.error().code == ErrorKind::conflict)
        return show_batches(req, res, db, *session, 409,
                            {{"error", i18n::trf("Import {1} kunde inte ångras: {2}", {std::to_string(*id), st.error().message})}});
      return send_service_error_page(req, res, st.error());
    }
    res.status = 303;
    res.set_header("Location", fmt::format("{}?angrad={}", kPath, *id));
  };
}

}  // namespace jamt::web
