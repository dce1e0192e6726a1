#include "service/reporting/reminders.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "domain/clock.hpp"
#include "domain/reporting/period.hpp"
#include "domain/utc_time.hpp"
#include "service/surveys/survey_mixing.hpp"
#include "service/surveys/survey_reminders.hpp"
#include "store/audit_repository.hpp"
#include "store/reporting/form_repository.hpp"
#include "store/reporting/overview_repository.hpp"
#include "store/reporting/reminder_repository.hpp"
#include "store/reporting/submission_repository.hpp"

namespace jamt::service {

namespace {

using namespace std::chrono;

// A reminder to send, as the read found it.
struct Candidate {
  SentReminder reminder{};
  std::string period_text{};     // "kvartal 1 2026"
  std::string due_text{};        // "30 april 2026"
  std::string return_comment{};  // the board's comment on a returned report
};

const char* kMonths[] = {"januari", "februari", "mars",      "april",   "maj",      "juni",
                         "juli",    "augusti",  "september", "oktober", "november", "december"};

// "30 april 2026".
std::string swedish_date(year_month_day d) {
  return std::to_string(static_cast<unsigned>(d.day())) + " " + kMonths[static_cast<unsigned>(d.month()) - 1] + " " +
         std::to_string(static_cast<int>(d.year()));
}

}  // namespace

std::string swedish_period(const reporting::Period& p) {
  std::string year = std::to_string(p.year);
  switch (p.periodicity) {
    case reporting::Periodicity::quarterly: return "kvartal " + std::to_string(p.index) + " " + year;
    case reporting::Periodicity::half_yearly: return (p.index == 1 ? "första halvåret " : "andra halvåret ") + year;
    case reporting::Periodicity::monthly: return std::string(kMonths[p.index - 1]) + " " + year;
    case reporting::Periodicity::yearly: return year;
  }
  return year;
}

namespace {

// The periods of `form` that may need a reminder on `today`: open, not
// closed for contacts, not overdue by more than kOverdueReminderDays, and
// due on or after `made` (the day the form was made: a new form does not
// remind about periods long gone). Whether a report is due soon enough is
// for the caller: a returned report is reminded about whenever it waits.
std::vector<reporting::Period> periods_to_check(const reporting::FormDefinition& form, year_month_day today,
                                                year_month_day made) {
  std::vector<reporting::Period> out;
  const sys_days now{today};
  reporting::Period p{.periodicity = form.periodicity, .year = static_cast<int>(today.year()) - 2, .index = 1};
  for (; sys_days{reporting::start_date(p)} <= now; p = reporting::next_period(p)) {
    const auto due = sys_days{reporting::due_date(p, form.due_days)};
    if (now - due > days{kOverdueReminderDays}) continue;
    if (due < sys_days{made}) continue;
    if (form.closes_after_days && now > sys_days{reporting::end_date(p)} + days{*form.closes_after_days}) continue;
    out.push_back(p);
  }
  return out;
}

MailMessage reminder_mail(const MailSetup& mail, const Candidate& c, const std::string& to, sys_seconds now) {
  const SentReminder& r = c.reminder;
  const std::string url = mail.site_url + "/rapportering/formular/" + std::to_string(r.form_id) + "/" +
                          std::to_string(r.organisation_id) + "/" + r.period;
  const std::string what = "rapporten ”" + r.form_title + "” för " + c.period_text;
  std::string subject, lead;
  if (r.kind == "returned") {
    subject = "Rapporten " + r.form_title + " för " + c.period_text + " har skickats tillbaka";
    lead = "Länsstyrelsen har skickat tillbaka " + what + " från " + r.organisation +
           " för komplettering. Den väntar på att rättas och skickas in igen.";
    if (!c.return_comment.empty()) lead += "\n\nLänsstyrelsens kommentar: " + c.return_comment;
  } else if (r.kind == "overdue") {
    subject = "Försenad rapport: " + r.form_title + " för " + c.period_text;
    lead = "Skulle ha lämnats senast " + c.due_text + ": " + what + " från " + r.organisation +
           ". Den är inte inskickad än.";
  } else {
    subject = "Påminnelse: " + r.form_title + " för " + c.period_text + " ska lämnas senast " + c.due_text;
    lead = r.organisation + " ska lämna " + what + " till länsstyrelsen senast " + c.due_text +
           ". Den är inte inskickad än.";
  }
  std::string body = "Hej!\n\n" + lead + "\n\nFyll i och skicka in rapporten här:\n\n" + url +
                     "\n\nDu får den här påminnelsen som kontaktperson för " + r.organisation +
                     " i Jämt, högst en gång om dagen tills rapporten är inskickad. Har du redan skickat in den "
                     "kan du bortse från meddelandet.\n\n-- \nJämt\n";
  return MailMessage{.to = to, .subject = subject, .body = body, .date = now};
}

// Reads every reminder due today (not yet claimed today).
Status find_candidates(soci::session& s, year_month_day today, std::vector<Candidate>& out,
                       std::vector<std::string>& without_contacts) {
  const std::string today_text = iso_date(today);
  for (const auto& summary : store::list_forms(s)) {
    auto form = store::find_form(s, summary.id);
    if (!form) continue;
    const auto& def = form->definition;
    auto made_at = parse_utc_text(store::form_created_at(s, form->id));
    const auto made = made_at ? stockholm_date(*made_at) : today;
    for (const auto& period : periods_to_check(def, today, made)) {
      const std::string period_code = reporting::to_string(period);
      std::map<std::int64_t, store::StoredSubmission> by_org;
      for (auto& sub : store::submissions_for_period(s, form->id, period_code)) by_org[sub.organisation_id] = sub;
      const auto due = reporting::due_date(period, def.due_days);
      const bool overdue = sys_days{today} > sys_days{due};
      for (const auto& org : store::assigned_organisations(s, form->id, "")) {
        auto it = by_org.find(org.id);
        const std::string status = it == by_org.end() ? "" : it->second.status;
        if (status == "submitted" || status == "approved") continue;
        const std::string kind = status == "returned" ? "returned" : overdue ? "overdue" : "due_soon";
        if (kind == "due_soon" && sys_days{due} - sys_days{today} > days{kReminderDaysBeforeDue}) continue;
        if (auto last = store::find_reminder(s, form->id, org.id, period_code);
            last && (last->sent_on >= today_text || (kind == "due_soon" && last->kind == "due_soon")))
          continue;  // one a day; one before the due date
        Candidate c;
        c.reminder = SentReminder{.form_id = form->id, .form_code = def.code, .form_title = def.title,
                                  .organisation_id = org.id, .organisation = org.name, .period = period_code,
                                  .kind = kind,
                                  .due_date = iso_date(due), .to = store::contact_emails(s, org.id), .failed = 0};
        if (c.reminder.to.empty()) {
          without_contacts.push_back(org.name + ": " + def.code + " " + period_code);
          continue;
        }
        c.period_text = swedish_period(period);
        c.due_text = swedish_date(due);
        if (status == "returned")
          for (const auto& e : store::events_of(s, it->second.id))
            if (e.action == "return") c.return_comment = e.comment;
        out.push_back(std::move(c));
      }
    }
  }
  return {};
}

}  // namespace

Result<ReminderRun> run_reminders(store::Database& db, const MailSetup& mail) {
  ReminderRun run;
  const auto today = db.clock().today();
  run.today = iso_date(today);
  std::vector<Candidate> candidates;
  Status read = db.read([&](soci::session& s) { return find_candidates(s, today, candidates, run.without_contacts); });
  if (!read) return read.error();
  for (auto& c : candidates) {
    const auto now = db.clock().now();
    bool claimed = false;
    Status st = db.transaction([&](soci::session& s) -> Status {
      store::StoredReminder row{.id = 0, .form_id = c.reminder.form_id, .organisation_id = c.reminder.organisation_id,
                                .period = c.reminder.period, .kind = c.reminder.kind, .sent_on = run.today,
                                .sent_at = db.clock().now_text()};
      auto id = store::claim_reminder(s, row);
      if (!id) return {};
      nlohmann::ordered_json after = {{"form_id", c.reminder.form_id},   {"organisation_id", c.reminder.organisation_id},
                                      {"period", c.reminder.period},     {"kind", c.reminder.kind},
                                      {"due_date", c.reminder.due_date}, {"to", c.reminder.to}};
      store::append_audit(s, {.actor = "system", .action = "send", .entity = "reporting_reminder", .entity_id = *id,
                              .after_json = after.dump()});
      claimed = true;
      return {};
    });
    if (!st) {
      // Another run claimed it at the same moment (a unique violation), or
      // the database failed: either way this run does not send it.
      spdlog::warn("reminder {} {} for organisation {} not claimed: {}", c.reminder.form_code, c.reminder.period,
                   c.reminder.organisation_id, st.error().to_string());
      continue;
    }
    if (!claimed) continue;
    for (const auto& to : c.reminder.to)
      if (!mail.mailer.send(reminder_mail(mail, c, to, now))) ++c.reminder.failed;
    run.sent.push_back(c.reminder);
  }
  return run;
}

ReminderJob::ReminderJob(store::Database& db, const MailSetup& mail, std::chrono::seconds interval)
    : job_(std::make_unique<ScheduledJob>(db, "reminders", interval, [db = &db, mail = &mail]() -> Status {
        auto run = run_reminders(*db, *mail);
        if (!run) spdlog::warn("reminders: {}", run.error().to_string());
        else
          for (const auto& r : run->sent)
            spdlog::info("reminder ({}) {} {} to {} ({} contacts, {} not sent)", r.kind, r.form_code, r.period,
                         r.organisation, r.to.size(), r.failed);
        // Survey reminders (docs/surveys.md) run on the same hourly beat.
        auto surveys = run_survey_reminders(*db, *mail);
        if (!surveys) spdlog::warn("survey reminders: {}", surveys.error().to_string());
        else
          for (const auto& r : surveys->sent)
            spdlog::info("survey reminder {} for survey {} to {}{}", r.number, r.survey_id, r.to,
                         r.failed ? " (not sent)" : "");
        // Anonymous responses rewritten apart from their arrival (survey_mixing.hpp).
        auto mixed = mix_anonymous_responses(*db);
        if (!mixed) spdlog::warn("survey responses: {}", mixed.error().to_string());
        if (!run) return run.error();
        if (!surveys) return surveys.error();
        if (!mixed) return mixed.error();
        return {};
      })) {}

ReminderJob::~ReminderJob() { stop(); }

void ReminderJob::stop() { job_->stop(); }

}  // namespace jamt::service
