#include "store/reporting/home_queries.hpp"

#include <soci/soci.h>

namespace jamt::store {

std::vector<WaitingSubmission> submissions_waiting(soci::session& s, const std::string& county_code) {
  std::vector<WaitingSubmission> out;
  long long form = 0, org = 0;
  std::string title, name, period, at;
  soci::indicator at_ind = soci::i_ok;
  soci::statement st =
      (s.prepare << "SELECT s.form_id, f.title, s.organisation_id, o.name, s.period, s.submitted_at "
                    "FROM reporting_submissions s JOIN reporting_forms f ON f.id = s.form_id "
                    "JOIN organisations o ON o.id = s.organisation_id "
                    "WHERE s.status = 'submitted' AND (:c1 = '' OR o.county_code = :c2) "
                    "ORDER BY s.submitted_at, o.name",
       soci::into(form), soci::into(title), soci::into(org), soci::into(name), soci::into(period),
       soci::into(at, at_ind), soci::use(county_code), soci::use(county_code));
  st.execute();
  while (st.fetch())
    out.push_back({.form_id = form, .form_title = title, .organisation_id = org, .organisation = name,
                   .period = period, .submitted_at = at_ind == soci::i_ok ? at : ""});
  return out;
}

}  // namespace jamt::store
