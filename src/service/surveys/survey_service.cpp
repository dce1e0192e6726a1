#include "service/surveys/survey_service.hpp"

#include <set>

#include "domain/i18n/translate.hpp"
#include "service/authorization.hpp"
#include "service/registers/register_service.hpp"
#include "store/audit_repository.hpp"
#include "store/surveys/respondent_repository.hpp"
#include "store/surveys/results_repository.hpp"

namespace jamt::service {

namespace {

using surveys::Question;
using surveys::Survey;

std::string audit_json(const Survey& survey) { return survey_json(survey).dump(); }

std::set<std::string> values_of(const Question& q) {
  std::set<std::string> out;
  for (const auto& o : q.options) out.insert(o.value);
  return out;
}

std::set<std::string> statements_of(const Question& q) {
  std::set<std::string> out;
  for (const auto& st : q.statements) out.insert(st.code);
  return out;
}

// Whether answers to `before` might not fit `after`: other option values
// or other statements.
bool changes_answers(const Question& before, const Question& after) {
  return values_of(before) != values_of(after) || statements_of(before) != statements_of(after);
}

}  // namespace

Result<Survey> readable_survey(soci::session& s, std::int64_t id, const std::optional<User>& user) {
  if (!user || user->disabled) return authorize_survey_read(user, "", false).error();
  auto survey = store::find_survey(s, id);
  if (!survey) return not_found_error("no survey with that id");
  if (auto ok = authorize_survey_read(user, survey->county, survey->national); !ok) return ok.error();
  return *survey;
}

Result<Survey> create_survey(store::Database& db, const SurveyInput& input, const std::optional<User>& user) {
  auto county = survey_county_for(user, input.county_code, input.survey.national);
  if (!county) return county.error();
  Survey survey = input.survey;
  survey.county = *county;
  survey.status = surveys::SurveyStatus::draft;
  if (auto ok = surveys::validate_survey(survey); !ok) return ok.error();
  Status st = db.transaction([&](soci::session& s) -> Status {
    if (survey.previous_round_id) {
      auto previous = readable_survey(s, *survey.previous_round_id, user);
      if (!previous) return validation_error(i18n::tr("Den föregående omgången finns inte."), {}, "previous_round_id");
    }
    std::int64_t id = store::insert_survey(s, survey, actor_name(user));
    survey = *store::find_survey(s, id);
    store::append_audit(s, {.actor = actor_name(user), .action = "create", .entity = "survey", .entity_id = id,
                            .before_json = std::nullopt, .after_json = audit_json(survey)});
    return {};
  });
  if (!st) return st.error();
  return survey;
}

Result<std::vector<store::SurveySummary>> list_surveys(store::Database& db, const std::optional<User>& user) {
  if (!user || user->disabled) return authorize_survey_read(user, "", false).error();
  std::string county;
  if (is_admin(user) || is_coordinator(user)) {
    county = "*";
  } else if (is_strategist(user)) {
    county = user->county_code;
  } else {
    return Error{ErrorKind::forbidden, "you are not allowed to do this", {}, {}};
  }
  std::vector<store::SurveySummary> out;
  Status st = db.read([&](soci::session& s) -> Status {
    for (auto& summary : store::list_surveys(s, county)) {
      if (authorize_survey_read(user, summary.county_code, summary.national)) out.push_back(std::move(summary));
    }
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<Survey> get_survey(store::Database& db, std::int64_t id, const std::optional<User>& user) {
  Survey survey;
  Status st = db.read([&](soci::session& s) -> Status {
    auto found = readable_survey(s, id, user);
    if (!found) return found.error();
    survey = *found;
    return {};
  });
  if (!st) return st.error();
  return survey;
}

Result<SurveyChange> update_survey(store::Database& db, std::int64_t id, const SurveyInput& input,
                                   const std::optional<User>& user) {
  SurveyChange change;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto found = readable_survey(s, id, user);
    if (!found) return found.error();
    const Survey before = *found;
    if (auto ok = authorize_survey_change(user, before.county, before.national); !ok) return ok;
    Survey after = input.survey;
    if (after.anonymous != before.anonymous)
      return validation_error(i18n::tr("Om enkäten är anonym kan inte ändras."), {}, "anonymous");
    if (after.national != before.national)
      return validation_error(i18n::tr("En nationell enkät kan inte bli länets, eller tvärtom."), {}, "national");
    if (!input.county_code.empty() && input.county_code != before.county)
      return validation_error(i18n::tr("Länet kan inte ändras."), {}, "county_code");
    after.id = id;
    after.county = before.county;
    after.status = before.status;
    if (auto ok = surveys::validate_survey(after); !ok) return ok;
    store::update_survey_header(s, after);
    int position = 0;
    std::set<std::string> kept;
    for (std::size_t i = 0; i < after.questions.size(); ++i) {
      Question q = after.questions[i];
      kept.insert(q.code);
      const Question* old = before.question(q.code);
      if (old == nullptr) {
        q.version = 1;
        store::insert_question_version(s, id, q, position++);
        // Those who answered before were never shown it (docs/survey_results.md, "Not shown").
        store::mark_existing_responses(s, id, q.code, false);
        change.questions.emplace_back(q.code, "added");
        continue;
      }
      bool answered = store::question_has_answers(s, id, q.code);
      if (answered && q.kind != old->kind)
        return validation_error("Frågan " + q.code + " har svar; dess typ kan inte ändras. Gör en ny fråga.", {},
                                "questions[" + std::to_string(i) + "].kind");
      // Brought back after being hidden: those who answered meanwhile were not shown it.
      if (old->hidden) store::mark_existing_responses(s, id, q.code, false);
      q.hidden = false;
      if (answered && changes_answers(*old, q)) {
        q.version = old->version + 1;
        store::insert_question_version(s, id, q, position++);
        change.questions.emplace_back(q.code, "new_version");
      } else {
        q.version = old->version;
        store::update_question(s, id, q, position++);
        change.questions.emplace_back(q.code, "edited");
      }
    }
    for (const auto& old : before.questions) {
      if (kept.count(old.code)) continue;
      if (store::question_has_answers(s, id, old.code)) {
        Question hidden = old;
        hidden.hidden = true;
        store::update_question(s, id, hidden, position++);
        // Those who answered until now were shown it; later ones are not.
        if (!old.hidden) store::mark_existing_responses(s, id, old.code, true);
        change.questions.emplace_back(old.code, "hidden");
      } else {
        store::delete_question(s, id, old.code);
        store::delete_question_marks(s, id, old.code);
        change.questions.emplace_back(old.code, "removed");
      }
    }
    change.survey = *store::find_survey(s, id);
    store::append_audit(s, {.actor = actor_name(user), .action = "update", .entity = "survey", .entity_id = id,
                            .before_json = audit_json(before), .after_json = audit_json(change.survey)});
    return {};
  });
  if (!st) return st.error();
  return change;
}

Result<Survey> set_survey_status(store::Database& db, std::int64_t id, surveys::SurveyStatus status,
                                 const std::optional<User>& user) {
  Survey survey;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto found = readable_survey(s, id, user);
    if (!found) return found.error();
    if (auto ok = authorize_survey_change(user, found->county, found->national); !ok) return ok;
    if (found->status == status) {
      return conflict_error(status == surveys::SurveyStatus::open ? "Enkäten är redan öppen."
                                                                   : "Enkäten är redan stängd.");
    }
    if (status == surveys::SurveyStatus::closed && found->status != surveys::SurveyStatus::open)
      return conflict_error(i18n::tr("Bara en öppen enkät kan stängas."));
    store::set_survey_status(s, id, status);
    // Closing an anonymous survey rewrites its responses in the order of
    // their random ids (docs/surveys.md, "Anonymity"); the hourly job does
    // the same while it is open.
    if (status == surveys::SurveyStatus::closed && found->anonymous) store::mix_responses(s, id);
    survey = *store::find_survey(s, id);
    std::string action = status == surveys::SurveyStatus::open ? "open" : "close";
    store::append_audit(s, {.actor = actor_name(user), .action = action, .entity = "survey", .entity_id = id,
                            .before_json = std::string("{\"status\":\"") + std::string(surveys::to_string(found->status)) + "\"}",
                            .after_json = std::string("{\"status\":\"") + std::string(surveys::to_string(status)) + "\"}"});
    return {};
  });
  if (!st) return st.error();
  return survey;
}

}  // namespace jamt::service
