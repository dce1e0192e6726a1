#include "service/audit_service.hpp"

#include <nlohmann/json.hpp>

#include "service/registers/registers.hpp"
#include "store/register_repository.hpp"
#include "store/reporting/form_repository.hpp"
#include "store/reporting/submission_repository.hpp"

namespace jamt::service {

bool may_read_audit(const std::optional<User>& user) {
  return user && !user->disabled && works_for_board(user);
}

Result<std::vector<store::AuditEntry>> audit_trail(store::Database& db, const std::string& entity, std::int64_t id,
                                                   const std::optional<User>& user) {
  if (!user) return Error{ErrorKind::unauthorized, "log in to do this", {}, {}};
  if (!may_read_audit(user)) return Error{ErrorKind::forbidden, "you are not allowed to do this", {}, {}};
  const RegisterRules* rules = find_register(entity);
  const bool reporting = entity == "reporting_form" || entity == "reporting_submission";
  if (!rules && !reporting && entity != "strategy" && entity != "user")
    return validation_error("unknown entity \"" + entity + "\"", {}, "entity");
  if ((entity == "strategy" || entity == "user") && !is_admin(user))
    return Error{ErrorKind::forbidden, "you are not allowed to do this", {}, {}};
  std::vector<store::AuditEntry> out;
  Status st = db.read([&](soci::session& s) -> Status {
    out = store::list_audit(s, entity, id);
    if (is_admin(user) || (!rules && !reporting)) return {};
    std::string county;
    if (reporting) {
      // A form's county ("" for a national one: admins only), a report's
      // organisation's county.
      if (entity == "reporting_form") {
        if (auto form = store::find_form(s, id)) county = form->county_code;
      } else {
        county = store::submission_county(s, id).value_or("");
      }
    } else if (auto rec = store::find_record(s, *rules->spec, id)) {
      county = rules->scope_of(s, *rec).county_code;
    } else {
      for (auto it = out.rbegin(); it != out.rend() && county.empty(); ++it) {
        auto j = nlohmann::json::parse(it->before_json.value_or(it->after_json.value_or("{}")), nullptr, false);
        if (j.is_object() && j.contains("county_code") && j["county_code"].is_string()) county = j["county_code"];
      }
    }
    if (county != user->county_code) return Error{ErrorKind::forbidden, "you are not allowed to do this", {}, {}};
    return {};
  });
  if (!st) return st.error();
  return out;
}

}  // namespace jamt::service
