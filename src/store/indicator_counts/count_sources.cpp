#include "store/indicator_counts/count_sources.hpp"

#include <soci/soci.h>

namespace jamt::store {

std::map<std::int64_t, std::string> action_plan_file_dates(soci::session& s, const std::string& county_code) {
  std::map<std::int64_t, std::string> out;
  long long joining = 0;
  std::string created;
  soci::statement st = (s.prepare << "SELECT f.joining_id, f.created_at FROM joining_files f "
                                     "JOIN joinings j ON j.id = f.joining_id WHERE j.county_code = :c",
                        soci::into(joining), soci::into(created), soci::use(county_code));
  st.execute();
  while (st.fetch()) out[joining] = created.substr(0, 10);
  return out;
}

std::optional<ReportingElementLookup> find_reporting_element(soci::session& s, const std::string& form_code,
                                                             const std::string& element_code) {
  long long form_id = 0;
  std::string county;
  int version = 0;
  soci::indicator county_ind = soci::i_ok;
  s << "SELECT id, county_code, current_version FROM reporting_forms WHERE code = :c", soci::into(form_id),
      soci::into(county, county_ind), soci::into(version), soci::use(form_code);
  if (!s.got_data()) return std::nullopt;
  ReportingElementLookup out;
  out.element.form_id = form_id;
  out.element.form_county = county_ind == soci::i_ok ? county : "";
  std::string value_type, disaggregation;
  s << "SELECT e.value_type, e.disaggregation FROM reporting_elements e "
       "JOIN reporting_form_versions v ON v.id = e.version_id "
       "WHERE v.form_id = :f AND v.version = :v AND e.code = :e",
      soci::into(value_type), soci::into(disaggregation), soci::use(form_id), soci::use(version),
      soci::use(element_code);
  if (!s.got_data()) return out;
  out.found = true;
  out.element.value_type = value_type;
  out.element.disaggregation = disaggregation;
  return out;
}

std::vector<ReportingCellSum> submitted_reporting_cells(soci::session& s, std::int64_t form_id,
                                                        const std::string& county_code,
                                                        const std::string& element_code) {
  std::vector<ReportingCellSum> out;
  long long form = form_id, submission = 0;
  std::string period, sex;
  double value = 0;
  soci::statement st =
      (s.prepare << "SELECT r.id, r.period, v.sex, SUM(v.value_number) FROM reporting_submissions r "
                    "JOIN organisations o ON o.id = r.organisation_id "
                    "JOIN reporting_values v ON v.submission_id = r.id "
                    "WHERE r.form_id = :f AND o.county_code = :c AND r.status IN ('submitted', 'approved') "
                    "AND v.element_code = :e AND v.value_number IS NOT NULL "
                    "GROUP BY r.id, r.period, v.sex ORDER BY r.id, v.sex",
       soci::into(submission), soci::into(period), soci::into(sex), soci::into(value), soci::use(form),
       soci::use(county_code), soci::use(element_code));
  st.execute();
  while (st.fetch()) out.push_back({.submission_id = submission, .period = period, .sex = sex, .value = value});
  return out;
}

std::vector<std::int64_t> survey_round_ids(soci::session& s, const std::string& county_code,
                                           const std::string& survey_code) {
  std::vector<std::int64_t> out;
  long long id = 0;
  soci::statement st = (s.prepare << "SELECT id FROM surveys WHERE county_code = :c AND code = :s ORDER BY id",
                        soci::into(id), soci::use(county_code), soci::use(survey_code));
  st.execute();
  while (st.fetch()) out.push_back(id);
  return out;
}

}  // namespace jamt::store
