#include "service/organisations/organisation_register.hpp"

#include "domain/i18n/translate.hpp"

#include "domain/regions.hpp"
#include "domain/registers/org_number.hpp"
#include "domain/registers/organisation.hpp"
#include "store/organisation_repository.hpp"

namespace jamt::service {

namespace {

using registers::Record;
using registers::value_of;

std::vector<Error> prepare(soci::session& s, Record& r, const Record* before) {
  std::vector<Error> errors;
  const auto& municipality = value_of(r, "municipality_code");
  if (!municipality.empty() && municipality.size() == 4) {
    std::string county = municipality.substr(0, 2);
    if (value_of(r, "county_code").empty()) r["county_code"] = county;
    else if (value_of(r, "county_code") != county)
      errors.push_back(validation_error(i18n::tr("Kommun: ligger inte i det valda länet"), {}, "municipality_code"));
  }
  if (value_of(r, "county_code").empty())
    errors.push_back(validation_error(i18n::tr("Län: måste fyllas i (eller välj en kommun)"), {}, "county_code"));
  const auto& number = value_of(r, "org_number");
  if (!number.empty()) {
    std::string id = before ? value_of(*before, "id") : "0";
    if (store::organisation_with_number(s, number, std::stoll(id))) {
      Error e = conflict_error("Organisationsnummer: " + registers::format_org_number(number) +
                               " finns redan i registret");
      e.field = "org_number";
      errors.push_back(e);
    }
  }
  return errors;
}

}  // namespace

const RegisterRules& organisation_rules() {
  static const RegisterRules rules{
      .spec = &registers::organisation_spec(),
      .scope_of =
          [](soci::session&, const Record& r) {
            Scope scope{.county_code = value_of(r, "county_code")};
            if (!value_of(r, "id").empty()) scope.organisation_id = std::stoll(value_of(r, "id"));
            return scope;
          },
      .prepare = prepare,
      .public_list = false,
      // Contacts change their organisation but do not delete it.
      .contacts_may_delete = false,
      // Organisations are added by the board.
      .contacts_may_create = false,
  };
  return rules;
}

Result<OrganisationSummary> organisation_summary(store::Database& db, const std::string& county_code,
                                                 const std::optional<User>& user) {
  RecordQuery query;
  if (!county_code.empty()) query.equals.emplace_back("county_code", county_code);
  auto records = list_records(db, organisation_rules(), query, user);
  if (!records) return records.error();
  OrganisationSummary out;
  out.county_code = county_code;
  for (const auto& c : organisation_rules().spec->field("type")->choices) out.by_type.emplace_back(c.code, 0);
  for (const auto& r : *records) {
    ++out.total;
    if (!value_of(r, "cemr_signed").empty()) ++out.cemr_signed;
    for (auto& [type, n] : out.by_type)
      if (type == value_of(r, "type")) ++n;
  }
  return out;
}

}  // namespace jamt::service
