// Inviting people (strategists and admins) and managing accounts (admins):
// /konton/bjud-in, /konton, /konton/{id}.

#include <spdlog/spdlog.h>

#include "domain/i18n/translate.hpp"

#include <map>

#include "domain/regions.hpp"
#include "service/account/invitations.hpp"
#include "service/authorization.hpp"
#include "service/organisations/organisation_lookup.hpp"
#include "web/account/account_handlers.hpp"
#include "web/account/account_support.hpp"
#include "web/http/guards.hpp"
#include "web/http/http_types.hpp"
#include "web/http/messages.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;

void show_invite_form(Response& res, store::Database& db, const RequestAuth& auth,
                      const service::InvitationRequest& values, const std::vector<Error>& errors, bool sent,
                      int status) {
  bool admin = service::authorize_account_management(auth.user).ok();
  std::string county = service::readable_county(auth.user);
  json ctx = page_context(auth);
  ctx.update({{"csrf_token", auth.csrf_token},
              {"admin", admin},
              {"sent", sent},
              {"roles", role_options(values.role.empty() ? "org_contact" : values.role)},
              {"counties", county_options(values.county_code)},
              {"organisations",
               organisation_options(db, county == "*" ? "" : county,
                                    values.organisation_id ? std::to_string(*values.organisation_id) : "")},
              {"v", {{"email", values.email}}}});
  add_form_errors(ctx, errors);
  send_html(res, render_page("account_invite", i18n::tr("Bjud in till Jämt"), ctx), status);
}

std::string status_text(const service::AccountSummary& a) {
  if (a.user.disabled) return i18n::tr("Avstängt");
  return a.password_set ? i18n::tr("Aktivt") : i18n::tr("Inbjuden, inget lösenord valt");
}

void show_account(Response& res, store::Database& db, const RequestAuth& auth, const service::AccountSummary& account,
                  const User& values, const std::vector<Error>& errors, bool saved, int status) {
  json ctx = page_context(auth);
  ctx.update({{"csrf_token", auth.csrf_token},
              {"id", account.user.id},
              {"email", account.user.email},
              {"status", status_text(account)},
              {"created_at", account.created_at},
              {"saved", saved},
              {"disabled", values.disabled},
              {"roles", role_options(std::string(to_string(values.role)))},
              {"counties", county_options(values.county_code)},
              {"organisations", organisation_options(db, "", values.organisation_id
                                                                  ? std::to_string(*values.organisation_id)
                                                                  : "")}});
  ctx["breadcrumbs"] = json::array({{{"url", "/konton"}, {"label", i18n::tr("Konton")}}});
  add_form_errors(ctx, errors);
  send_html(res, render_page("account_edit", account.user.email, ctx), status);
}

}  // namespace

Handler invite_form_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    if (!service::may_invite(auth->user))
      return send_error_page(res, messages::forbidden.status, i18n::tr(messages::forbidden.sv));
    service::InvitationRequest values{.email = req.get_param_value("email"),
                                      .role = "org_contact",
                                      .county_code = "",
                                      .organisation_id = std::nullopt};
    if (auto id = optional_id_field(req.get_param_value("organisation_id"), "organisation_id"); id)
      values.organisation_id = *id;
    show_invite_form(res, db, *auth, values, {}, req.get_param_value("skickad") == "1", 200);
  };
}

