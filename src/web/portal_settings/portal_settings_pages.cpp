// The form with a county's contact and intro for its portal (issue 15,
// item 1). Saving goes through service/portal_settings and is audited there.
#include <nlohmann/json.hpp>

#include "domain/i18n/translate.hpp"

#include "service/portal_settings/portal_access.hpp"
#include "service/portal_settings/county_contact.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/http/request_auth.hpp"
#include "web/portal_settings/portal_settings_handlers.hpp"
#include "web/strategy/strategy_editor_support.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;
namespace editor = strategy_editor;

std::vector<editor::Field> contact_fields() {
  auto text = [](const char* name, const std::string& label, const std::string& hint, bool required) {
    return editor::Field{.name = name, .label = label, .hint = hint, .type = "text", .required = required, .options = {}};
  };
  auto area = [](const char* name, const std::string& label, const std::string& hint) {
    return editor::Field{.name = name, .label = label, .hint = hint, .type = "textarea", .required = false, .options = {}};
  };
  return {text("board_name", i18n::tr("Myndighetens namn"), "", true),
          text("email", i18n::tr("E-post"), i18n::tr("Till exempel kalmar@lansstyrelsen.se."), false),
          text("phone", i18n::tr("Telefon"), i18n::tr("Till exempel 010-223 80 00."), false),
          area("postal_address", i18n::tr("Postadress"), i18n::tr("En rad per adressrad.")),
          area("visiting_address", i18n::tr("Besöksadress"), i18n::tr("En rad per adressrad.")),
          area("intro", i18n::tr("Inledning"),
               i18n::tr("Några meningar om länets jämställdhetsarbete. Högst 2 000 tecken.")),
          area("intro_en", i18n::tr("Inledning på engelska"), i18n::tr("Frivillig. Visas för den som läser på engelska."))};
}

editor::FormValues values_of(const service::CountyContact& c) {
  return {{"board_name", {c.board_name}},         {"email", {c.email}},
          {"phone", {c.phone}},                   {"postal_address", {c.postal_address}},
          {"visiting_address", {c.visiting_address}}, {"intro", {c.intro}},
          {"intro_en", {c.intro_en}}};
}

service::CountyContact contact_of(const std::string& county_code, const editor::FormValues& v) {
  return {.county_code = county_code,
          .county_name = "",
          .board_name = editor::first(v, "board_name"),
          .email = editor::first(v, "email"),
          .phone = editor::first(v, "phone"),
          .postal_address = editor::first(v, "postal_address"),
          .visiting_address = editor::first(v, "visiting_address"),
          .intro = editor::first(v, "intro"),
          .intro_en = editor::first(v, "intro_en"),
          .saved = false,
          .updated_by = "",
          .updated_at = ""};
}

std::string settings_url(const std::string& code) { return "/lan/" + code + "/installningar"; }

void send_form(Response& res, const RequestAuth& auth, const service::CountyContact& stored,
               const editor::FormValues& values, const std::vector<Error>& errors, bool saved, int status) {
  json ctx = page_context(auth);
  ctx.update({{"county_name", stored.county_name},
              {"portal_url", "/lan/" + stored.county_code},
              {"action", settings_url(stored.county_code)},
              {"csrf_token", auth.csrf_token},
              {"saved", saved},
              {"stored", stored.saved},
              {"updated_at", stored.updated_at},
              {"updated_by", stored.updated_by},
              {"fields", editor::form_context(contact_fields(), values, errors)},
              {"errors", editor::error_summary(errors)},
              {"has_errors", !errors.empty()},
              {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                           {{"url", "/lan"}, {"label", i18n::tr("Länen")}},
                                           {{"url", "/lan/" + stored.county_code}, {"label", stored.county_name}}})}});
  send_html(res, render_page("portal_settings", i18n::trf("Kontakt och inledning – {1}", {stored.county_name}), ctx), status);
}

// The county's stored contact if `auth` may change it; nullopt after
// answering (404 unknown county, 403).
std::optional<service::CountyContact> editable(const Request& req, Response& res, store::Database& db,
                                               const RequestAuth& auth) {
  auto contact = service::county_contact(db, req.matches.at(1));
  if (!contact) {
    send_service_error_page(req, res, contact.error());
    return std::nullopt;
  }
  if (auto allowed = service::authorize_county_portal_change(auth.user, contact->county_code); !allowed) {
    send_service_error_page(req, res, allowed.error());
    return std::nullopt;
  }
  return *contact;
}

}  // namespace

Handler county_settings_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    auto stored = editable(req, res, db, *auth);
    if (!stored) return;
    send_form(res, *auth, *stored, values_of(*stored), {}, req.has_param("sparad"), 200);
  };
}

Handler county_settings_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto stored = editable(req, res, db, *auth);
    if (!stored) return;
    editor::FormValues values = editor::form_values(req);
    auto saved = service::save_county_contact(db, contact_of(stored->county_code, values), auth->user);
    if (saved) return res.set_redirect(settings_url(stored->county_code) + "?sparad=1", 303);
    std::vector<Error> errors;
    if (!reshow_form_after(req, res, errors, saved.error())) return;
    send_form(res, *auth, *stored, values, errors, false, 400);
  };
}

}  // namespace jamt::web
