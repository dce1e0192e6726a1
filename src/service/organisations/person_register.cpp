#include "service/organisations/person_register.hpp"

#include "domain/i18n/translate.hpp"

#include "domain/registers/person.hpp"
#include "service/registers/record_json.hpp"
#include "service/registers/registers.hpp"
#include "store/activity_repository.hpp"
#include "store/audit_repository.hpp"
#include "store/register_repository.hpp"

namespace jamt::service {

namespace {

using registers::Record;
using registers::value_of;

// A person of an organisation belongs to the organisation's county
// (issue 9, item 7): the county is taken from the organisation on every
// save. A county the user typed (on create, or changed on an update) that
// differs is refused naming county_code; one merely left from before
// follows the organisation.
std::vector<Error> prepare(soci::session& s, Record& r, const Record* before) {
  std::vector<Error> errors;
  const auto& org = value_of(r, "organisation_id");
  if (!org.empty()) {
    auto county = store::organisation_county(s, std::stoll(org));
    const auto& given = value_of(r, "county_code");
    bool typed = !given.empty() && (!before || given != value_of(*before, "county_code"));
    if (!county)
      errors.push_back(validation_error(i18n::tr("Organisation: finns inte"), {}, "organisation_id"));
    else if (typed && given != *county)
      errors.push_back(validation_error(i18n::trf("Län: en person i en organisation hör till organisationens län ({1}); lämna "
                                                      "fältet tomt eller välj {1}",
                                                      {*county}),
                                        {}, "county_code"));
    else
      r["county_code"] = *county;
  }
  if (value_of(r, "county_code").empty())
    errors.push_back(validation_error(i18n::tr("Län: måste fyllas i (eller välj en organisation)"), {}, "county_code"));
  return errors;
}

// Every (register, field) that refers to people.
std::vector<std::pair<const RegisterRules*, std::string>> references_to_people() {
  std::vector<std::pair<const RegisterRules*, std::string>> out;
  for (const auto* r : all_registers())
    for (const auto& f : r->spec->fields)
      if (f.kind == registers::FieldKind::reference && f.references == "person") out.emplace_back(r, f.name);
  return out;
}

}  // namespace

const RegisterRules& person_rules() {
  static const RegisterRules rules{
      .spec = &registers::person_spec(),
      .scope_of =
      [](soci::session&, const Record& r) {
            Scope scope{.county_code = value_of(r, "county_code")};
            if (!value_of(r, "organisation_id").empty())
              scope.organisation_id = std::stoll(value_of(r, "organisation_id"));
        return scope;
      },
      .prepare = prepare,
      .public_list = false,
      .contacts_may_delete = true,
      .remove = erase_person,
  };
  return rules;
}

Result<nlohmann::ordered_json> export_person(store::Database& db, std::int64_t id, const std::optional<User>& user) {
  auto person = get_record(db, person_rules(), id, user);
  if (!person) return person.error();
  nlohmann::ordered_json out = {{"person", record_json(*person_rules().spec, *person)},
                                {"referenced_in", nlohmann::ordered_json::array()}};
  Status st = db.read([&](soci::session& s) -> Status {
    for (const auto& [rules, field] : references_to_people()) {
      store::RecordFilter filter;
      filter.equals = {{field, std::to_string(id)}};
      for (const auto& r : store::find_records(s, *rules->spec, filter))
        out["referenced_in"].push_back(
            {{"entity", rules->spec->entity}, {"field", field}, {"record", record_json(*rules->spec, r)}});
    }
    return {};
  });
  if (!st) return st.error();
  return out;
}

Status erase_person(store::Database& db, std::int64_t id, const std::optional<User>& user) {
  const auto& rules = person_rules();
  return db.transaction([&](soci::session& s) -> Status {
    auto before = store::find_record(s, *rules.spec, id);
    if (!before) return missing_record_error(user, rules.spec->label_sv);
    if (auto a = authorize_stored(user, Action::remove, rules.scope_of(s, *before), rules.spec->label_sv); !a) return a.error();
    for (const auto& [other, field] : references_to_people()) {
      store::RecordFilter filter;
      filter.equals = {{field, std::to_string(id)}};
      for (const auto& r : store::find_records(s, *other->spec, filter))
        apply_change(s, *other, std::stoll(value_of(r, "id")), {{field, ""}}, actor_name(user), "update");
    }
    store::delete_record(s, *rules.spec, id);
    store::append_audit(s, {.actor = actor_name(user),
                            .action = "erase",
                            .entity = rules.spec->entity,
                            .entity_id = id,
                            .before_json = std::string(R"({"erased":"personuppgifter raderade på begäran"})")});
    return {};
  });
}

}  // namespace jamt::service