Handler invite_submit(store::Database& db, const service::MailSetup& mail) {
  return [&db, &mail](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    service::InvitationRequest request{.email = req.get_param_value("email"),
                                       .role = req.get_param_value("role"),
                                       .county_code = req.get_param_value("county_code"),
                                       .organisation_id = std::nullopt};
    auto org = optional_id_field(req.get_param_value("organisation_id"), "organisation_id");
    if (!org) {
      // Not an id: refused like an organisation the inviter may not name.
      if (!service::authorize_account_management(auth->user))
        return send_error_page(res, messages::forbidden.status, i18n::tr(messages::forbidden.sv));
      return show_invite_form(res, db, *auth, request, {org.error()}, false, 400);
    }
    request.organisation_id = *org;
    auto invited = service::invite_user(db, mail, auth->user, request);
    if (invited) {
      res.status = 303;
      res.set_header("Location", "/konton/bjud-in?skickad=1");
      return;
    }
    const Error& e = invited.error();
    if (keeps_form(e)) return show_invite_form(res, db, *auth, request, {e}, false, 400);
    if (e.code == ErrorKind::io) {
      spdlog::error("request {}: {}", req.request_id, e.message);
      return show_invite_form(
          res, db, *auth, request,
          {Error{ErrorKind::io,
                 i18n::trf("Kontot är sparat, men e-postmeddelandet kunde inte skickas (det finns kvar i utkorgen). "
                           "Skicka inbjudan igen lite senare, så får personen en ny länk. (Begäran {1})",
                           {req.request_id}),
                 {}, {}}},
          false, 500);
    }
    send_service_error_page(req, res, e);
  };
}

Handler accounts_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    auto accounts = service::list_accounts(db, auth->user);
    if (!accounts) return send_service_error_page(req, res, accounts.error());
    std::map<std::int64_t, std::string> names;
    for (const auto& [id, name] : service::organisation_names(db, "")) names[id] = name;
    json rows = json::array();
    bool admin = service::is_admin(auth->user);
    for (const auto& a : *accounts) {
      // A contact's county is their organisation's.
      const std::string& code = a.organisation_county.empty() ? a.user.county_code : a.organisation_county;
      const Region* county = RegionCatalogue::instance().find_county(code);
      bool invited = !a.password_set && !a.user.disabled;
      rows.push_back({{"id", a.user.id},
                      {"email", a.user.email},
                      {"role", std::string(swedish_name(a.user.role))},
                      {"role_code", std::string(to_string(a.user.role))},
                      {"county", county ? county->name : ""},
                      {"county_code", a.user.county_code},
                      {"organisation", a.user.organisation_id ? names[*a.user.organisation_id] : ""},
                      {"organisation_id", a.user.organisation_id ? std::to_string(*a.user.organisation_id) : ""},
                      {"status", status_text(a)},
                      {"link", admin},
                      // (a strategist's list holds only the county's contacts)
                      {"resend", invited}});
    }
    json ctx = page_context(*auth);
    ctx["accounts"] = rows;
    ctx["csrf_token"] = auth->csrf_token;
    ctx["admin"] = admin;
    const Region* own = RegionCatalogue::instance().find_county(auth->user->county_code);
    std::string title = admin ? i18n::tr("Konton")
                              : own ? i18n::trf("Kontaktpersonernas konton i {1}", {own->name})
                                    : i18n::tr("Kontaktpersonernas konton");
    ctx["title"] = title;
    send_html(res, render_page("account_list", title, ctx));
  };
}

Handler account_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto account = service::get_account(db, auth->user, *id);
    if (!account) return send_service_error_page(req, res, account.error());
    show_account(res, db, *auth, *account, account->user, {}, req.get_param_value("sparat") == "1", 200);
  };
}

Handler account_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto account = service::get_account(db, auth->user, *id);
    if (!account) return send_service_error_page(req, res, account.error());
    User values = account->user;
    service::AccountChange change{.role = req.get_param_value("role"),
                                  .county_code = req.get_param_value("county_code"),
                                  .organisation_id = std::nullopt,
                                  .disabled = req.get_param_value("disabled") == "1"};
    if (auto role = parse_role(*change.role)) values.role = *role;
    values.county_code = *change.county_code;
    values.disabled = *change.disabled;
    auto org = optional_id_field(req.get_param_value("organisation_id"), "organisation_id");
    if (!org) return show_account(res, db, *auth, *account, values, {org.error()}, false, 400);
    change.organisation_id = *org;
    values.organisation_id = *org;
    auto changed = service::change_account(db, auth->user, *id, change);
    if (!changed) {
      if (keeps_form(changed.error()))
        return show_account(res, db, *auth, *account, values, {changed.error()}, false, 400);
      return send_service_error_page(req, res, changed.error());
    }
    res.status = 303;
    res.set_header("Location", "/konton/" + std::to_string(*id) + "?sparat=1");
  };
}

}  // namespace jamt::web
