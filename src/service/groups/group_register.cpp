#include "service/groups/group_register.hpp"

#include "domain/i18n/translate.hpp"

#include "domain/membership_period.hpp"
#include "domain/registers/group.hpp"
#include "domain/registers/group_member.hpp"
#include "service/groups/group_lookup.hpp"

namespace jamt::service {

namespace {

using registers::Record;
using registers::value_of;

std::vector<Error> prepare_group(soci::session&, Record& r, const Record*) {
  std::vector<Error> errors;
  const auto& from = value_of(r, "active_from");
  const auto& to = value_of(r, "active_to");
  if (!from.empty() && !to.empty() && to < from)
    errors.push_back(validation_error(i18n::tr("Verksam till och med: kan inte vara före verksam från och med"), {}, "active_to"));
  return errors;
}

// Problems with a person field: the person must exist and belong to the
// organisation.
void check_person(soci::session& s, const Record& r, const std::string& field, const std::string& label,
                  std::vector<Error>& errors) {
  const auto& person = value_of(r, field);
  if (person.empty()) return;
  auto organisation = person_organisation(s, id_of(person));
  if (!organisation) errors.push_back(validation_error(i18n::trf("{1}: personen finns inte", {i18n::tr(label)}), {}, field));
  else if (*organisation != value_of(r, "organisation_id"))
    errors.push_back(validation_error(i18n::trf("{1}: personen hör inte till organisationen", {i18n::tr(label)}), {}, field));
}

std::vector<Error> prepare_member(soci::session& s, Record& r, const Record* before) {
  std::vector<Error> errors;
  for (const char* fixed : {"group_id", "organisation_id"})
    if (before && value_of(r, fixed) != value_of(*before, fixed))
      errors.push_back(validation_error(
          i18n::trf("{1}: kan inte ändras; avsluta medlemskapet och lägg till ett nytt",
                    {fixed == std::string("group_id") ? i18n::tr("Grupp") : i18n::tr("Organisation")}),
          {}, fixed));
  auto county = group_county(s, id_of(value_of(r, "group_id")));
  if (!county) errors.push_back(validation_error(i18n::tr("Grupp: finns inte"), {}, "group_id"));
  else r["county_code"] = *county;
  const auto& from = value_of(r, "member_from");
  const auto& to = value_of(r, "member_to");
  if (!from.empty() && !to.empty() && to < from)
    errors.push_back(validation_error(i18n::tr("Medlem till och med: kan inte vara före medlem från och med"), {}, "member_to"));
  check_person(s, r, "representative_id", std::string(i18n::N_("Representant")), errors);
  check_person(s, r, "substitute_id", std::string(i18n::N_("Ersättare")), errors);
  if (!value_of(r, "representative_id").empty() && value_of(r, "representative_id") == value_of(r, "substitute_id"))
    errors.push_back(validation_error(i18n::tr("Ersättare: kan inte vara samma person som representanten"), {}, "substitute_id"));
  if (county && !from.empty() && errors.empty()) {
    groups::Period mine{from, to};
    for (const auto& other : memberships_of(s, id_of(value_of(r, "group_id")), id_of(value_of(r, "organisation_id")))) {
      if (before && value_of(other, "id") == value_of(*before, "id")) continue;
      if (groups::overlaps(mine, {value_of(other, "member_from"), value_of(other, "member_to")})) {
        Error e = conflict_error(i18n::trf("Medlem från och med: organisationen är redan medlem i gruppen under den tiden "
                                           "({1}–{2})",
                                           {value_of(other, "member_from"), value_of(other, "member_to")}));
        e.field = "member_from";
        errors.push_back(e);
        break;
      }
    }
  }
  return errors;
}

Scope group_scope(soci::session& s, const std::string& county, const std::string& group_id) {
  Scope scope;
  scope.county_code = county;
  if (auto id = id_of(group_id)) scope.reader_organisations = group_member_organisations(s, id);
  return scope;
}

}  // namespace

const RegisterRules& group_rules() {
  static const RegisterRules rules{
      .spec = &registers::group_spec(),
      .scope_of = [](soci::session& s, const Record& r) { return group_scope(s, value_of(r, "county_code"), value_of(r, "id")); },
      .prepare = prepare_group,
      .authorize_before_checks = true,
      .national_records = true,
  };
  return rules;
}

const RegisterRules& group_member_rules() {
  static const RegisterRules rules{
      .spec = &registers::group_member_spec(),
      .scope_of = [](soci::session& s, const Record& r) {
        return group_scope(s, value_of(r, "county_code"), value_of(r, "group_id"));
      },
      .prepare = prepare_member,
      .authorize_before_checks = true,
      .national_records = true,
  };
  return rules;
}

}  // namespace jamt::service
