#include "service/checklists/steering_document_register.hpp"

#include "domain/i18n/translate.hpp"

#include <algorithm>
#include <map>

#include "domain/regions.hpp"
#include "domain/registers/organisation.hpp"
#include "domain/registers/steering_document.hpp"
#include "domain/registers/year_range.hpp"
#include "service/organisations/organisation_lookup.hpp"
#include "store/register_repository.hpp"

namespace jamt::service {

namespace {

using registers::Record;
using registers::value_of;

constexpr int kFirstYear = 1990;
constexpr int kLastYear = 2100;

const char* const kAssessmentFields[] = {"relevant", "level", "assessment_comment", "assessed_on"};

std::vector<Error> prepare(soci::session& s, Record& r, const Record* before) {
  std::vector<Error> errors;
  organisation_of(s, r, errors);
  registers::year_in_range(r, "year", kFirstYear, kLastYear, errors);
  // The assessment was of the document behind the old link.
  if (before && value_of(*before, "url") != value_of(r, "url"))
    for (const char* f : kAssessmentFields) r[f] = "";
  return errors;
}

Scope scope_of(soci::session&, const Record& r) {
  Scope scope{.county_code = value_of(r, "county_code")};
  if (!value_of(r, "organisation_id").empty()) scope.organisation_id = std::stoll(value_of(r, "organisation_id"));
  return scope;
}

}  // namespace

const RegisterRules& steering_document_rules() {
  // Contacts register, change and delete their own organisation's records
  // (docs/api.md); the plain delete applies.
  static const RegisterRules rules{
      .spec = &registers::steering_document_spec(),
      .scope_of = scope_of,
      .prepare = prepare,
      .public_list = false,
      .contacts_may_delete = true,
  };
  return rules;
}

Result<Record> assess_steering_document(store::Database& db, std::int64_t id, const Record& input,
                                        const std::optional<User>& user, std::vector<Error>* problems) {
  const auto& rules = steering_document_rules();
  auto checked = registers::check_assessment(input);
  Record after;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto before = store::find_record(s, *rules.spec, id);
    if (!before) return missing_record_error(user, rules.spec->label_sv);
    if (auto a = authorize_stored(user, Action::decide, rules.scope_of(s, *before), rules.spec->label_sv); !a) return a.error();
    if (!checked.errors.empty()) {
      if (problems) *problems = checked.errors;
      return checked.errors.front();
    }
    Record changes{{"relevant", value_of(checked.record, "relevant")},
                   {"level", value_of(checked.record, "level")},
                   {"assessment_comment", value_of(checked.record, "comment")},
                   {"assessed_on", db.clock().today_text()}};
    after = apply_change(s, rules, id, changes, actor_name(user), "assess");
    return {};
  });
  if (!st) return st.error();
  return after;
}

Result<SteeringSummary> steering_summary(store::Database& db, const std::string& county_code,
                                         std::optional<std::int64_t> organisation_id, std::optional<int> year,
                                         const std::optional<User>& user) {
  const auto& rules = steering_document_rules();
  SteeringSummary out;
  out.year = year;
  out.organisation = organisation_id;
  store::RecordFilter filter;
  filter.order_by = "title";
  std::map<std::int64_t, std::string> names;
  Status st = db.read([&](soci::session& s) -> Status {
    if (organisation_id) {
      auto org = find_organisation_facts(s, *organisation_id);
      if (!org) return missing_record_error(user, "organisation");
      Scope scope{.county_code = org->county_code, .organisation_id = org->id};
      if (auto a = authorize_stored(user, Action::read, scope, "organisation"); !a) return a.error();
      out.county_code = org->county_code;
      names[org->id] = org->name;
      filter.equals = {{"organisation_id", std::to_string(org->id)}};
    } else {
      if (!RegionCatalogue::instance().find_county(county_code))
        return validation_error(i18n::tr("Län: ska vara en länskod, till exempel 08"), {}, "county");
      if (auto a = authorize(user, Action::read, Scope{.county_code = county_code}); !a) return a.error();
      out.county_code = county_code;
      store::RecordFilter orgs;
      orgs.equals = {{"county_code", county_code}};
      for (const auto& o : store::find_records(s, registers::organisation_spec(), orgs))
        names[std::stoll(value_of(o, "id"))] = value_of(o, "name");
      filter.equals = {{"county_code", county_code}};
    }
    std::map<std::int64_t, std::vector<Record>> by_organisation;
    std::vector<Record> all;
    for (auto& d : store::find_records(s, *rules.spec, filter)) {
      int y = std::stoi(value_of(d, "year"));
      if (std::find(out.years.begin(), out.years.end(), y) == out.years.end()) out.years.push_back(y);
      by_organisation[std::stoll(value_of(d, "organisation_id"))].push_back(d);
      all.push_back(std::move(d));
    }
    std::sort(out.years.rbegin(), out.years.rend());
    out.total = registers::count_steering_documents(all, year);
    for (const auto& [id, documents] : by_organisation) {
      auto counts = registers::count_steering_documents(documents, year);
      if (counts.documents == 0) continue;
      out.organisations.push_back({id, names.count(id) ? names[id] : std::to_string(id), counts});
    }
    std::sort(out.organisations.begin(), out.organisations.end(),
              [](const auto& a, const auto& b) { return a.organisation_name < b.organisation_name; });
    return {};
  });
  if (!st) return st.error();
  return out;
}

}  // namespace jamt::service
