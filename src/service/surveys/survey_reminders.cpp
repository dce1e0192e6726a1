#include "service/surveys/survey_reminders.hpp"

#include <chrono>
#include <functional>

#include "domain/clock.hpp"
#include "domain/i18n/translate.hpp"
#include "domain/utc_time.hpp"
#include "service/account/auth_service.hpp"
#include "service/account/sha256.hpp"
#include "service/authorization.hpp"
#include "service/registers/register_service.hpp"
#include "service/surveys/survey_mail.hpp"
#include "store/audit_repository.hpp"
#include "store/surveys/respondent_repository.hpp"
#include "store/surveys/survey_repository.hpp"

namespace jamt::service {

namespace {

// Whether at least `days` Swedish calendar days lie between `last` (UTC
// text) and `today`.
bool days_since(const std::string& last, std::chrono::year_month_day today, int days) {
  auto at = parse_utc_text(last);
  if (!at) return true;
  auto then = std::chrono::sys_days{stockholm_date(*at)};
  return std::chrono::sys_days{today} - then >= std::chrono::days{days};
}

// Claims and sends the reminders of survey `id` that are due today, as
// `actor`; appends them to `sent`. `check`, run first inside the claiming
// transaction on the survey, may refuse (an unauthorised user).
Status remind_survey(store::Database& db, const MailSetup& mail, std::int64_t id, const std::string& actor,
                     const std::function<Status(const surveys::Survey&)>& check, std::vector<SentSurveyReminder>& sent) {
  auto today = db.clock().today();
  std::vector<MailMessage> messages;
  std::vector<SentSurveyReminder> claimed;
  Status claim = db.transaction([&](soci::session& s) -> Status {
    auto survey = store::find_survey(s, id);
    if (!survey) return not_found_error("no survey with that id");
    if (auto ok = check(*survey); !ok) return ok;
    if (survey->status != surveys::SurveyStatus::open) return {};
    for (const auto& r : store::list_respondents(s, id)) {
      if (r.completed_on || r.opted_out_at || r.reminders_sent >= survey->max_reminders) continue;
      if (!days_since(r.last_reminded_at.value_or(r.invited_at), today, survey->reminder_interval_days)) continue;
      std::string token = random_token(32);
      store::insert_link(s, r.id, sha256_hex(token));
      store::mark_reminded(s, r.id);
      store::append_audit(s, {.actor = actor, .action = "remind", .entity = "survey_respondent",
                              .entity_id = r.id, .before_json = std::nullopt,
                              .after_json = "{\"reminder\":" + std::to_string(r.reminders_sent + 1) + "}"});
      messages.push_back(survey_reminder_mail(mail, *survey, r.email, r.name, token, db.clock().now()));
      claimed.push_back({.survey_id = id, .to = r.email, .number = r.reminders_sent + 1, .failed = false});
    }
    return {};
  });
  if (!claim) return claim;
  for (std::size_t i = 0; i < messages.size(); ++i) {
    claimed[i].failed = !mail.mailer.send(messages[i]).ok();
    sent.push_back(claimed[i]);
  }
  return {};
}

}  // namespace

Result<SurveyReminderRun> run_survey_reminders(store::Database& db, const MailSetup& mail) {
  SurveyReminderRun run{.today = db.clock().today_text(), .sent = {}};
  std::vector<std::int64_t> ids;
  Status st = db.read([&](soci::session& s) -> Status {
    ids = store::open_survey_ids(s);
    return {};
  });
  if (!st) return st.error();
  auto any = [](const surveys::Survey&) -> Status { return {}; };
  for (auto id : ids) {
    Status sent = remind_survey(db, mail, id, "system", any, run.sent);
    // A survey deleted between the listing and its turn is skipped.
    if (!sent && sent.error().code != ErrorKind::not_found) return sent.error();
  }
  return run;
}

Result<SurveyReminderRun> remind_survey_now(store::Database& db, const MailSetup& mail, std::int64_t id,
                                            const std::optional<User>& user) {
  SurveyReminderRun run{.today = db.clock().today_text(), .sent = {}};
  auto check = [&](const surveys::Survey& survey) -> Status {
    if (auto ok = authorize_survey_read(user, survey.county, survey.national); !ok) return ok;
    if (auto ok = authorize_survey_change(user, survey.county, survey.national); !ok) return ok;
    if (survey.status != surveys::SurveyStatus::open)
      return conflict_error(i18n::tr("Öppna enkäten innan du påminner om den."));
    return {};
  };
  Status st = remind_survey(db, mail, id, actor_name(user), check, run.sent);
  if (!st) return st.error();
  return run;
}

}  // namespace jamt::service
