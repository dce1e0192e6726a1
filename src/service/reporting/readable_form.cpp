#include "service/reporting/readable_form.hpp"

#include "service/authorization.hpp"

namespace jamt::service {

Result<store::StoredForm> readable_form(soci::session& s, std::int64_t form_id, const std::optional<User>& user) {
  auto form = store::find_form(s, form_id);
  if (!form) return missing_record_error(user, "form");
  bool assigned = user && user->organisation_id && is_org_contact(user) &&
                  store::is_assigned(s, form->id, *user->organisation_id);
  if (auto ok = authorize_form_read(user, form->county_code, assigned); !ok) return ok.error();
  return std::move(*form);
}

}  // namespace jamt::service
