#pragma once
// Reminders about reports (docs/reporting.md, "Reminders"): a job that mails
// the contacts of each organisation whose report for a period is not in —
// once kReminderDaysBeforeDue days before the due date (or on the first run
// after that), every day once it is overdue (for kOverdueReminderDays
// days), and every day while a returned report waits — at most one reminder
// a day per form, organisation and period. `jamt serve` runs it hourly (ReminderJob),
// `jamt reminders run` once.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "domain/reporting/period.hpp"
#include "domain/result.hpp"
#include "service/background/scheduled_job.hpp"
#include "service/mail/mailer.hpp"
#include "store/database.hpp"

namespace jamt::service {

// Reminders start this many days before a period's due date.
inline constexpr int kReminderDaysBeforeDue = 7;
// Overdue and returned reports are reminded about until this many days
// after the due date; after that the board follows them up by hand.
inline constexpr int kOverdueReminderDays = 90;

// One reminder the job sent (or tried to send).
struct SentReminder {
  std::int64_t form_id = 0;
  std::string form_code{};
  std::string form_title{};
  std::int64_t organisation_id = 0;
  std::string organisation{};
  std::string period{};            // "2026Q1"
  std::string kind{};              // "due_soon", "overdue", "returned"
  std::string due_date{};          // "YYYY-MM-DD"
  std::vector<std::string> to{};   // the contacts mailed
  int failed = 0;                  // of them, how many the mailer could not send (kept in its outbox)
};

// What one run did.
struct ReminderRun {
  std::string today{};                     // the Swedish date it ran for
  std::vector<SentReminder> sent{};        // in form, period and organisation order
  // Organisations with a report to remind about but no enabled contact, as
  // "organisation: form period".
  std::vector<std::string> without_contacts{};
};

// Sends today's reminders (today by db.clock()) through `mail.mailer`, with
// links to `mail.site_url` + "/rapportering/formular/{form}/{organisation}/{period}".
// Each reminder is claimed — reporting_reminders.sent_on set to today, an
// audit entry (entity "reporting_reminder", action "send", actor "system")
// written — in one transaction before its mail goes, so two runs on the same
// day never send it twice; a mail the transport refuses is counted in
// `failed` and kept in the outbox (docs/mail.md), not retried. Error "io"
// or "internal" when the database cannot be read.
Result<ReminderRun> run_reminders(store::Database& db, const MailSetup& mail);

// The period as mail and pages say it: "kvartal 1 2026", "första halvåret
// 2026", "april 2026", "2026".
std::string swedish_period(const reporting::Period& period);

// The reminder job of `jamt serve`: a thread that runs run_reminders (and
// run_survey_reminders and mix_anonymous_responses, service/surveys/) at
// start and at every due time after (the start of each `interval`: on the
// hour), logging what it sent, until stop() or the destructor. Each due time
// runs on one server only, the one that claims it in job_runs as job
// "reminders" (service/background/scheduled_job.hpp). Start it after
// `mail.site_url` is final; `db` and `mail` must outlive it.
class ReminderJob {
 public:
  ReminderJob(store::Database& db, const MailSetup& mail, std::chrono::seconds interval = std::chrono::hours(1));
  ~ReminderJob();
  ReminderJob(const ReminderJob&) = delete;
  ReminderJob& operator=(const ReminderJob&) = delete;
  // Wakes the thread and waits for it to end (a run in progress finishes
  // first). Idempotent.
  void stop();

 private:
  std::unique_ptr<ScheduledJob> job_;
};

}  // namespace jamt::service
