#include "store/surveys/authoring_repository.hpp"

#include <algorithm>
#include <cctype>
#include <soci/soci.h>

namespace jamt::store {

namespace {

using ll = long long;

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

// Rows of (email, name, county) from `st`, each address once, first one wins.
std::vector<RegisterPerson> distinct_people(soci::statement& st, RegisterPerson& row) {
  std::vector<RegisterPerson> out;
  std::set<std::string> seen;
  st.execute();
  while (st.fetch()) {
    if (row.email.empty() || !seen.insert(lower(row.email)).second) continue;
    out.push_back(row);
  }
  return out;
}

}  // namespace

std::set<std::string> invited_counties(soci::session& s, std::int64_t survey_id) {
  ll id = survey_id;
  std::string county;
  std::set<std::string> out;
  soci::statement st = (s.prepare << "SELECT county_code FROM survey_respondents "
                                     "WHERE survey_id = :s AND county_code IS NOT NULL",
                        soci::use(id), soci::into(county));
  st.execute();
  while (st.fetch()) out.insert(county);
  return out;
}

std::vector<RegisterPerson> joined_contacts(soci::session& s, const std::string& county_code) {
  RegisterPerson row;
  soci::indicator email_ind = soci::i_ok;
  soci::statement st = (s.prepare << "SELECT p.email, p.name FROM joinings j JOIN people p ON p.id = j.contact_person_id "
                                     "WHERE j.county_code = :c AND j.status = 'godkand' AND p.email IS NOT NULL "
                                     "AND p.email <> '' ORDER BY j.organisation_name, p.name, p.id",
                        soci::use(county_code), soci::into(row.email, email_ind), soci::into(row.name));
  return distinct_people(st, row);
}

std::vector<RegisterPerson> group_people(soci::session& s, std::int64_t group_id, const std::string& today) {
  ll id = group_id;
  RegisterPerson row;
  soci::indicator email_ind = soci::i_ok;
  soci::statement st =
      (s.prepare << "SELECT p.email, p.name FROM group_members m JOIN people p "
                    "ON p.id = m.representative_id OR p.id = m.substitute_id "
                    "WHERE m.group_id = :g AND m.member_from <= :t AND (m.member_to IS NULL OR m.member_to >= :t2) "
                    "AND p.email IS NOT NULL AND p.email <> '' ORDER BY m.id, p.id",
       soci::use(id), soci::use(today), soci::use(today), soci::into(row.email, email_ind), soci::into(row.name));
  return distinct_people(st, row);
}

std::vector<RegisterPerson> county_strategists(soci::session& s) {
  RegisterPerson row;
  std::vector<RegisterPerson> out;
  std::set<std::string> counties;
  soci::statement st = (s.prepare << "SELECT email, county_code FROM users WHERE role = 'strategist' AND disabled = 0 "
                                     "AND county_code <> '' ORDER BY county_code, id",
                        soci::into(row.email), soci::into(row.county_code));
  st.execute();
  while (st.fetch())
    if (counties.insert(row.county_code).second) out.push_back(row);
  return out;
}

std::map<std::int64_t, std::string> county_group_names(soci::session& s, const std::string& county_code) {
  ll id = 0;
  std::string name;
  int all = county_code.empty() ? 1 : 0;
  std::map<std::int64_t, std::string> out;
  soci::statement st = (s.prepare << "SELECT id, name FROM county_groups WHERE county_code = :c OR :all = 1 ORDER BY name",
                        soci::use(county_code), soci::use(all), soci::into(id), soci::into(name));
  st.execute();
  while (st.fetch()) out[id] = name;
  return out;
}

std::map<std::string, std::vector<std::string>> template_target_links(soci::session& s,
                                                                      const std::string& template_code) {
  std::string question, target;
  std::map<std::string, std::vector<std::string>> out;
  soci::statement st = (s.prepare << "SELECT question_code, target_code FROM survey_target_links "
                                     "WHERE template_code = :t ORDER BY target_code",
                        soci::use(template_code), soci::into(question), soci::into(target));
  st.execute();
  while (st.fetch()) out[question].push_back(target);
  return out;
}

}  // namespace jamt::store
