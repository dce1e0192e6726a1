#include "service/joining/joining_register.hpp"

#include "domain/registers/label_text.hpp"

#include "domain/i18n/translate.hpp"

#include "domain/regions.hpp"
#include "domain/registers/joining.hpp"
#include "domain/registers/organisation.hpp"
#include "domain/registers/person.hpp"
#include "service/registers/record_json.hpp"
#include "store/activity_repository.hpp"
#include "store/audit_repository.hpp"
#include "store/joining_file_repository.hpp"
#include "store/joining_repository.hpp"
#include "store/organisation_repository.hpp"
#include "store/register_repository.hpp"

namespace jamt::service {

namespace {

using registers::Record;
using registers::value_of;

const char* const kApplicantFields[] = {"organisation_name", "org_number", "organisation_type", "municipality_code"};

std::string label(const std::string& field) { return registers::label_text(registers::joining_spec().field(field)->label_sv); }

Error field_error(const std::string& field, const std::string& problem) {
  return validation_error(label(field) + ": " + problem, {}, field);
}

bool changed(const Record& r, const Record* before, const std::string& field) {
  return before && value_of(r, field) != value_of(*before, field);
}

// Fills the applicant fields left empty from the organisation in the
// register and, when `check_number`, checks that the organisation number is
// that organisation's.
void take_from_organisation(soci::session& s, Record& r, bool check_number, std::vector<Error>& errors) {
  auto org = store::find_record(s, registers::organisation_spec(), std::stoll(value_of(r, "organisation_id")));
  if (!org) {
    errors.push_back(field_error("organisation_id", i18n::tr("finns inte")));
    return;
  }
  const std::pair<const char*, const char*> from_org[] = {{"organisation_name", "name"},
                                                          {"org_number", "org_number"},
                                                          {"organisation_type", "type"},
                                                          {"municipality_code", "municipality_code"}};
  for (const auto& [mine, theirs] : from_org)
    if (value_of(r, mine).empty()) r[mine] = value_of(*org, theirs);
  if (check_number && value_of(r, "org_number") != value_of(*org, "org_number"))
    errors.push_back(field_error("org_number", i18n::tr("stämmer inte med organisationen i registret")));
  if (value_of(r, "county_code").empty()) r["county_code"] = value_of(*org, "county_code");
}

// The id of the organisation with `org_number` in the register, or "".
std::string organisation_with_number(soci::session& s, const std::string& org_number) {
  auto id = store::organisation_with_number(s, org_number);
  return id ? std::to_string(*id) : "";
}

bool other_active_joining(soci::session& s, const Record& r) {
  std::int64_t self = value_of(r, "id").empty() ? 0 : std::stoll(value_of(r, "id"));
  return store::joining_with_status(s, value_of(r, "org_number"), value_of(r, "county_code"),
                                    {registers::kJoiningApplied, registers::kJoiningApproved}, self)
      .has_value();
}

std::vector<Error> prepare(soci::session& s, Record& r, const Record* before) {
  std::vector<Error> errors;
  if (!before) {
    if (value_of(r, "status").empty()) r["status"] = registers::kJoiningApplied;
    if (value_of(r, "applied_on").empty()) r["applied_on"] = store::clock_of(s).today_text();
  }
  if (value_of(r, "publish_consent").empty()) r["publish_consent"] = "0";

  if (changed(r, before, "organisation_id") && !value_of(*before, "organisation_id").empty())
    errors.push_back(field_error("organisation_id", i18n::tr("kan inte ändras")));
  if (changed(r, before, "county_code")) errors.push_back(field_error("county_code", i18n::tr("kan inte ändras")));
  bool decided = before && value_of(*before, "status") != registers::kJoiningApplied;
  for (const char* f : kApplicantFields)
    if (decided && changed(r, before, f))
      errors.push_back(field_error(f, i18n::tr("kan inte ändras efter beslutet; ändra i organisationsregistret")));
  if (!errors.empty()) return errors;

  if (value_of(r, "organisation_id").empty() && !value_of(r, "org_number").empty())
    r["organisation_id"] = organisation_with_number(s, value_of(r, "org_number"));
  if (!value_of(r, "organisation_id").empty())
    take_from_organisation(s, r, !before || changed(r, before, "organisation_id") || changed(r, before, "org_number"),
                           errors);
  for (const char* f : {"organisation_name", "org_number", "organisation_type"})
    if (value_of(r, f).empty()) errors.push_back(field_error(f, i18n::tr("måste fyllas i (eller välj en organisation i registret)")));
  if (value_of(r, "county_code").empty() && value_of(r, "municipality_code").size() == 4)
    r["county_code"] = value_of(r, "municipality_code").substr(0, 2);
  if (value_of(r, "county_code").empty()) errors.push_back(field_error("county_code", i18n::tr("måste fyllas i")));

  const auto& contact = value_of(r, "contact_person_id");
  if (!contact.empty() && (!before || changed(r, before, "contact_person_id"))) {
    auto person = store::find_record(s, registers::person_spec(), std::stoll(contact));
    if (!person || value_of(*person, "organisation_id").empty() ||
        value_of(*person, "organisation_id") != value_of(r, "organisation_id"))
      errors.push_back(field_error("contact_person_id", i18n::tr("ska vara en person i organisationens register")));
  }
  if (!errors.empty()) return errors;

  bool active = value_of(r, "status") == registers::kJoiningApplied || value_of(r, "status") == registers::kJoiningApproved;
  if (active && (!before || changed(r, before, "org_number")) && other_active_joining(s, r)) {
    Error e = conflict_error(i18n::tr("Organisationen har redan en ansökan eller anslutning till strategin i det här länet"));
    e.field = "org_number";
    errors.push_back(e);
  }
  return errors;
}

// A joining of an organisation in the register is to its own county's
// strategy (issue 9, item 8); only an admin files one in another county.
std::vector<Error> check_for_user(soci::session& s, const Record& r, const Record* before,
                                  const std::optional<User>& user) {
  const auto& org = value_of(r, "organisation_id");
  if (org.empty() || may_act_across_counties(user)) return {};
  if (before && !changed(r, before, "organisation_id") && !changed(r, before, "county_code")) return {};
  auto county = store::organisation_county(s, std::stoll(org));
  if (!county || *county == value_of(r, "county_code")) return {};
  return {field_error("county_code", i18n::trf("ska vara organisationens län ({1})", {*county}))};
}

Scope joining_scope(soci::session&, const Record& r) {
  Scope scope{.county_code = value_of(r, "county_code")};
  if (!value_of(r, "organisation_id").empty()) scope.organisation_id = std::stoll(value_of(r, "organisation_id"));
  return scope;
}

// Deleting a joining is the board's decision; its follow-ups and file go with it.
Status remove_joining(store::Database& db, std::int64_t id, const std::optional<User>& user) {
  const auto& spec = registers::joining_spec();
  return db.transaction([&](soci::session& s) -> Status {
    auto before = store::find_record(s, spec, id);
    if (!before) return missing_record_error(user, spec.label_sv);
    if (auto a = authorize_stored(user, Action::decide, joining_scope(s, *before), spec.label_sv); !a) return a.error();
    store::delete_joining_follow_ups(s, id);
    store::delete_joining_file(s, id);
    store::delete_record(s, spec, id);
    store::append_audit(s, {.actor = actor_name(user),
                            .action = "delete",
                            .entity = spec.entity,
                            .entity_id = id,
                            .before_json = audit_json(spec, *before).dump()});
    return {};
  });
}

}  // namespace

const RegisterRules& joining_rules() {
  // Deleting is the board's decision (docs/api.md): remove_joining asks for
  // Action::decide, and contacts are refused before it.
  static const RegisterRules rules{
      .spec = &registers::joining_spec(),
      .scope_of = joining_scope,
      .prepare = prepare,
      .check_for_user = check_for_user,
      .public_list = false,
      .contacts_may_delete = false,
      .remove = remove_joining,
  };
  return rules;
}

const RegisterRules& joining_follow_up_rules() {
  static const RegisterRules rules{
      .spec = &registers::joining_follow_up_spec(),
      .scope_of =
      [](soci::session& s, const Record& r) {
        auto joining = store::find_record(s, registers::joining_spec(), std::stoll(value_of(r, "joining_id")));
            return joining ? joining_scope(s, *joining) : Scope{.county_code = value_of(r, "county_code")};
      },
      .public_list = false,
      // Follow-ups are recorded by the board and go with their joining.
      .contacts_may_delete = false,
  };
  return rules;
}

}  // namespace jamt::service
