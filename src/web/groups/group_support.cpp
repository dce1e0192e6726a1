// Helpers shared by the group, meeting and change-of-representative pages.

#include <nlohmann/json.hpp>

#include "service/registers/record_title.hpp"
#include "service/registers/registers.hpp"
#include "web/http/http_types.hpp"
#include "web/groups/group_support.hpp"
#include "web/http/json_response.hpp"
#include "web/http/page_context.hpp"

namespace jamt::web {

bool may_open_organisation(const RequestAuth& auth, const std::string& organisation_id) {
  if (!auth.user) return false;
  if (!service::is_org_contact(auth.user)) return true;
  return auth.user->organisation_id && std::to_string(*auth.user->organisation_id) == organisation_id;
}

std::string record_name(store::Database& db, const std::string& entity, const std::string& id) {
  const auto* rules = service::find_register(entity);
  if (!rules || id.empty()) return "";
  return service::record_title(db, entity, std::stoll(id)).value_or("");
}

nlohmann::json person_link(store::Database& db, const std::string& person_id, const std::string& organisation_id,
                           const RequestAuth& auth) {
  if (person_id.empty()) return nlohmann::json::object();
  nlohmann::json out = {{"name", record_name(db, "person", person_id)}};
  if (may_open_organisation(auth, organisation_id)) out["href"] = "/personer/" + person_id;
  return out;
}

}  // namespace jamt::web
