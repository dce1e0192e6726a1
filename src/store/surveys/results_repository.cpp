#include "store/surveys/results_repository.hpp"

#include <soci/soci.h>

#include "store/database.hpp"

namespace jamt::store {

namespace {
using ll = long long;
}  // namespace

surveys::ParticipantCounts count_participants(soci::session& s, std::int64_t survey_id) {
  ll survey = survey_id, invited = 0, opened = 0, started = 0, completed = 0, opted = 0;
  s << "SELECT COUNT(*), COUNT(opened_at), COUNT(started_at), COUNT(completed_on), COUNT(opted_out_at) "
       "FROM survey_respondents WHERE survey_id = :s",
      soci::use(survey), soci::into(invited), soci::into(opened), soci::into(started), soci::into(completed),
      soci::into(opted);
  return {.invited = static_cast<int>(invited),
          .opened = static_cast<int>(opened),
          .started = static_cast<int>(started),
          .completed = static_cast<int>(completed),
          .opted_out = static_cast<int>(opted)};
}

std::vector<QuestionMark> list_question_marks(soci::session& s, std::int64_t survey_id) {
  ll survey = survey_id;
  std::string code, response;
  int shown = 0;
  soci::statement st = (s.prepare << "SELECT question_code, response_id, shown FROM survey_question_marks "
                                     "WHERE survey_id = :s ORDER BY question_code, response_id",
                        soci::use(survey), soci::into(code), soci::into(response), soci::into(shown));
  st.execute();
  std::vector<QuestionMark> out;
  while (st.fetch()) out.push_back({.question_code = code, .response_id = response, .shown = shown != 0});
  return out;
}

int mark_existing_responses(soci::session& s, std::int64_t survey_id, const std::string& code, bool shown) {
  ll survey = survey_id;
  int flag = shown ? 1 : 0;
  soci::statement st = (s.prepare << "INSERT INTO survey_question_marks (survey_id, question_code, response_id, shown) "
                                     "SELECT r.survey_id, :c, r.id, :f FROM survey_responses r WHERE r.survey_id = :s "
                                     "AND NOT EXISTS (SELECT 1 FROM survey_question_marks m WHERE m.survey_id = r.survey_id "
                                     "AND m.question_code = :c2 AND m.response_id = r.id) ORDER BY r.id",
                        soci::use(code), soci::use(flag), soci::use(survey), soci::use(code));
  st.execute(true);
  return static_cast<int>(st.get_affected_rows());
}

void delete_question_marks(soci::session& s, std::int64_t survey_id, const std::string& code) {
  ll survey = survey_id;
  s << "DELETE FROM survey_question_marks WHERE survey_id = :s AND question_code = :c", soci::use(survey),
      soci::use(code);
}

std::set<std::pair<std::string, std::string>> list_hidden_texts(soci::session& s, std::int64_t survey_id) {
  ll survey = survey_id;
  std::string response, code;
  soci::statement st = (s.prepare << "SELECT response_id, question_code FROM survey_hidden_texts WHERE survey_id = :s",
                        soci::use(survey), soci::into(response), soci::into(code));
  st.execute();
  std::set<std::pair<std::string, std::string>> out;
  while (st.fetch()) out.emplace(response, code);
  return out;
}

bool response_has_answer(soci::session& s, std::int64_t survey_id, const std::string& response_id,
                         const std::string& code) {
  ll survey = survey_id, count = 0;
  s << "SELECT COUNT(*) FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id "
       "WHERE r.survey_id = :s AND a.response_id = :r AND a.question_code = :c",
      soci::use(survey), soci::use(response_id), soci::use(code), soci::into(count);
  return count > 0;
}

bool hide_text(soci::session& s, std::int64_t survey_id, const std::string& response_id, const std::string& code,
               const std::string& hidden_by) {
  ll survey = survey_id, count = 0;
  s << "SELECT COUNT(*) FROM survey_hidden_texts WHERE response_id = :r AND question_code = :c", soci::use(response_id),
      soci::use(code), soci::into(count);
  if (count > 0) return false;
  std::string now = clock_of(s).now_text();
  s << "INSERT INTO survey_hidden_texts (survey_id, response_id, question_code, hidden_by, hidden_at) "
       "VALUES (:s, :r, :c, :b, :a)",
      soci::use(survey), soci::use(response_id), soci::use(code), soci::use(hidden_by), soci::use(now);
  return true;
}

bool unhide_text(soci::session& s, std::int64_t survey_id, const std::string& response_id, const std::string& code) {
  ll survey = survey_id;
  soci::statement st = (s.prepare << "DELETE FROM survey_hidden_texts WHERE survey_id = :s AND response_id = :r "
                                     "AND question_code = :c",
                        soci::use(survey), soci::use(response_id), soci::use(code));
  st.execute(true);
  return st.get_affected_rows() > 0;
}

std::map<std::string, ResponseRespondent> response_respondents(soci::session& s, std::int64_t survey_id) {
  ll survey = survey_id;
  std::string id, email, name;
  soci::statement st = (s.prepare << "SELECT r.id, p.email, p.name FROM survey_responses r "
                                     "JOIN survey_respondents p ON p.id = r.respondent_id WHERE r.survey_id = :s",
                        soci::use(survey), soci::into(id), soci::into(email), soci::into(name));
  st.execute();
  std::map<std::string, ResponseRespondent> out;
  while (st.fetch()) out[id] = {.email = email, .name = name};
  return out;
}

}  // namespace jamt::store
