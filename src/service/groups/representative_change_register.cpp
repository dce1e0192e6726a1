#include "service/groups/representative_change_register.hpp"

#include "domain/i18n/translate.hpp"

#include "domain/membership_period.hpp"
#include "domain/registers/person.hpp"
#include "domain/registers/representative_change.hpp"
#include "service/groups/group_lookup.hpp"
#include "service/groups/group_register.hpp"
#include "service/organisations/person_register.hpp"
#include "service/registers/record_json.hpp"
#include "store/audit_repository.hpp"
#include "store/person_repository.hpp"
#include "store/register_repository.hpp"

namespace jamt::service {

namespace {

using registers::Record;
using registers::value_of;

const char* const kPending = "vantar";

std::vector<Error> prepare_change(soci::session& s, Record& r, const Record* before) {
  std::vector<Error> errors;
  if (before) {
    if (value_of(*before, "status") != kPending) {
      errors.push_back(conflict_error(i18n::tr("Bytet är redan beslutat och kan inte ändras")));
      return errors;
    }
    for (const char* fixed : {"group_id", "organisation_id"})
      if (value_of(r, fixed) != value_of(*before, fixed))
        errors.push_back(validation_error(i18n::tr("Grupp och organisation kan inte ändras i en anmälan"), {}, fixed));
  }
  if (value_of(r, "status").empty()) r["status"] = kPending;
  auto county = group_county(s, id_of(value_of(r, "group_id")));
  if (!county) {
    errors.push_back(validation_error(i18n::tr("Grupp: finns inte"), {}, "group_id"));
    return errors;
  }
  r["county_code"] = *county;
  const auto& rep = value_of(r, "representative_id");
  const auto& sub = value_of(r, "substitute_id");
  if (rep.empty() && sub.empty())
    errors.push_back(validation_error(i18n::tr("Ange en ny representant, en ny ersättare eller båda"), {}, "representative_id"));
  for (const auto& [field, label] : {std::pair{"representative_id", i18n::N_("Ny representant")}, {"substitute_id", i18n::N_("Ny ersättare")}}) {
    const auto& person = value_of(r, field);
    if (person.empty()) continue;
    auto organisation = person_organisation(s, id_of(person));
    if (!organisation) errors.push_back(validation_error(i18n::trf("{1}: personen finns inte", {i18n::tr(label)}), {}, field));
    else if (*organisation != value_of(r, "organisation_id"))
      errors.push_back(validation_error(i18n::trf("{1}: personen hör inte till organisationen", {i18n::tr(label)}), {}, field));
  }
  if (!rep.empty() && rep == sub)
    errors.push_back(validation_error(i18n::tr("Ny ersättare: kan inte vara samma person som den nya representanten"), {}, "substitute_id"));
  auto periods = memberships_of(s, id_of(value_of(r, "group_id")), id_of(value_of(r, "organisation_id")));
  const auto& from = value_of(r, "effective_from");
  if (periods.empty()) {
    errors.push_back(validation_error(i18n::tr("Grupp: organisationen är inte medlem i gruppen"), {}, "group_id"));
  } else if (!from.empty()) {
    bool covered = false;
    for (const auto& p : periods)
      if (groups::covers({value_of(p, "member_from"), value_of(p, "member_to")}, from)) covered = true;
    if (!covered)
      errors.push_back(
          validation_error(i18n::tr("Gäller från och med: organisationen är inte medlem i gruppen den dagen"), {}, "effective_from"));
  }
  return errors;
}

Status withdraw_change(store::Database& db, std::int64_t id, const std::optional<User>& user) {
  const auto& rules = representative_change_rules();
  return db.transaction([&](soci::session& s) -> Status {
    auto before = store::find_record(s, *rules.spec, id);
    if (!before) return missing_record_error(user, rules.spec->label_sv);
    if (auto a = authorize_stored(user, Action::remove, rules.scope_of(s, *before), rules.spec->label_sv); !a) return a.error();
    if (value_of(*before, "status") != kPending)
      return conflict_error(i18n::tr("Bytet är redan beslutat och kan inte tas bort"));
    store::delete_record(s, *rules.spec, id);
    store::append_audit(s, {.actor = actor_name(user),
                            .action = "delete",
                            .entity = rules.spec->entity,
                            .entity_id = id,
                            .before_json = audit_json(*rules.spec, *before).dump()});
    return {};
  });
}

// The input keys a change form may carry.
bool known_input(const std::string& key) {
  static const char* const keys[] = {"group_id",           "organisation_id",      "effective_from",
                                     "message",            "representative_id",    "representative_name",
                                     "representative_email", "representative_phone", "substitute_id",
                                     "substitute_name",    "substitute_email",     "substitute_phone"};
  for (const char* k : keys)
    if (key == k) return true;
  return false;
}

// The person for `role` ("representative"/"substitute") from the form: the
// chosen id, an existing person with the typed e-mail, or a new person.
// Returns the id ("" when none is named); adds problems to `errors`.
std::string person_for(soci::session& s, const Record& input, const std::string& role, const std::string& organisation,
                       const std::string& actor, std::vector<Error>& errors) {
  const auto& chosen = value_of(input, role + "_id");
  const auto& name = value_of(input, role + "_name");
  const auto& email = value_of(input, role + "_email");
  const auto& phone = value_of(input, role + "_phone");
  const std::string label = role == "representative" ? i18n::tr("Ny representant") : i18n::tr("Ny ersättare");
  bool typed = !name.empty() || !email.empty() || !phone.empty();
  if (!chosen.empty() && typed) {
    errors.push_back(validation_error(
        i18n::trf("{1}: välj en person i listan eller skriv in en ny, inte båda", {label}), {}, role + "_name"));
    return "";
  }
  if (!typed) return chosen;
  Record person{{"name", name}, {"email", email}, {"phone", phone}, {"organisation_id", organisation},
                {"role", role == "representative" ? "representant" : "ersattare"}};
  auto checked = registers::check_record(registers::person_spec(), person, false);
  for (auto e : checked.errors) {
    if (e.field != "name" && e.field != "email" && e.field != "phone") continue;  // organisation: see the change
    e.message = label + " – " + e.message;
    e.field = role + "_" + e.field;
    errors.push_back(e);
  }
  if (!checked.errors.empty() || organisation.empty()) return "";
  const auto& folded_email = value_of(checked.record, "email");
  if (!folded_email.empty()) {
    if (auto existing = store::person_with_email(s, id_of(organisation), folded_email))
      return std::to_string(*existing);
  }
  auto more = person_rules().prepare(s, checked.record, nullptr);
  if (!more.empty()) return "";  // the organisation does not exist: reported for the change
  return value_of(insert_checked(s, person_rules(), checked.record, actor), "id");
}

}  // namespace

const RegisterRules& representative_change_rules() {
  static const RegisterRules rules{
      .spec = &registers::representative_change_spec(),
      .scope_of = [](soci::session&, const Record& r) {
        Scope scope;
        scope.county_code = value_of(r, "county_code");
        // The organisation's contacts may change a pending change; a decided
        // one they only read.
        auto organisation = id_of(value_of(r, "organisation_id"));
        if (organisation && value_of(r, "status") == kPending) scope.organisation_id = organisation;
        else if (organisation) scope.reader_organisations = {organisation};
        return scope;
      },
      .prepare = prepare_change,
      .remove = withdraw_change,
      .authorize_before_checks = true,
  };
  return rules;
}

Result<Record> file_representative_change(store::Database& db, const Record& input, const std::optional<User>& user,
                                          std::vector<Error>* problems) {
  if (!user) return Error{ErrorKind::unauthorized, "log in to do this", {}, {}};
  for (const auto& [key, value] : input)
    if (!known_input(key)) return validation_error(i18n::trf("okänt fält \"{1}\"", {key}), {}, key);
  Record form = input;
  if (value_of(form, "organisation_id").empty() && is_org_contact(user) && user->organisation_id)
    form["organisation_id"] = std::to_string(*user->organisation_id);
  const auto& rules = representative_change_rules();
  Record saved;
  Status st = db.transaction([&](soci::session& s) -> Status {
    Scope scope;
    scope.county_code = group_county(s, id_of(value_of(form, "group_id"))).value_or("");
    scope.organisation_id = id_of(value_of(form, "organisation_id"));
    if (auto a = authorize(user, Action::create, scope); !a) return a.error();
    std::vector<Error> errors;
    const std::string organisation = value_of(form, "organisation_id");
    const std::string actor = actor_name(user);
    Record change{{"group_id", value_of(form, "group_id")},
                  {"organisation_id", organisation},
                  {"effective_from", value_of(form, "effective_from")},
                  {"message", value_of(form, "message")}};
    // People are checked (and created) only for an organisation that is a
    // real id; otherwise the change's own check names the problem.
    std::string org_for_people = id_of(organisation) ? organisation : "";
    change["representative_id"] = person_for(s, form, "representative", org_for_people, actor, errors);
    change["substitute_id"] = person_for(s, form, "substitute", org_for_people, actor, errors);
    auto checked = registers::check_record(*rules.spec, change, false);
    errors.insert(errors.end(), checked.errors.begin(), checked.errors.end());
    auto more = prepare_change(s, checked.record, nullptr);
    errors.insert(errors.end(), more.begin(), more.end());
    if (!errors.empty()) {
      if (problems) *problems = errors;
      return errors.front();
    }
    checked.record["filed_by"] = user->email;
    saved = insert_checked(s, rules, checked.record, actor);
    return {};
  });
  if (!st) return st.error();
  return saved;
}

Result<Record> confirm_representative_change(store::Database& db, std::int64_t id, const std::optional<User>& user) {
  const auto& rules = representative_change_rules();
  Record after;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto change = store::find_record(s, *rules.spec, id);
    if (!change) return missing_record_error(user, rules.spec->label_sv);
    if (auto a = authorize_stored(user, Action::decide, rules.scope_of(s, *change), rules.spec->label_sv); !a) return a.error();
    if (value_of(*change, "status") != kPending) return conflict_error(i18n::tr("Bytet är redan beslutat"));
    const auto& rep = value_of(*change, "representative_id");
    const auto& sub = value_of(*change, "substitute_id");
    if (rep.empty() && sub.empty())
      return conflict_error(i18n::tr("Personerna i anmälan finns inte längre i registret; avslå anmälan"));
    const auto& from = value_of(*change, "effective_from");
    std::optional<Record> period;
    for (const auto& p : memberships_of(s, id_of(value_of(*change, "group_id")), id_of(value_of(*change, "organisation_id"))))
      if (groups::covers({value_of(p, "member_from"), value_of(p, "member_to")}, from)) period = p;
    if (!period) return conflict_error(i18n::tr("Organisationen är inte medlem i gruppen den dag bytet gäller från"));
    std::string new_rep = rep.empty() ? value_of(*period, "representative_id") : rep;
    std::string new_sub = sub.empty() ? value_of(*period, "substitute_id") : sub;
    // A substitute who moves up leaves the substitute's place (and the other way round).
    if (sub.empty() && new_sub == new_rep) new_sub = "";
    if (rep.empty() && new_rep == new_sub) new_rep = "";
    const auto& members = group_member_rules();
    const std::string actor = actor_name(user);
    auto period_id = id_of(value_of(*period, "id"));
    if (value_of(*period, "member_from") == from) {
      apply_change(s, members, period_id, {{"representative_id", new_rep}, {"substitute_id", new_sub}}, actor, "update");
    } else {
      apply_change(s, members, period_id, {{"member_to", groups::day_before(from)}}, actor, "update");
      insert_checked(s, members,
                     {{"group_id", value_of(*period, "group_id")},
                      {"organisation_id", value_of(*period, "organisation_id")},
                      {"representative_id", new_rep},
                      {"substitute_id", new_sub},
                      {"member_from", from},
                      {"member_to", value_of(*period, "member_to")},
                      {"county_code", value_of(*period, "county_code")}},
                     actor);
    }
    after = apply_change(s, rules, id,
                         {{"status", "bekraftad"}, {"decided_by", actor}, {"decided_at", db.clock().now_text()}}, actor,
                         "confirm");
    return {};
  });
  if (!st) return st.error();
  return after;
}

