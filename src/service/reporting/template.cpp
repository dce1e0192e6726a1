#include "service/reporting/template.hpp"


#include "domain/reporting/period.hpp"
#include "service/authorization.hpp"
#include "service/reporting/readable_form.hpp"
#include "store/reporting/form_repository.hpp"
#include "store/reporting/submission_repository.hpp"

namespace jamt::service {

namespace {

std::string cell_label(const reporting::DataElement& e, const reporting::Category* category, reporting::Sex sex) {
  std::string label = e.name;
  if (category) label += ", " + category->name;
  return label + " – " + std::string(reporting::swedish_name(sex));
}

}  // namespace

std::vector<std::string> template_cell_columns(const reporting::FormDefinition& form) {
  std::vector<std::string> out;
  for (const auto& e : form.elements) {
    if (e.categories) {
      for (const auto& c : e.categories->categories)
        for (auto sex : e.disaggregation) out.push_back(reporting::to_string({.element = e.code, .sex = sex, .category = c.code}));
    } else {
      for (auto sex : e.disaggregation) out.push_back(reporting::to_string({.element = e.code, .sex = sex, .category = ""}));
    }
  }
  return out;
}

Result<UploadTemplate> upload_template(store::Database& db, std::int64_t form_id, const std::string& period,
                                       const std::optional<User>& user) {
  UploadTemplate t;
  Status st = db.read([&](soci::session& s) -> Status {
    auto form = readable_form(s, form_id, user);
    if (!form) return form.error();
    // Coordinators read reports but never write them: no template to fill in.
    if (is_coordinator(user))
      if (auto ok = authorize(user, Action::update, Scope{.county_code = form->county_code, .organisation_id = {},
                                                          .published = false, .reader_organisations = {}});
          !ok)
        return ok;
    const auto& d = form->definition;
    auto parsed = reporting::parse_period(period, d.periodicity);
    if (!parsed) return parsed.error();
    t.form_code = d.code;
    t.period = reporting::to_string(*parsed);
    t.columns = {kUploadOrganisationId, kUploadOrganisationName, kUploadPeriod};
    t.labels = {kUploadLabelsMarker, "Organisation", "Period"};
    t.numeric = {true, false, false};
    for (const auto& e : d.elements) {
      auto add = [&](const reporting::Category* c, reporting::Sex sex) {
        t.columns.push_back(
            reporting::to_string({.element = e.code, .sex = sex, .category = c ? c->code : std::string()}));
        t.labels.push_back(cell_label(e, c, sex));
        t.numeric.push_back(e.value_type == reporting::ValueType::integer ||
                            e.value_type == reporting::ValueType::decimal);
      };
      if (e.categories)
        for (const auto& c : e.categories->categories)
          for (auto sex : e.disaggregation) add(&c, sex);
      else
        for (auto sex : e.disaggregation) add(nullptr, sex);
    }
    t.columns.push_back(kUploadComment);
    t.labels.push_back("Kommentar");
    t.numeric.push_back(false);
    for (const auto& org : store::assigned_organisations(s, form->id, "")) {
      Scope scope{.county_code = org.county_code, .organisation_id = org.id, .published = false,
                  .reader_organisations = {}};
      if (!authorize(user, Action::update, scope)) continue;
      std::vector<std::string> row{std::to_string(org.id), org.name, t.period};
      auto sub = store::find_submission(s, form->id, org.id, t.period);
      reporting::Values values;
      if (sub) values = store::values_of(s, sub->id);
      for (std::size_t i = 3; i + 1 < t.columns.size(); ++i) {
        auto cell = reporting::parse_cell(t.columns[i]);
        auto it = cell ? values.find(*cell) : values.end();
        row.push_back(it == values.end() ? "" : it->second.text);
      }
      row.push_back(sub ? sub->comment : "");
      t.rows.push_back(std::move(row));
    }
    return {};
  });
  if (!st) return st.error();
  return t;
}

}  // namespace jamt::service
