#pragma once
// Reminders to the respondents of open surveys who have not answered
// (docs/surveys.md, "Reminders"): not completed, not opted out, fewer than
// the survey's max_reminders so far, and the invitation or last reminder at
// least reminder_interval_days Swedish calendar days ago. `jamt surveys
// remind` runs it once; the hourly reminder job of `jamt serve`
// (service/reporting/reminders.hpp) runs it beside the reporting reminders.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "service/mail/mailer.hpp"
#include "store/database.hpp"

namespace jamt::service {

// One reminder sent (or tried).
struct SentSurveyReminder {
  std::int64_t survey_id = 0;
  std::string to{};
  int number = 0;      // 1 for the first reminder to this respondent
  bool failed = false; // the mailer refused it (kept in its outbox)
};

struct SurveyReminderRun {
  std::string today{};                       // the Swedish date it ran for
  std::vector<SentSurveyReminder> sent{};    // in survey and invitation order
};

// Sends the reminders due today (by db.clock()). Each is claimed in one
// transaction per survey — a new link stored (only its hash), reminders_sent
// raised, last_reminded_at set, an audit entry (entity "survey_respondent",
// action "remind", actor "system") — before its mail goes, so two runs
// never send it twice. Error "database" when the store cannot be read.
Result<SurveyReminderRun> run_survey_reminders(store::Database& db, const MailSetup& mail);

// "Påminn nu": the reminders of survey `id` that are due today by the same
// rules (max_reminders, reminder_interval_days), sent now by `user`
// (authorize_survey_change; audit actor the user). Errors: "not_found"
// (also for a survey the user may not read), "unauthorized", "forbidden",
// "conflict" for a survey that is not open.
Result<SurveyReminderRun> remind_survey_now(store::Database& db, const MailSetup& mail, std::int64_t id,
                                            const std::optional<User>& user);

}  // namespace jamt::service
