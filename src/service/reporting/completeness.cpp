#include "service/reporting/completeness.hpp"

#include <map>

#include "domain/clock.hpp"
#include "domain/i18n/translate.hpp"
#include "domain/reporting/period.hpp"
#include "domain/utc_time.hpp"
#include "service/authorization.hpp"
#include "service/reporting/readable_form.hpp"
#include "store/reporting/submission_repository.hpp"

namespace jamt::service {

Result<Completeness> form_completeness(store::Database& db, std::int64_t form_id, const std::string& period_text,
                                       const std::string& county_param, const std::optional<User>& user) {
  Completeness out;
  Status st = db.read([&](soci::session& s) -> Status {
    auto form = readable_form(s, form_id, user);
    if (!form) return form.error();
    auto county = completeness_county(user, county_param);
    if (!county) return county.error();
    if (!county->empty() && county->size() != 2)
      return validation_error(i18n::tr("Länskoden har två siffror, t.ex. 08."), {}, "county");
    auto period = reporting::parse_period(period_text, form->definition.periodicity);
    if (!period) return period.error();
    out.period = reporting::to_string(*period);
    out.county_code = *county;
    const int due_days = form->definition.due_days;
    out.due_date = iso_date(reporting::due_date(*period, due_days));
    std::map<std::int64_t, store::StoredSubmission> by_org;
    for (auto& sub : store::submissions_for_period(s, form->id, out.period)) by_org[sub.organisation_id] = sub;
    for (const auto& org : store::assigned_organisations(s, form->id, *county)) {
      ++out.expected;
      auto it = by_org.find(org.id);
      const std::string status = it == by_org.end() ? "" : it->second.status;
      if (status == "submitted" || status == "approved") {
        ++out.submitted;
        if (status == "approved") ++out.approved;
        auto at = parse_utc_text(it->second.submitted_at);
        bool late = at && reporting::is_late(*period, due_days, stockholm_date(*at));
        ++(late ? out.late : out.on_time);
      } else {
        if (status == "returned") ++out.returned;
        out.missing.push_back(org);
      }
    }
    return {};
  });
  if (!st) return st.error();
  return out;
}

}  // namespace jamt::service
