#include "service/reporting/form_service.hpp"

#include "domain/i18n/translate.hpp"
#include "service/authorization.hpp"
#include "service/reporting/readable_form.hpp"
#include "service/registers/register_service.hpp"
#include "store/audit_repository.hpp"
#include "store/constraint_error.hpp"

namespace jamt::service {

namespace {

// `assignments` checked for a form of `county`: organisations exist and lie
// in it; a type assignment without a county gets it.
Result<std::vector<store::Assignment>> checked_assignments(soci::session& s, std::vector<store::Assignment> assignments,
                                                           const std::string& county) {
  for (std::size_t i = 0; i < assignments.size(); ++i) {
    auto& a = assignments[i];
    const std::string field = "assignments[" + std::to_string(i) + "]";
    if (a.organisation_id) {
      auto org = store::find_reporting_organisation(s, *a.organisation_id);
      if (!org) return validation_error(i18n::tr("Organisationen finns inte."), {}, field + ".organisation_id");
      if (!county.empty() && org->county_code != county)
        return validation_error("Organisationen ligger inte i formulärets län (" + county + ").", {},
                                field + ".organisation_id");
      continue;
    }
    if (a.county_code.empty()) a.county_code = county;
    if (!county.empty() && a.county_code != county)
      return validation_error("Ett läns formulär tilldelas bara organisationer i länet (" + county + ").", {},
                              field + ".county_code");
    if (a.county_code.size() != 2 && !a.county_code.empty())
      return validation_error(i18n::tr("Länskoden har två siffror, t.ex. 08."), {}, field + ".county_code");
  }
  return assignments;
}

std::string audit_json(const FormView& v) { return form_json(v.form, v.assignments).dump(); }

}  // namespace

Result<std::vector<store::FormSummary>> list_reporting_forms(store::Database& db, const std::optional<User>& user) {
  if (!user || user->disabled) return authorize_form_read(user, "", false).error();
  std::vector<store::FormSummary> out;
  Status st = db.read([&](soci::session& s) -> Status {
    for (const auto& f : store::list_forms(s)) {
      if (readable_form(s, f.id, user)) out.push_back(f);
    }
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<FormView> get_reporting_form(store::Database& db, std::int64_t id, const std::optional<User>& user) {
  FormView view;
  Status st = db.read([&](soci::session& s) -> Status {
    auto form = readable_form(s, id, user);
    if (!form) return form.error();
    view = {.form = *form, .assignments = store::list_assignments(s, id)};
    return {};
  });
  if (!st) return st.error();
  return view;
}

Result<FormView> create_reporting_form(store::Database& db, const FormInput& input, const std::optional<User>& user) {
  auto county = form_county_for(user, input.county_code);
  if (!county) return county.error();
  if (auto ok = authorize_form_change(user, *county); !ok) return ok.error();
  FormView view;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto assignments = checked_assignments(s, input.assignments.value_or(std::vector<store::Assignment>{}), *county);
    if (!assignments) return assignments.error();
    std::int64_t id = 0;
    try {
      id = store::insert_form(s, input.definition, *county, actor_name(user));
    } catch (const std::exception& e) {
      if (store::constraint_kind(e) == store::ConstraintKind::unique)
        return Error{ErrorKind::conflict, "Koden " + input.definition.code + " används redan av ett annat formulär.",
                     {}, "code"};
      throw;
    }
    store::replace_assignments(s, id, *assignments);
    view = {.form = *store::find_form(s, id), .assignments = store::list_assignments(s, id)};
    store::append_audit(s, {.actor = actor_name(user), .action = "create", .entity = "reporting_form",
                            .entity_id = id, .before_json = std::nullopt, .after_json = audit_json(view)});
    return {};
  });
  if (!st) return st.error();
  return view;
}

Result<FormChange> update_reporting_form(store::Database& db, std::int64_t id, const FormInput& input,
                                         const std::optional<User>& user) {
  FormChange change;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto form = readable_form(s, id, user);
    if (!form) return form.error();
    if (auto ok = authorize_form_change(user, form->county_code); !ok) return ok;
    const auto& before = form->definition;
    const auto& after = input.definition;
    if (after.code != before.code)
      return validation_error("Koden kan inte ändras: den är formulärets namn i statistiken (" + before.code + ").",
                              {}, "code");
    if (after.periodicity != before.periodicity)
      return validation_error(i18n::tr("Periodiciteten kan inte ändras; gör ett nytt formulär."), {}, "periodicity");
    if (!input.county_code.empty() && input.county_code != form->county_code)
      return validation_error(i18n::tr("Länet kan inte ändras."), {}, "county_code");
    FormView old{.form = *form, .assignments = store::list_assignments(s, id)};
    change.new_version = reporting::needs_new_version(before, after);
    if (change.new_version)
      store::insert_form_version(s, id, form->version + 1, after, actor_name(user));
    else
      store::update_form_labels(s, *form, after);
    if (input.assignments) {
      auto assignments = checked_assignments(s, *input.assignments, form->county_code);
      if (!assignments) return assignments.error();
      store::replace_assignments(s, id, *assignments);
    }
    change.view = {.form = *store::find_form(s, id), .assignments = store::list_assignments(s, id)};
    store::append_audit(s, {.actor = actor_name(user), .action = change.new_version ? "new_version" : "update",
                            .entity = "reporting_form", .entity_id = id, .before_json = audit_json(old),
                            .after_json = audit_json(change.view)});
    return {};
  });
  if (!st) return st.error();
  return change;
}

}  // namespace jamt::service