Result<Record> reject_representative_change(store::Database& db, std::int64_t id, const std::string& reason,
                                            const std::optional<User>& user) {
  const auto& rules = representative_change_rules();
  Record after;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto change = store::find_record(s, *rules.spec, id);
    if (!change) return missing_record_error(user, rules.spec->label_sv);
    if (auto a = authorize_stored(user, Action::decide, rules.scope_of(s, *change), rules.spec->label_sv); !a) return a.error();
    if (value_of(*change, "status") != kPending) return conflict_error(i18n::tr("Bytet är redan beslutat"));
    // The reason is checked like any long text field, but required.
    registers::EntitySpec reason_only;
    registers::FieldSpec field = *rules.spec->field("decision_reason");
    field.system = false;
    field.required = true;
    reason_only.fields = {field};
    auto checked = registers::check_record(reason_only, {{"decision_reason", reason}}, false);
    if (!checked.errors.empty()) return checked.errors.front();
    const std::string actor = actor_name(user);
    after = apply_change(s, rules, id,
                         {{"status", "avslagen"},
                          {"decision_reason", value_of(checked.record, "decision_reason")},
                          {"decided_by", actor},
                          {"decided_at", db.clock().now_text()}},
                         actor, "reject");
    return {};
  });
  if (!st) return st.error();
  return after;
}

}  // namespace jamt::service
