// The accounts API: POST /api/v1/users (invite), GET /api/v1/users,
// GET and PATCH /api/v1/users/{id} (admins).

#include <spdlog/spdlog.h>

#include "service/account/invitations.hpp"
#include "service/authorization.hpp"
#include "web/account/account_handlers.hpp"
#include "web/http/api_request.hpp"
#include "web/http/guards.hpp"
#include "web/http/http_types.hpp"
#include "web/http/json_response.hpp"
#include "web/http/request_auth.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

ojson account_json(const service::AccountSummary& a) {
  ojson j;
  j["id"] = a.user.id;
  j["email"] = a.user.email;
  j["role"] = std::string(to_string(a.user.role));
  j["county_code"] = a.user.county_code;
  j["organisation_id"] = a.user.organisation_id ? ojson(*a.user.organisation_id) : ojson(nullptr);
  j["disabled"] = a.user.disabled;
  j["password_set"] = a.password_set;
  j["created_at"] = a.created_at;
  j["organisation_county"] = a.organisation_county;
  return j;
}

// `body[name]` as a string: "" when absent; false after answering 400 when
// it is not a string.
bool string_field(const json& body, const char* name, std::string& out, Response& res) {
  if (!body.contains(name) || body[name].is_null()) return true;
  if (!body[name].is_string()) {
    send_json_error(res, 400, "validation", std::string(name) + " must be a string", name);
    return false;
  }
  out = body[name].get<std::string>();
  return true;
}

// `body["organisation_id"]`: absent or null → nullopt; a positive integer
// or its digits → the id; anything else is `bad`.
std::optional<std::int64_t> organisation_field(const json& body, bool& bad) {
  bad = false;
  if (!body.contains("organisation_id") || body["organisation_id"].is_null()) return std::nullopt;
  const auto& v = body["organisation_id"];
  if (v.is_number_integer() && v.get<std::int64_t>() > 0) return v.get<std::int64_t>();
  if (v.is_string()) {
    const auto& t = v.get_ref<const std::string&>();
    if (!t.empty() && t.size() < 16 && t.find_first_not_of("0123456789") == std::string::npos && t != "0" &&
        t[0] != '0')
      return std::stoll(t);
  }
  bad = true;
  return std::nullopt;
}

}  // namespace

Handler api_invite_user(store::Database& db, const service::MailSetup& mail) {
  return [&db, &mail](const Request& req, Response& res) {
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto body = json_body(req, res);
    if (!body) return;
    if (!body->is_object())
      return send_json_error(res, 400, "validation", "send {email, role, county_code, organisation_id}");
    service::InvitationRequest request{};
    // Fields that are not strings count as empty: authorisation comes
    // before validation, so a strategist learns nothing from a body that is
    // wrong for them (403), and an admin is told which field is wrong (400).
    for (auto [name, out] : {std::pair{"email", &request.email}, std::pair{"role", &request.role},
                             std::pair{"county_code", &request.county_code}})
      if (body->contains(name) && (*body)[name].is_string()) *out = (*body)[name].get<std::string>();
    bool bad_org = false;
    request.organisation_id = organisation_field(*body, bad_org);
    if (bad_org) {
      if (auto a = service::authorize_account_management(auth->user); !a) return send_service_error(req, res, a.error());
      return send_json_error(res, 400, "validation", "organisation_id must be an id", "organisation_id");
    }
    auto invited = service::invite_user(db, mail, auth->user, request);
    if (!invited) {
      if (invited.error().code == ErrorKind::io) {
        spdlog::error("request {}: {}", req.request_id, invited.error().message);
        return send_json_error(res, 502, "mail",
                               "the account was saved but the invitation could not be mailed; invite again later "
                               "(request " + req.request_id + ")");
      }
      return send_service_error(req, res, invited.error());
    }
    // An invited contact's county is their organisation's (invite_user sets it).
    ojson out = account_json({.user = invited->user,
                              .password_set = false,
                              .created_at = "",
                              .organisation_county = invited->user.organisation_id ? invited->user.county_code : ""});
    out.erase("created_at");
    out["invitation_renewed"] = invited->renewed;
    send_json(res, out, 201);
  };
}

Handler api_users(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    auto accounts = service::list_accounts(db, auth.user);
    if (!accounts) return send_service_error(req, res, accounts.error());
    ojson out = ojson::array();
    for (const auto& a : *accounts) out.push_back(account_json(a));
    send_json(res, out);
  };
}

Handler api_user(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    auto id = path_id(req, res);
    if (!id) return;
    auto account = service::get_account(db, auth.user, *id);
    if (!account) return send_service_error(req, res, account.error());
    send_json(res, account_json(*account));
  };
}

Handler api_change_user(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    if (auto a = service::authorize_account_management(auth->user); !a) return send_service_error(req, res, a.error());
    auto body = json_body(req, res);
    if (!body) return;
    if (!body->is_object())
      return send_json_error(res, 400, "validation", "send {role, county_code, organisation_id, disabled}");
    service::AccountChange change{};
    std::string text;
    if (body->contains("role")) {
      if (!string_field(*body, "role", text, res)) return;
      change.role = text;
    }
    if (body->contains("county_code")) {
      text.clear();
      if (!string_field(*body, "county_code", text, res)) return;
      change.county_code = text;
    }
    if (body->contains("organisation_id")) {
      bool bad = false;
      auto org = organisation_field(*body, bad);
      if (bad) return send_json_error(res, 400, "validation", "organisation_id must be an id or null", "organisation_id");
      change.organisation_id = org;
    }
    if (body->contains("disabled")) {
      if (!(*body)["disabled"].is_boolean())
        return send_json_error(res, 400, "validation", "disabled must be true or false", "disabled");
      change.disabled = (*body)["disabled"].get<bool>();
    }
    auto changed = service::change_account(db, auth->user, *id, change);
    if (!changed) return send_service_error(req, res, changed.error());
    auto account = service::get_account(db, auth->user, *id);
    if (!account) return send_service_error(req, res, account.error());
    send_json(res, account_json(*account));
  };
}

}  // namespace jamt::web
