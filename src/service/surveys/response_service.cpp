#include "service/surveys/response_service.hpp"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "domain/i18n/translate.hpp"
#include "service/account/auth_service.hpp"
#include "service/account/sha256.hpp"
#include "service/authorization.hpp"
#include "service/background/background_queue.hpp"
#include "service/registers/register_service.hpp"
#include "service/surveys/invitation_sources.hpp"
#include "service/surveys/survey_json.hpp"
#include "service/surveys/survey_mail.hpp"
#include "service/surveys/survey_service.hpp"
#include "store/audit_repository.hpp"
#include "store/surveys/respondent_repository.hpp"
#include "store/surveys/survey_repository.hpp"

namespace jamt::service {

namespace {

using surveys::Answer;
using surveys::Survey;

// Tokens are 32 random bytes (64 hex digits).
constexpr std::size_t kTokenBytes = 32;

Error unknown_link() { return not_found_error(i18n::tr("Länken finns inte. Kontrollera att du har kopierat hela länken.")); }

Survey visible(Survey survey) {
  std::erase_if(survey.questions, [](const surveys::Question& q) { return q.hidden; });
  return survey;
}

bool valid_email(const std::string& email) {
  auto at = email.find('@');
  return at != std::string::npos && at > 0 && at + 1 < email.size() && email.find('@', at + 1) == std::string::npos &&
         email.find_first_of(" \t\r\n<>,;\"") == std::string::npos && email.size() <= 254;
}

// The answers of a draft (JSON as the API carries them) that still fit `survey`.
std::map<std::string, Answer> draft_answers(const Survey& survey, const std::string& draft) {
  std::map<std::string, Answer> out;
  auto parsed = nlohmann::json::parse(draft, nullptr, false);
  if (!parsed.is_object()) return out;
  for (const auto& [code, value] : parsed.items()) {
    nlohmann::json one = nlohmann::json::object();
    one[code] = value;
    auto answer = answers_from_json(survey, one);
    if (!answer) continue;
    if (!surveys::validate_answers(survey, *answer, false)) continue;
    out.insert(answer->begin(), answer->end());
  }
  return out;
}

struct Found {
  store::RespondentRow respondent;
  Survey survey;
};

Result<Found> find_by_token(soci::session& s, const std::string& token) {
  if (token.empty() || token.size() > 200) return unknown_link();
  auto respondent = store::find_respondent_by_link(s, sha256_hex(token));
  if (!respondent) return unknown_link();
  auto survey = store::find_survey(s, respondent->survey_id);
  if (!survey) return unknown_link();
  return Found{.respondent = *respondent, .survey = visible(*survey)};
}

}  // namespace

Result<int> invite_respondents(store::Database& db, const MailSetup& mail, std::int64_t id,
                               const std::vector<Invitee>& invitees, const std::optional<User>& user) {
  std::vector<store::NewRespondent> rows;
  std::vector<std::string> tokens;
  rows.reserve(invitees.size());
  for (std::size_t i = 0; i < invitees.size(); ++i) {
    std::string email = normalize_email(invitees[i].email);
    if (!valid_email(email))
      return validation_error(i18n::tr("Ange en giltig e-postadress."), {}, "respondents[" + std::to_string(i) + "].email");
    std::string token = random_token(kTokenBytes);
    rows.push_back({.email = email, .name = invitees[i].name, .profile_json = invitees[i].profile_json,
                    .token_hash = sha256_hex(token), .county_code = invitees[i].county_code});
    tokens.push_back(token);
  }
  Survey survey;
  std::vector<store::NewRespondent> inserted;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto found = readable_survey(s, id, user);
    if (!found) return found.error();
    if (auto ok = authorize_survey_change(user, found->county, found->national); !ok) return ok;
    if (found->status != surveys::SurveyStatus::open)
      return conflict_error(i18n::tr("Öppna enkäten innan du bjuder in till den."));
    survey = *found;
    if (auto ok = check_county_invitations(s, survey, rows); !ok) return ok;
    inserted = store::insert_respondents(s, id, rows);
    nlohmann::json audit{{"invited", inserted.size()}, {"emails", nlohmann::json::array()}};
    for (const auto& r : inserted) audit["emails"].push_back(r.email);
    store::append_audit(s, {.actor = actor_name(user), .action = "invite", .entity = "survey", .entity_id = id,
                            .before_json = std::nullopt, .after_json = audit.dump()});
    return {};
  });
  if (!st) return st.error();
  // The mails, after the commit: each with the token of its row.
  std::map<std::string, std::string> token_of;
  for (std::size_t i = 0; i < rows.size(); ++i) token_of.emplace(rows[i].token_hash, tokens[i]);
  std::vector<MailMessage> messages;
  auto now = db.clock().now();
  for (const auto& r : inserted) {
    messages.push_back(survey_invitation_mail(mail, survey, r.email, r.name, token_of[r.token_hash], now));
  }
  auto send_all = [&mailer = mail.mailer, messages = std::move(messages)]() {
    int failed = 0;
    for (const auto& m : messages) {
      if (!mailer.send(m)) ++failed;
    }
    if (failed > 0) spdlog::warn("survey invitations: {} of {} mails not sent (kept in the outbox)", failed,
                                 messages.size());
  };
  if (mail.background != nullptr) {
    mail.background->post(send_all);
  } else {
    send_all();
  }
  return static_cast<int>(inserted.size());
}

