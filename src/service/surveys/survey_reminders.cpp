#include "service/surveys/survey_reminders.hpp"

#include <chrono>

#include "domain/clock.hpp"
#include "domain/utc_time.hpp"
#include "service/account/auth_service.hpp"
#include "service/account/sha256.hpp"
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

}  // namespace

Result<SurveyReminderRun> run_survey_reminders(store::Database& db, const MailSetup& mail) {
  SurveyReminderRun run{.today = db.clock().today_text(), .sent = {}};
  auto today = db.clock().today();
  std::vector<std::int64_t> ids;
  Status st = db.read([&](soci::session& s) -> Status {
    ids = store::open_survey_ids(s);
    return {};
  });
  if (!st) return st.error();
  for (auto id : ids) {
    std::vector<MailMessage> messages;
    std::vector<SentSurveyReminder> claimed;
    Status claim = db.transaction([&](soci::session& s) -> Status {
      auto survey = store::find_survey(s, id);
      if (!survey || survey->status != surveys::SurveyStatus::open) return {};
      for (const auto& r : store::list_respondents(s, id)) {
        if (r.completed_on || r.opted_out_at || r.reminders_sent >= survey->max_reminders) continue;
        if (!days_since(r.last_reminded_at.value_or(r.invited_at), today, survey->reminder_interval_days)) continue;
        std::string token = random_token(32);
        store::insert_link(s, r.id, sha256_hex(token));
        store::mark_reminded(s, r.id);
        store::append_audit(s, {.actor = "system", .action = "remind", .entity = "survey_respondent",
                                .entity_id = r.id, .before_json = std::nullopt,
                                .after_json = "{\"reminder\":" + std::to_string(r.reminders_sent + 1) + "}"});
        messages.push_back(survey_reminder_mail(mail, *survey, r.email, r.name, token, db.clock().now()));
        claimed.push_back({.survey_id = id, .to = r.email, .number = r.reminders_sent + 1, .failed = false});
      }
      return {};
    });
    if (!claim) return claim.error();
    for (std::size_t i = 0; i < messages.size(); ++i) {
      claimed[i].failed = !mail.mailer.send(messages[i]).ok();
      run.sent.push_back(claimed[i]);
    }
  }
  return run;
}

}  // namespace jamt::service
