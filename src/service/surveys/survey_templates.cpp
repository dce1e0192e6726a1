#include "service/surveys/survey_templates.hpp"

#include "domain/i18n/translate.hpp"
#include "domain/surveys/templates.hpp"
#include "store/surveys/authoring_repository.hpp"

namespace jamt::service {

std::map<std::string, std::vector<std::string>> template_targets(store::Database& db,
                                                                 const std::string& template_code) {
  std::map<std::string, std::vector<std::string>> out;
  (void)db.read([&](soci::session& s) -> Status {
    out = store::template_target_links(s, template_code);
    return {};
  });
  return out;
}

std::map<std::string, std::vector<std::string>> kartlaggning_questions_by_target(store::Database& db) {
  std::map<std::string, std::vector<std::string>> out;
  for (const auto& [question, targets] : template_targets(db, "kartlaggning"))
    for (const auto& target : targets) out[target].push_back(question);
  return out;
}

nlohmann::ordered_json survey_templates_json(store::Database& db) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& t : surveys::survey_templates()) {
    auto targets = template_targets(db, t.code);
    nlohmann::ordered_json questions = nlohmann::ordered_json::array();
    for (const auto& q : t.questions) {
      auto one = question_json(q);
      one["follows_up"] = targets.count(q.code) ? targets[q.code] : std::vector<std::string>{};
      questions.push_back(one);
    }
    out.push_back({{"code", t.code}, {"title", t.title}, {"description", t.description}, {"source", t.source},
                   {"anonymous", t.anonymous}, {"questions", questions}});
  }
  return out;
}

Result<SurveyInput> survey_input_from_template(const nlohmann::json& body) {
  if (!body.is_object() || !body.contains("template") || !body["template"].is_string())
    return validation_error(i18n::tr("Ange mallen som en text."), {}, "template");
  const auto* t = surveys::find_survey_template(body["template"].get<std::string>());
  if (t == nullptr) return validation_error(i18n::tr("Mallen finns inte: välj nyckelpersoner, kartlaggning eller brukarundersokning."), {}, "template");
  if (body.contains("questions"))
    return validation_error(i18n::tr("En enkät från en mall får mallens frågor; ändra dem när enkäten är skapad."), {},
                            "questions");
  nlohmann::json copy = body;
  copy.erase("template");
  copy["questions"] = nlohmann::json::array();
  auto input = survey_input_from_json(copy);
  if (!input) return input.error();
  auto& survey = input->survey;
  if (survey.title.empty()) survey.title = t->title;
  if (!body.contains("description")) survey.description = t->description;
  if (survey.code.empty()) survey.code = t->code;
  if (!body.contains("anonymous")) survey.anonymous = t->anonymous;
  auto profile = std::move(survey.questions);  // a body's `profile` questions follow the template's
  survey.questions = t->questions;
  survey.questions.insert(survey.questions.end(), profile.begin(), profile.end());
  return input;
}

}  // namespace jamt::service
