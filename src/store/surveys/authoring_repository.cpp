#include "store/surveys/authoring_repository.hpp"

#include <algorithm>
#include <cctype>
#include <soci/soci.h>

#include "store/database.hpp"

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

std::set<std::string> counties_not_answered(soci::session& s, std::int64_t survey_id) {
  ll id = survey_id;
  std::string county;
  std::set<std::string> out;
  soci::statement st = (s.prepare << "SELECT county_code FROM survey_respondents "
                                     "WHERE survey_id = :s AND county_code IS NOT NULL AND completed_on IS NULL",
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

OpenLinkSettings open_link_settings(soci::session& s, std::int64_t survey_id) {
  ll id = survey_id;
  std::string hash;
  int repeat = 0;
  soci::indicator hi = soci::i_null;
  s << "SELECT open_link_hash, allow_repeat FROM surveys WHERE id = :id", soci::use(id), soci::into(hash, hi),
      soci::into(repeat);
  if (!s.got_data()) return {};
  return {.enabled = hi == soci::i_ok && !hash.empty(), .allow_repeat = repeat != 0};
}

void set_open_link(soci::session& s, std::int64_t survey_id, const std::string& token_hash, bool allow_repeat) {
  ll id = survey_id;
  int repeat = allow_repeat ? 1 : 0;
  soci::indicator hi = token_hash.empty() ? soci::i_null : soci::i_ok;
  s << "UPDATE surveys SET open_link_hash = :h, allow_repeat = :r WHERE id = :id", soci::use(token_hash, hi),
      soci::use(repeat), soci::use(id);
}

std::int64_t survey_of_open_link(soci::session& s, const std::string& token_hash) {
  ll id = 0;
  s << "SELECT id FROM surveys WHERE open_link_hash = :h", soci::use(token_hash), soci::into(id);
  return s.got_data() ? id : 0;
}

std::int64_t insert_open_respondent(soci::session& s, std::int64_t survey_id, const std::string& token_hash) {
  ll survey = survey_id, id = 0;
  const std::string now = clock_of(s).now_text();
  const std::string email = "oppen-lank-" + token_hash.substr(0, 24);
  s << "INSERT INTO survey_respondents (survey_id, email, name, profile, invited_at, reminders_sent, open_link) "
       "VALUES (:s, :e, '', '{}', :i, 0, 1) RETURNING id",
      soci::use(survey), soci::use(email), soci::use(now), soci::into(id);
  s << "INSERT INTO survey_links (token_hash, respondent_id, created_at) VALUES (:t, :r, :c)", soci::use(token_hash),
      soci::use(id), soci::use(now);
  return id;
}

int count_open_visits(soci::session& s, std::int64_t survey_id, const std::string& client_hash, const std::string& since) {
  ll id = survey_id, n = 0;
  s << "SELECT COUNT(*) FROM survey_open_visits WHERE survey_id = :s AND client_hash = :c AND at >= :t", soci::use(id),
      soci::use(client_hash), soci::use(since), soci::into(n);
  return static_cast<int>(n);
}

void insert_open_visit(soci::session& s, std::int64_t survey_id, const std::string& client_hash) {
  ll id = survey_id;
  const std::string now = clock_of(s).now_text();
  s << "INSERT INTO survey_open_visits (survey_id, client_hash, at) VALUES (:s, :c, :t)", soci::use(id),
      soci::use(client_hash), soci::use(now);
}

}  // namespace jamt::store
