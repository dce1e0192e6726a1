// Helpers shared by the group, meeting and change-of-representative pages.
#include <httplib.h>

#include <nlohmann/json.hpp>

#include "service/registers/registers.hpp"
#include "store/register_repository.hpp"
#include "web/groups/group_routes.hpp"
#include "web/http/json_response.hpp"
#include "web/http/page_context.hpp"

namespace jamt::web {

std::optional<RequestAuth> api_changer(const httplib::Request& req, httplib::Response& res, store::Database& db) {
  auto auth = authenticate(req, db);
  if (!auth.user) {
    send_json_error(res, 401, "unauthorized", "log in to do this");
    return std::nullopt;
  }
  if (!csrf_satisfied(req, auth)) {
    send_json_error(res, 403, "csrf", "missing or wrong X-CSRF-Token header");
    return std::nullopt;
  }
  return auth;
}

std::optional<RequestAuth> form_changer(const httplib::Request& req, httplib::Response& res, store::Database& db,
                                        bool posting) {
  auto auth = authenticate(req, db);
  if (!auth.user) {
    redirect_to_login(req, res);
    return std::nullopt;
  }
  if (posting && !csrf_satisfied(req, auth)) {
    send_error_page(res, 403, "Formuläret saknar en giltig säkerhetskod. Ladda om sidan och försök igen.");
    return std::nullopt;
  }
  return auth;
}

bool may_open_organisation(const RequestAuth& auth, const std::string& organisation_id) {
  if (!auth.user) return false;
  if (auth.user->role != Role::org_contact) return true;
  return auth.user->organisation_id && std::to_string(*auth.user->organisation_id) == organisation_id;
}

std::string record_name(store::Database& db, const std::string& entity, const std::string& id) {
  const auto* rules = service::find_register(entity);
  if (!rules || id.empty()) return "";
  std::string name;
  (void)db.read([&](soci::session& s) -> Status {
    if (auto r = store::find_record(s, *rules->spec, std::stoll(id)))
      name = registers::value_of(*r, rules->spec->title_field);
    return {};
  });
  return name;
}

nlohmann::json person_link(store::Database& db, const std::string& person_id, const std::string& organisation_id,
                           const RequestAuth& auth) {
  if (person_id.empty()) return nlohmann::json::object();
  nlohmann::json out = {{"name", record_name(db, "person", person_id)}};
  if (may_open_organisation(auth, organisation_id)) out["href"] = "/personer/" + person_id;
  return out;
}

}  // namespace jamt::web
