#include "service/checklists/checklist_register.hpp"

#include "domain/i18n/translate.hpp"

#include "domain/regions.hpp"
#include "domain/registers/checklist.hpp"
#include "domain/registers/year_range.hpp"
#include "store/checklist_repository.hpp"
#include "store/register_repository.hpp"

namespace jamt::service {

namespace {

using registers::Record;
using registers::value_of;

constexpr int kFirstYear = 2000;
constexpr int kLastYear = 2100;

std::vector<Error> prepare(soci::session& s, Record& r, const Record* before) {
  std::vector<Error> errors;
  auto org = organisation_of(s, r, errors);
  auto year = registers::year_in_range(r, "year", kFirstYear, kLastYear, errors);
  if (!org || !year) return errors;
  r["title"] = org->name + ", " + std::to_string(*year);
  std::int64_t self = before ? std::stoll(value_of(*before, "id")) : 0;
  if (store::checklist_for_year(s, org->id, static_cast<int>(*year), self)) {
    Error e = conflict_error(i18n::trf("År: {1} har redan en checklista för {2}", {org->name, std::to_string(*year)}));
    e.field = "year";
    errors.push_back(e);
  }
  return errors;
}

Scope scope_of(soci::session&, const Record& r) {
  Scope scope{.county_code = value_of(r, "county_code")};
  if (!value_of(r, "organisation_id").empty()) scope.organisation_id = std::stoll(value_of(r, "organisation_id"));
  return scope;
}

// Whether `user` may `action` records of the organisation named in `input`
// (ok when the input names none, an unknown one or one the user may not
// read: check_record and create_record's reference check report those
// alike, so the answer does not tell whether it exists).
Status may_write_for_named_organisation(soci::session& s, const Record& input, const std::optional<User>& user,
                                        Action action) {
  const auto& id = value_of(input, "organisation_id");
  if (id.empty() || id.size() > 12 || id.find_first_not_of("0123456789") != std::string::npos) return {};
  auto org = find_organisation_facts(s, std::stoll(id));
  Scope scope{.county_code = org ? org->county_code : "", .organisation_id = org ? org->id : 0};
  if (!org || !may_reference(user, scope)) return {};
  return authorize(user, action, Scope{.county_code = org->county_code, .organisation_id = org->id});
}

Error with_year_field(Error e) {
  if (e.code == ErrorKind::conflict && e.field.empty()) e.field = "year";
  return e;
}

}  // namespace

const RegisterRules& checklist_rules() {
  // Contacts register, change and delete their own organisation's records
  // (docs/api.md); the plain delete applies.
  static const RegisterRules rules{
      .spec = &registers::checklist_spec(),
      .scope_of = scope_of,
      .prepare = prepare,
      .public_list = false,
      .contacts_may_delete = true,
  };
  return rules;
}

Result<Record> create_checklist(store::Database& db, const Record& input, const std::optional<User>& user,
                                std::vector<Error>* problems) {
  if (auto a = authorize(user, Action::create, Scope{}); !a && a.error().code == ErrorKind::unauthorized) return a.error();
  Status pre = db.read([&](soci::session& s) { return may_write_for_named_organisation(s, input, user, Action::create); });
  if (!pre) return pre.error();
  auto saved = create_record(db, checklist_rules(), input, user, problems);
  if (!saved) {
    if (problems)
      for (auto& p : *problems) p = with_year_field(p);
    return with_year_field(saved.error());
  }
  return saved;
}

Result<Record> update_checklist(store::Database& db, std::int64_t id, const Record& changes,
                                const std::optional<User>& user, std::vector<Error>* problems) {
  const auto& rules = checklist_rules();
  Status pre = db.read([&](soci::session& s) -> Status {
    auto before = store::find_record(s, *rules.spec, id);
    if (!before) return missing_record_error(user, rules.spec->label_sv);
    if (auto a = authorize_stored(user, Action::update, rules.scope_of(s, *before), rules.spec->label_sv); !a) return a.error();
    return may_write_for_named_organisation(s, changes, user, Action::update);
  });
  if (!pre) return pre.error();
  auto saved = update_record(db, rules, id, changes, user, problems);
  if (!saved) {
    if (problems)
      for (auto& p : *problems) p = with_year_field(p);
    return with_year_field(saved.error());
  }
  return saved;
}

Result<std::vector<Record>> checklists_of_county(store::Database& db, const std::string& county_code,
                                                 const std::optional<User>& user) {
  if (!RegionCatalogue::instance().find_county(county_code))
    return validation_error(i18n::tr("Län: ska vara en länskod, till exempel 08"), {}, "county");
  if (auto a = authorize(user, Action::read, Scope{.county_code = county_code}); !a) return a.error();
  return list_records(db, checklist_rules(), {.equals = {{"county_code", county_code}}, .order_by = "title"}, user);
}

Result<OrganisationChecklists> checklists_of_organisation(store::Database& db, std::int64_t organisation_id,
                                                          const std::optional<User>& user) {
  OrganisationChecklists out;
  Status st = db.read([&](soci::session& s) -> Status {
    auto org = find_organisation_facts(s, organisation_id);
    if (!org) return missing_record_error(user, "organisation");
    out.organisation = *org;
    return authorize_stored(user, Action::read, Scope{.county_code = org->county_code, .organisation_id = org->id},
                            "organisation");
  });
  if (!st) return st.error();
  auto records =
      list_records(db, checklist_rules(),
                   {.equals = {{"organisation_id", std::to_string(organisation_id)}}, .order_by = "year"}, user);
  if (!records) return records.error();
  out.checklists = std::move(*records);
  return out;
}

}  // namespace jamt::service
