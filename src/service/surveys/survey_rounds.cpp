#include "service/surveys/survey_rounds.hpp"

#include <cctype>

#include "domain/i18n/translate.hpp"
#include "service/authorization.hpp"
#include "service/registers/register_service.hpp"
#include "service/surveys/survey_json.hpp"
#include "service/surveys/survey_service.hpp"
#include "store/audit_repository.hpp"
#include "store/surveys/survey_repository.hpp"

namespace jamt::service {

namespace {

// `title` with the old round's label replaced by the new one's, when it
// holds it as a word of its own.
std::string retitled(const std::string& title, const std::string& from, const std::string& to) {
  if (from.empty()) return title;
  auto at = title.rfind(from);
  if (at == std::string::npos) return title;
  auto word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  bool starts = at == 0 || !word_char(title[at - 1]);
  bool ends = at + from.size() == title.size() || !word_char(title[at + from.size()]);
  if (!starts || !ends) return title;
  return title.substr(0, at) + to + title.substr(at + from.size());
}

}  // namespace

Result<surveys::Survey> make_next_round(store::Database& db, std::int64_t id, const std::string& round,
                                        const std::optional<User>& user) {
  surveys::Survey made;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto found = readable_survey(s, id, user);
    if (!found) return found.error();
    const surveys::Survey& old = *found;
    if (auto ok = authorize_survey_change(user, old.county, old.national); !ok) return ok;
    if (round.empty()) return validation_error(i18n::tr("Ange vilken omgång det är, till exempel 2026."), {}, "round");
    if (round == old.round)
      return validation_error("Den nya omgången måste ha ett annat namn än " + old.round + ".", {}, "round");
    surveys::Survey next = old;
    next.id = 0;
    next.round = round;
    next.title = retitled(old.title, old.round, round);
    next.previous_round_id = id;
    next.status = surveys::SurveyStatus::draft;
    next.questions.clear();
    for (auto q : old.questions) {
      if (q.hidden) continue;
      q.version = 1;
      next.questions.push_back(std::move(q));
    }
    if (auto ok = surveys::validate_survey(next); !ok) return ok;
    std::int64_t new_id = store::insert_survey(s, next, actor_name(user));
    made = *store::find_survey(s, new_id);
    nlohmann::json after = survey_json(made);
    after["from_round"] = id;
    store::append_audit(s, {.actor = actor_name(user), .action = "create", .entity = "survey", .entity_id = new_id,
                            .before_json = std::nullopt, .after_json = after.dump()});
    return {};
  });
  if (!st) return st.error();
  return made;
}

}  // namespace jamt::service
