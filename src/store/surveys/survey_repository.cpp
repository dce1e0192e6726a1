#include "store/surveys/survey_repository.hpp"

#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include "store/database.hpp"

namespace jamt::store {

namespace {

using ll = long long;
using json = nlohmann::json;
using surveys::Question;

std::string options_json(const Question& q) {
  json out = json::array();
  for (const auto& o : q.options) {
    json option{{"value", o.value}, {"label", o.label}};
    if (!o.label_en.empty()) option["label_en"] = o.label_en;  // optional: older rows have none
    out.push_back(std::move(option));
  }
  return out.dump();
}

std::string statements_json(const Question& q) {
  json out = json::array();
  for (const auto& st : q.statements) out.push_back({{"code", st.code}, {"text", st.text}});
  return out.dump();
}

void insert_question_row(soci::session& s, std::int64_t survey_id, const Question& q, int position) {
  ll survey = survey_id;
  int version = q.version, required = q.required, profile = q.profile, hidden = q.hidden, current = 1;
  std::string kind{surveys::to_string(q.kind)}, options = options_json(q), statements = statements_json(q);
  s << "INSERT INTO survey_questions (survey_id, code, version, position, kind, text, text_en, help, required, "
       "options, statements, section, profile, hidden, current_version) "
       "VALUES (:s, :c, :v, :p, :k, :t, :te, :h, :r, :o, :st, :se, :pr, :hi, :cu)",
      soci::use(survey), soci::use(q.code), soci::use(version), soci::use(position), soci::use(kind),
      soci::use(q.text), soci::use(q.text_en), soci::use(q.help), soci::use(required), soci::use(options),
      soci::use(statements), soci::use(q.section), soci::use(profile), soci::use(hidden), soci::use(current);
}

std::vector<Question> load_questions(soci::session& s, std::int64_t survey_id) {
  ll survey = survey_id;
  std::string code, kind, text, text_en, help, options, statements, section;
  int version = 0, required = 0, profile = 0, hidden = 0;
  soci::statement st = (s.prepare << "SELECT code, version, kind, text, text_en, help, required, options, "
                                     "statements, section, profile, hidden FROM survey_questions "
                                     "WHERE survey_id = :s AND current_version = 1 ORDER BY position, id",
                        soci::use(survey), soci::into(code), soci::into(version), soci::into(kind), soci::into(text),
                        soci::into(text_en), soci::into(help), soci::into(required), soci::into(options),
                        soci::into(statements), soci::into(section), soci::into(profile), soci::into(hidden));
  st.execute();
  std::vector<Question> out;
  while (st.fetch()) {
    Question q{
        .code = code,
        .kind = surveys::parse_question_kind(kind).value_or(surveys::QuestionKind::text),
        .text = text,
        .text_en = text_en,
        .help = help,
        .required = required != 0,
        .options = {},
        .statements = {},
        .section = section,
        .profile = profile != 0,
        .version = version,
        .hidden = hidden != 0,
    };
    for (const auto& o : json::parse(options)) {
      q.options.push_back({.value = o.at("value").get<std::string>(),
                           .label = o.at("label").get<std::string>(),
                           .label_en = o.value("label_en", std::string())});
    }
    for (const auto& item : json::parse(statements)) {
      q.statements.push_back({.code = item.at("code").get<std::string>(), .text = item.at("text").get<std::string>()});
    }
    out.push_back(std::move(q));
  }
  return out;
}

}  // namespace

std::int64_t insert_survey(soci::session& s, const surveys::Survey& survey, const std::string& created_by) {
  ll id = 0;
  std::string now = clock_of(s).now_text(), status{surveys::to_string(surveys::SurveyStatus::draft)};
  int anonymous = survey.anonymous, national = survey.national;
  soci::indicator prev_ind = survey.previous_round_id ? soci::i_ok : soci::i_null;
  ll prev = survey.previous_round_id.value_or(0);
  s << "INSERT INTO surveys (code, title, description, anonymous, round, previous_round_id, county_code, national, "
       "max_reminders, reminder_interval_days, status, created_by, created_at, updated_at) "
       "VALUES (:c, :t, :d, :a, :r, :p, :cc, :n, :m, :i, :st, :b, :ca, :ua) RETURNING id",
      soci::use(survey.code), soci::use(survey.title), soci::use(survey.description), soci::use(anonymous),
      soci::use(survey.round), soci::use(prev, prev_ind), soci::use(survey.county), soci::use(national),
      soci::use(survey.max_reminders), soci::use(survey.reminder_interval_days), soci::use(status),
      soci::use(created_by), soci::use(now), soci::use(now), soci::into(id);
  int position = 0;
  for (const auto& q : survey.questions) {
    Question first = q;
    first.version = 1;
    insert_question_row(s, id, first, position++);
  }
  return id;
}

std::optional<surveys::Survey> find_survey(soci::session& s, std::int64_t id_in) {
  ll id = id_in, prev = 0;
  std::string code, title, description, round, county, status;
  int anonymous = 0, national = 0, max_reminders = 0, interval = 0;
  soci::indicator prev_ind = soci::i_null;
  s << "SELECT code, title, description, anonymous, round, previous_round_id, county_code, national, max_reminders, "
       "reminder_interval_days, status FROM surveys WHERE id = :id",
      soci::use(id), soci::into(code), soci::into(title), soci::into(description), soci::into(anonymous),
      soci::into(round), soci::into(prev, prev_ind), soci::into(county), soci::into(national),
      soci::into(max_reminders), soci::into(interval), soci::into(status);
  if (!s.got_data()) return std::nullopt;
  return surveys::Survey{
      .id = id,
      .code = code,
      .title = title,
      .description = description,
      .anonymous = anonymous != 0,
      .round = round,
      .previous_round_id = prev_ind == soci::i_ok ? std::optional<std::int64_t>(prev) : std::nullopt,
      .county = county,
      .national = national != 0,
      .max_reminders = max_reminders,
      .reminder_interval_days = interval,
      .questions = load_questions(s, id),
      .status = surveys::parse_survey_status(status).value_or(surveys::SurveyStatus::draft),
  };
}

std::vector<SurveySummary> list_surveys(soci::session& s, const std::string& county_code) {
  std::string all = county_code == "*" ? "1" : "0";
  ll id = 0, invited = 0, completed = 0;
  int national = 0, anonymous = 0;
  std::string title, round, county, status;
  soci::statement st =
      (s.prepare << "SELECT s.id, s.title, s.round, s.county_code, s.national, s.anonymous, s.status, "
                    "(SELECT COUNT(*) FROM survey_respondents r WHERE r.survey_id = s.id), "
                    "(SELECT COUNT(*) FROM survey_respondents r WHERE r.survey_id = s.id AND r.completed_on IS NOT NULL) "
                    "FROM surveys s WHERE :all = '1' OR s.county_code = :c OR s.national = 1 ORDER BY s.id DESC",
       soci::use(all), soci::use(county_code), soci::into(id), soci::into(title), soci::into(round),
       soci::into(county), soci::into(national), soci::into(anonymous), soci::into(status), soci::into(invited),
       soci::into(completed));
  st.execute();
  std::vector<SurveySummary> out;
  while (st.fetch()) {
    out.push_back({
        .id = id,
        .title = title,
        .round = round,
        .county_code = county,
        .national = national != 0,
        .anonymous = anonymous != 0,
        .status = status,
        .invited = static_cast<int>(invited),
        .completed = static_cast<int>(completed),
    });
  }
  return out;
}

void update_survey_header(soci::session& s, const surveys::Survey& survey) {
  ll id = survey.id;
  std::string now = clock_of(s).now_text();
  soci::indicator prev_ind = survey.previous_round_id ? soci::i_ok : soci::i_null;
  ll prev = survey.previous_round_id.value_or(0);
  s << "UPDATE surveys SET code = :c, title = :t, description = :d, round = :r, previous_round_id = :p, "
       "max_reminders = :m, reminder_interval_days = :i, updated_at = :u WHERE id = :id",
      soci::use(survey.code), soci::use(survey.title), soci::use(survey.description), soci::use(survey.round),
      soci::use(prev, prev_ind), soci::use(survey.max_reminders), soci::use(survey.reminder_interval_days),
      soci::use(now), soci::use(id);
}

void set_survey_status(soci::session& s, std::int64_t id_in, surveys::SurveyStatus status) {
  ll id = id_in;
  std::string now = clock_of(s).now_text(), text{surveys::to_string(status)};
  if (status == surveys::SurveyStatus::open) {
    s << "UPDATE surveys SET status = :s, opened_at = COALESCE(opened_at, :n), updated_at = :u WHERE id = :id",
        soci::use(text), soci::use(now), soci::use(now), soci::use(id);
  } else {
    s << "UPDATE surveys SET status = :s, closed_at = :n, updated_at = :u WHERE id = :id", soci::use(text),
        soci::use(now), soci::use(now), soci::use(id);
  }
}

bool question_has_answers(soci::session& s, std::int64_t survey_id, const std::string& code) {
  ll survey = survey_id, count = 0;
  std::string prefix = code + ".%";
  s << "SELECT COUNT(*) FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id "
       "WHERE r.survey_id = :s AND (a.question_code = :c OR a.question_code LIKE :p)",
      soci::use(survey), soci::use(code), soci::use(prefix), soci::into(count);
  return count > 0;
}

void update_question(soci::session& s, std::int64_t survey_id, const Question& q, int position) {
  ll survey = survey_id;
  int required = q.required, profile = q.profile, hidden = q.hidden;
  std::string kind{surveys::to_string(q.kind)}, options = options_json(q), statements = statements_json(q);
  s << "UPDATE survey_questions SET position = :p, kind = :k, text = :t, text_en = :te, help = :h, required = :r, "
       "options = :o, statements = :st, section = :se, profile = :pr, hidden = :hi "
       "WHERE survey_id = :s AND code = :c AND current_version = 1",
      soci::use(position), soci::use(kind), soci::use(q.text), soci::use(q.text_en), soci::use(q.help),
      soci::use(required), soci::use(options), soci::use(statements), soci::use(q.section), soci::use(profile),
      soci::use(hidden), soci::use(survey), soci::use(q.code);
}

void insert_question_version(soci::session& s, std::int64_t survey_id, const Question& q, int position) {
  ll survey = survey_id;
  s << "UPDATE survey_questions SET current_version = 0 WHERE survey_id = :s AND code = :c", soci::use(survey),
      soci::use(q.code);
  insert_question_row(s, survey_id, q, position);
}

void delete_question(soci::session& s, std::int64_t survey_id, const std::string& code) {
  ll survey = survey_id;
  s << "DELETE FROM survey_questions WHERE survey_id = :s AND code = :c", soci::use(survey), soci::use(code);
}

}  // namespace jamt::store
