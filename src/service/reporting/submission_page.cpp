#include "service/reporting/submission_page.hpp"

#include "domain/clock.hpp"
#include "domain/i18n/translate.hpp"
#include "domain/reporting/period.hpp"
#include "service/authorization.hpp"
#include "store/reporting/form_repository.hpp"

namespace jamt::service {

Result<SubmissionPage> submission_page(store::Database& db, const SubmissionKey& key, const std::optional<User>& user) {
  SubmissionPage page;
  Scope scope;
  Status st = db.read([&](soci::session& s) -> Status {
    auto form = store::find_form(s, key.form_id);
    auto org = store::find_reporting_organisation(s, key.organisation_id);
    if (!form || !org) return missing_record_error(user, "submission");
    scope = {.county_code = org->county_code, .organisation_id = org->id, .published = false,
             .reader_organisations = {}};
    if (auto ok = authorize_stored(user, Action::read, scope, "submission"); !ok) return ok;
    if (!store::is_assigned(s, form->id, org->id)) return missing_record_error(user, "submission");
    auto period = reporting::parse_period(key.period, form->definition.periodicity);
    if (!period) return period.error();
    page.form = *form;
    page.organisation = *org;
    page.exists = store::find_submission(s, form->id, org->id, reporting::to_string(*period)).has_value();
    if (!page.exists) {
      const auto today = store::clock_of(s).today();
      const auto& d = form->definition;
      auto& v = page.view;
      v.submission.form_id = form->id;
      v.submission.organisation_id = org->id;
      v.submission.period = reporting::to_string(*period);
      v.version = form->version;
      v.definition = d;
      v.due_date = iso_date(reporting::due_date(*period, d.due_days));
      v.late = reporting::is_late(*period, d.due_days, today);
      if (!reporting::is_open(*period, today))
        v.locked_reason = i18n::trf("Rapporteringen för {1} har inte öppnat än: den öppnar {2}.",
                                    {v.submission.period, iso_date(reporting::start_date(*period))});
      else if (d.closes_after_days && is_org_contact(user) && reporting::is_late(*period, *d.closes_after_days, today))
        v.locked_reason = i18n::trf(
            "Rapporteringen för {1} stängde {2}. Kontakta länsstyrelsen om du behöver lämna eller ändra uppgifter.",
            {v.submission.period, iso_date(reporting::due_date(*period, *d.closes_after_days))});
    }
    return {};
  });
  if (!st) return st.error();
  if (page.exists) {
    auto view = get_submission(db, {.form_id = key.form_id, .organisation_id = key.organisation_id,
                                    .period = key.period,
                                    .if_match = std::nullopt},
                               user);
    if (!view) return view.error();
    page.view = std::move(*view);
  }
  page.may_edit = page.view.locked_reason.empty() && authorize(user, Action::update, scope).ok();
  page.may_decide = authorize(user, Action::decide, scope).ok();
  return page;
}

}  // namespace jamt::service