Result<surveys::Survey> survey_of_token(store::Database& db, const std::string& token) {
  Survey survey;
  Status st = db.read([&](soci::session& s) -> Status {
    auto found = find_by_token(s, token);
    if (!found) return found.error();
    survey = found->survey;
    return {};
  });
  if (!st) return st.error();
  return survey;
}

Result<ResponseView> get_response(store::Database& db, const std::string& token) {
  ResponseView view;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto found = find_by_token(s, token);
    if (!found) return found.error();
    store::mark_opened(s, found->respondent.id);
    view.survey = found->survey;
    view.name = found->respondent.name;
    view.submitted = found->respondent.completed_on.has_value();
    view.opted_out = found->respondent.opted_out_at.has_value();
    if (!view.submitted) {
      if (auto draft = store::find_draft(s, found->respondent.id)) view.answers = draft_answers(view.survey, *draft);
    }
    return {};
  });
  if (!st) return st.error();
  return view;
}

Result<ResponseView> save_response(store::Database& db, const std::string& token,
                                   const std::map<std::string, Answer>& answers, bool submit) {
  ResponseView view;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto found = find_by_token(s, token);
    if (!found) return found.error();
    const auto& respondent = found->respondent;
    const Survey& survey = found->survey;
    if (respondent.completed_on) return conflict_error(i18n::tr("Dina svar är redan inskickade och kan inte ändras."));
    if (survey.status != surveys::SurveyStatus::open) return conflict_error(i18n::tr("Enkäten är stängd."));
    if (auto ok = surveys::validate_answers(survey, answers, submit); !ok) return ok;
    view.survey = survey;
    view.name = respondent.name;
    // Whoever answers has opened the survey, through the page or the API.
    store::mark_opened(s, respondent.id);
    store::mark_started(s, respondent.id);
    if (!submit) {
      store::save_draft(s, respondent.id, answers_json(answers).dump());
      view.answers = answers;
      // The audit says that a draft was saved; the answers of an anonymous
      // survey are never written to it.
      store::append_audit(s, {.actor = "respondent", .action = "save_draft", .entity = "survey_respondent",
                              .entity_id = respondent.id, .before_json = std::nullopt,
                              .after_json = survey.anonymous ? std::nullopt
                                                             : std::optional<std::string>(answers_json(answers).dump())});
      return {};
    }
    std::string today = db.clock().today_text();
    if (!store::mark_completed(s, respondent.id, today))
      return conflict_error(i18n::tr("Dina svar är redan inskickade och kan inte ändras."));
    store::delete_draft(s, respondent.id);
    std::map<std::string, int> versions;
    for (const auto& q : survey.questions) versions[q.code] = q.version;
    store::NewResponse response{
        .id = random_token(16),
        .survey_id = survey.id,
        .respondent_id = survey.anonymous ? std::nullopt : std::optional<std::int64_t>(respondent.id),
        .submitted_on = survey.anonymous ? std::nullopt : std::optional<std::string>(today),
        // The inviter knows each invitee's profile, so on an anonymous
        // survey it would point at the respondent: there the breakdown uses
        // the profile questions the respondent answered, nothing else.
        .profile_json = survey.anonymous ? std::string{"{}"} : respondent.profile_json,
        .answers = surveys::flatten_answers(answers),
        .versions = versions,
    };
    store::insert_response(s, response);
    if (survey.anonymous) {
      // That the survey got a response — not from whom, not which one: an
      // entry naming the respondent would carry the time of their completion
      // beside the order of the responses (docs/surveys.md, "Anonymity").
      store::append_audit(s, {.actor = "respondent", .action = "anonymous_response", .entity = "survey",
                              .entity_id = survey.id, .before_json = std::nullopt, .after_json = std::nullopt});
    } else {
      nlohmann::json after{{"response_id", response.id}, {"answers", answers_json(answers)}};
      store::append_audit(s, {.actor = "respondent", .action = "submit", .entity = "survey_respondent",
                              .entity_id = respondent.id, .before_json = std::nullopt, .after_json = after.dump()});
    }
    view.submitted = true;
    return {};
  });
  if (!st) return st.error();
  return view;
}

Status opt_out(store::Database& db, const std::string& token) {
  return db.transaction([&](soci::session& s) -> Status {
    auto found = find_by_token(s, token);
    if (!found) return found.error();
    if (found->respondent.completed_on) return conflict_error(i18n::tr("Dina svar är redan inskickade."));
    store::mark_opted_out(s, found->respondent.id);
    store::append_audit(s, {.actor = "respondent", .action = "opt_out", .entity = "survey_respondent",
                            .entity_id = found->respondent.id, .before_json = std::nullopt,
                            .after_json = std::nullopt});
    return {};
  });
}

}  // namespace jamt::service
