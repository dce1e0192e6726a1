#include "service/surveys/survey_results_service.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "domain/i18n/translate.hpp"
#include "service/authorization.hpp"
#include "service/registers/register_service.hpp"
#include "service/surveys/survey_service.hpp"
#include "store/audit_repository.hpp"
#include "store/surveys/authoring_repository.hpp"
#include "store/surveys/respondent_repository.hpp"
#include "store/surveys/results_repository.hpp"

namespace jamt::service {

namespace {

using surveys::QuestionKind;
using surveys::Survey;

// Whether `response` holds an answer to question `code` (any statement of a matrix).
bool answered(const surveys::Response& response, const std::string& code) {
  auto at = response.answers.lower_bound(code);
  if (at == response.answers.end()) return false;
  if (at->first == code) return true;
  return at->first.size() > code.size() && at->first.compare(0, code.size(), code) == 0 && at->first[code.size()] == '.';
}

// Profile questions in survey order, then the keys of the responses' profiles.
std::vector<std::string> profile_keys_of(const surveys::ResultsInput& input) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const auto& q : input.survey.questions)
    if (q.profile && seen.insert(q.code).second) out.push_back(q.code);
  std::set<std::string> keys;
  for (const auto& r : input.responses)
    for (const auto& [key, value] : r.profile) keys.insert(key);
  for (const auto& k : keys)
    if (seen.insert(k).second) out.push_back(k);
  return out;
}

}  // namespace

surveys::ResultsInput load_results_input(soci::session& s, const Survey& survey) {
  surveys::ResultsInput input{.survey = survey, .responses = {}, .participants = {}, .not_shown = {}, .hidden_texts = {}};
  std::map<std::string, QuestionKind> kinds;
  for (const auto& q : survey.questions) kinds[q.code] = q.kind;
  input.responses = store::load_responses(s, survey.id, kinds);
  input.participants = store::count_participants(s, survey.id);
  input.hidden_texts = store::list_hidden_texts(s, survey.id);
  std::map<std::pair<std::string, std::string>, bool> marks;  // (code, response) → shown
  for (const auto& m : store::list_question_marks(s, survey.id)) marks[{m.question_code, m.response_id}] = m.shown;
  for (const auto& r : input.responses) {
    for (const auto& q : survey.questions) {
      if (answered(r, q.code)) continue;
      auto mark = marks.find({q.code, r.id});
      bool shown = mark != marks.end() ? mark->second : !q.hidden;
      if (!shown) input.not_shown[r.id].insert(q.code);
    }
  }
  return input;
}

Result<SurveyResultsView> survey_results(store::Database& db, std::int64_t id, const ResultsQuery& query,
                                         const std::optional<User>& user) {
  SurveyResultsView view;
  Status st = db.read([&](soci::session& s) -> Status {
    auto survey = readable_survey(s, id, user);
    if (!survey) return survey.error();
    view.survey = *survey;
    auto input = load_results_input(s, view.survey);
    view.results = surveys::compute_results(input);
    view.profile_keys = profile_keys_of(input);
    if (!query.by.empty()) {
      if (std::find(view.profile_keys.begin(), view.profile_keys.end(), query.by) == view.profile_keys.end())
        return validation_error("Svaren kan inte delas upp efter \"" + query.by +
                                    "\": enkäten har ingen sådan bakgrundsuppgift.",
                                {}, "by");
      view.breakdown = surveys::break_down(input, query.by);
    }
    std::optional<std::int64_t> other = query.compare ? query.compare : view.survey.previous_round_id;
    if (other) {
      auto previous = readable_survey(s, *other, user);
      if (!previous && query.compare)
        return validation_error(i18n::tr("Omgången att jämföra med finns inte."), {}, "compare");
      if (previous) {
        auto previous_results = surveys::compute_results(load_results_input(s, *previous));
        view.comparison = surveys::compare_rounds(view.results, previous_results);
        view.compared_with = *previous;
      }
    }
    view.national = view.survey.national;
    if (view.national) {
      view.national_table = surveys::national_table(view.results);
      for (const auto& code : store::counties_not_answered(s, id)) view.counties_not_answered.push_back(code);
    }
    view.may_change = authorize_survey_change(user, view.survey.county, view.survey.national).ok();
    view.may_read_answers = view.may_change && !view.survey.anonymous;
    return {};
  });
  if (!st) return st.error();
  return view;
}

Status set_text_hidden(store::Database& db, std::int64_t id, const std::string& response_id,
                       const std::string& question, bool hide, const std::optional<User>& user) {
  return db.transaction([&](soci::session& s) -> Status {
    auto survey = readable_survey(s, id, user);
    if (!survey) return survey.error();
    if (auto ok = authorize_survey_change(user, survey->county, survey->national); !ok) return ok;
    const auto* q = survey->question(question);
    if (q == nullptr || q->kind != QuestionKind::text)
      return validation_error("Enkäten har ingen fritextfråga med koden \"" + question + "\".", {}, "question");
    if (!store::response_has_answer(s, id, response_id, question))
      return validation_error("Det finns inget sådant svar på frågan " + question + ".", {}, "response_id");
    bool changed = hide ? store::hide_text(s, id, response_id, question, actor_name(user))
                        : store::unhide_text(s, id, response_id, question);
    if (!changed) return conflict_error(hide ? "Svaret är redan dolt." : "Svaret är inte dolt.");
    // No response id of an anonymous survey goes into the audit log (docs/surveys.md, "Anonymity").
    nlohmann::json after{{"question", question}, {"hidden", hide}};
    if (!survey->anonymous) after["response_id"] = response_id;
    store::append_audit(s, {.actor = actor_name(user), .action = hide ? "hide_text" : "show_text", .entity = "survey",
                            .entity_id = id, .before_json = std::nullopt, .after_json = after.dump()});
    return {};
  });
}

Result<RawAnswers> raw_answers(store::Database& db, std::int64_t id, const std::optional<User>& user) {
  RawAnswers raw;
  Status st = db.read([&](soci::session& s) -> Status {
    auto survey = readable_survey(s, id, user);
    if (!survey) return survey.error();
    if (auto ok = authorize_survey_change(user, survey->county, survey->national); !ok) return ok;
    if (survey->anonymous)
      return Error{ErrorKind::forbidden,
                   "Enkäten är anonym: svaren lämnas bara ut sammanställda, aldrig svar för svar, så att ingen "
                   "svarande kan kännas igen.",
                   {}, {}};
    raw.survey = *survey;
    std::map<std::string, QuestionKind> kinds;
    for (const auto& q : survey->questions) kinds[q.code] = q.kind;
    raw.responses = store::load_responses(s, id, kinds);
    for (auto& [response, who] : store::response_respondents(s, id)) raw.respondents[response] = {who.email, who.name};
    return {};
  });
  if (!st) return st.error();
  return raw;
}

}  // namespace jamt::service
