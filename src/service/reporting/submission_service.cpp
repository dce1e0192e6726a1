#include "service/reporting/submission_service.hpp"

#include <chrono>
#include <functional>
#include <nlohmann/json.hpp>

#include "domain/clock.hpp"
#include "domain/i18n/translate.hpp"
#include "domain/reporting/period.hpp"
#include "domain/utc_time.hpp"
#include "service/authorization.hpp"
#include "service/registers/register_service.hpp"
#include "service/reporting/form_json.hpp"
#include "service/reporting/statistics_link.hpp"
#include "store/audit_repository.hpp"
#include "store/reporting/form_repository.hpp"

namespace jamt::service {

namespace {

using reporting::Period;

constexpr const char* kDraft = "draft";
constexpr const char* kSubmitted = "submitted";
constexpr const char* kApproved = "approved";
constexpr const char* kReturned = "returned";

// What a step works on, loaded and checked inside its transaction.
struct Target {
  store::StoredForm form{};
  store::ReportingOrganisation organisation{};
  Period period{};
  std::optional<store::StoredSubmission> submission{};
};

Error missing(const std::optional<User>& user) { return missing_record_error(user, "submission"); }

Error stale(int seen, int now) {
  return conflict_error("Rapporten har ändrats av någon annan sedan du öppnade den (du hade version " +
                        std::to_string(seen) + ", nu är den version " + std::to_string(now) +
                        "). Ladda om den och gör dina ändringar igen.");
}

Result<Target> load(soci::session& s, const SubmissionKey& key, Action action, const std::optional<User>& user) {
  Target t;
  auto form = store::find_form(s, key.form_id);
  if (!form) return missing(user);
  auto org = store::find_reporting_organisation(s, key.organisation_id);
  if (!org) return missing(user);
  Scope scope{.county_code = org->county_code, .organisation_id = org->id, .published = false,
              .reader_organisations = {}};
  if (auto ok = authorize_stored(user, action, scope, "submission"); !ok) return ok.error();
  if (!store::is_assigned(s, form->id, org->id)) return missing(user);
  auto period = reporting::parse_period(key.period, form->definition.periodicity);
  if (!period) return period.error();
  t.form = std::move(*form);
  t.organisation = std::move(*org);
  t.period = *period;
  t.submission = store::find_submission(s, t.form.id, t.organisation.id, reporting::to_string(t.period));
  // Version 0 is "there was none when I opened it": it conflicts with any
  // report since saved, and any other version with a report that is not there.
  if (key.if_match && t.submission && *key.if_match != t.submission->row_version)
    return stale(*key.if_match, t.submission->row_version);
  if (key.if_match && !t.submission && *key.if_match != 0)
    return conflict_error("Det finns ingen rapport för " + reporting::to_string(t.period) + " med version " +
                          std::to_string(*key.if_match) +
                          " (If-Match). Ladda om sidan: rapporten har inte sparats än, eller har tagits bort.");
  return t;
}

std::chrono::year_month_day day_of(const std::string& utc) {
  auto t = parse_utc_text(utc);
  return t ? stockholm_date(*t) : std::chrono::year_month_day{};
}

// Why `user` may not change the report now, in Swedish; "" when they may.
std::string lock_reason(const Target& t, const std::string& status, std::chrono::year_month_day today,
                        const std::optional<User>& user) {
  const auto& d = t.form.definition;
  const std::string period = reporting::to_string(t.period);
  if (status == kApproved)
    return i18n::trf("Rapporten för {1} är godkänd och låst. Behöver något ändras, be länsstyrelsen öppna den igen.",
                     {period});
  if (status == kSubmitted)
    return i18n::trf("Rapporten för {1} är inskickad och väntar på länsstyrelsens granskning. Vill du ändra något, be "
                     "länsstyrelsen lämna tillbaka den.",
                     {period});
  if (!reporting::is_open(t.period, today))
    return i18n::trf("Rapporteringen för {1} har inte öppnat än: den öppnar {2}.",
                     {period, iso_date(reporting::start_date(t.period))});
  if (d.closes_after_days && is_org_contact(user) && reporting::is_late(t.period, *d.closes_after_days, today))
    return i18n::trf(
        "Rapporteringen för {1} stängde {2}. Kontakta länsstyrelsen om du behöver lämna eller ändra uppgifter.",
        {period, iso_date(reporting::due_date(t.period, *d.closes_after_days))});
  return "";
}

SubmissionView view_of(soci::session& s, const Target& t, const store::StoredSubmission& sub,
                       const std::optional<User>& user) {
  SubmissionView v;
  v.submission = sub;
  v.version = store::version_number(s, sub.version_id);
  v.definition = store::form_version(s, sub.version_id).value_or(t.form.definition);
  v.values = store::values_of(s, sub.id);
  const auto today = store::clock_of(s).today();
  const int due_days = t.form.definition.due_days;
  v.due_date = iso_date(reporting::due_date(t.period, due_days));
  v.late = sub.submitted_at.empty() ? reporting::is_late(t.period, due_days, today)
                                    : reporting::is_late(t.period, due_days, day_of(sub.submitted_at));
  v.locked_reason = lock_reason(t, sub.status, today, user);
  v.history = store::events_of(s, sub.id);
  v.problems = reporting::evaluate(v.definition, v.values,
                                   store::history_before(s, t.form.id, t.organisation.id, sub.period));
  return v;
}

std::string audit_json(const store::StoredSubmission& sub, const reporting::FormDefinition* d,
                       const reporting::Values* values) {
  nlohmann::ordered_json j = {{"form_id", sub.form_id}, {"organisation_id", sub.organisation_id},
                              {"period", sub.period}, {"status", sub.status}, {"row_version", sub.row_version},
                              {"comment", sub.comment}};
  if (d && values) j["values"] = values_json(*d, *values);
  return j.dump();
}

// Writes `next` (status, comment, stamps) over `before`, with its history
// event and audit entry; "conflict" when someone changed it in between.
Status write_step(soci::session& s, const store::StoredSubmission& before, const store::StoredSubmission& next,
                  const std::string& action, const std::string& comment, const std::optional<User>& user,
                  const std::string& audit_after) {
  if (!store::update_submission(s, next)) {
    auto now = store::find_submission(s, before.form_id, before.organisation_id, before.period);
    return stale(before.row_version, now ? now->row_version : before.row_version + 1);
  }
  store::append_event(s, before.id, {.at = {}, .actor = actor_name(user), .action = action, .comment = comment});
  store::append_audit(s, {.actor = actor_name(user), .action = action, .entity = "reporting_submission",
                          .entity_id = before.id, .before_json = audit_json(before, nullptr, nullptr),
                          .after_json = audit_after});
  return {};
}

// A decision of the board on an existing submission in `from` status.
using Decide = std::function<Status(store::StoredSubmission& next, std::string& event_comment)>;
// What else a decision does in its transaction once the step is written.
using AfterStep = std::function<Status(soci::session& s, const Target& t, const store::StoredSubmission& before)>;

Result<SubmissionView> decide(store::Database& db, const SubmissionKey& key, const std::optional<User>& user,
                              const std::string& from, const std::string& action, const std::string& wrong_status,
                              const Decide& change, const AfterStep& then = {}) {
  SubmissionView view;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto t = load(s, key, Action::decide, user);
    if (!t) return t.error();
    if (!t->submission) return missing(user);
    const auto& before = *t->submission;
    if (before.status != from) return conflict_error(wrong_status + " (status: " + before.status + ").");
    auto next = before;
    std::string comment;
    if (auto ok = change(next, comment); !ok) return ok;
    auto after = next;
    after.row_version += 1;
    if (auto ok = write_step(s, before, next, action, comment, user, audit_json(after, nullptr, nullptr)); !ok)
      return ok;
    if (then)
      if (auto ok = then(s, *t, before); !ok) return ok;
    view = view_of(s, *t, *store::find_submission(s, t->form.id, t->organisation.id, before.period), user);
    return {};
  });
  if (!st) return st.error();
  return view;
}

Error required(const std::string& field, const std::string& label) {
  return validation_error(i18n::trf("{1} måste fyllas i.", {label}), {}, field);
}

}  // namespace

Result<SubmissionView> get_submission(store::Database& db, const SubmissionKey& key, const std::optional<User>& user) {
  SubmissionView view;
  Status st = db.read([&](soci::session& s) -> Status {
    auto t = load(s, key, Action::read, user);
    if (!t) return t.error();
    if (!t->submission) return missing(user);
    view = view_of(s, *t, *t->submission, user);
    return {};
  });
  if (!st) return st.error();
  return view;
}

Result<SubmissionView> save_submission_in(soci::session& s, const SubmissionKey& key, const nlohmann::json& body,
                                          const std::string& comment, const std::optional<User>& user) {
  SubmissionView view;
  {
    auto t = load(s, key, Action::update, user);
    if (!t) return t.error();
    const std::string status = t->submission ? t->submission->status : kDraft;
    if (auto why = lock_reason(*t, status, store::clock_of(s).today(), user); !why.empty()) return conflict_error(why);
    std::int64_t version_id = t->submission ? t->submission->version_id : t->form.version_id;
    auto definition = store::form_version(s, version_id).value_or(t->form.definition);
    // Values are read against the version they are reported on.
    auto read = values_from_json(definition, body);
    if (!read) {
      Error e = read.error();
      if (e.message == "Fältet finns inte i formuläret.")
        e.message = "Fältet finns inte i version " + std::to_string(store::version_number(s, version_id)) +
                    " av formuläret.";
      return e;
    }
    const auto& values = *read;
    store::StoredSubmission sub;
    if (!t->submission) {
      sub = {.id = 0, .form_id = t->form.id, .version_id = version_id, .organisation_id = t->organisation.id,
             .period = reporting::to_string(t->period), .status = kDraft, .row_version = 1, .comment = comment,
             .submitted_at = {}, .submitted_by = {}, .approved_at = {}, .approved_by = {}};
      sub.id = store::insert_submission(s, sub);
      store::replace_values(s, sub.id, values);
      store::append_event(s, sub.id, {.at = {}, .actor = actor_name(user), .action = "save", .comment = comment});
      store::append_audit(s, {.actor = actor_name(user), .action = "create", .entity = "reporting_submission",
                              .entity_id = sub.id, .before_json = std::nullopt,
                              .after_json = audit_json(sub, &definition, &values)});
    } else {
      const auto& before = *t->submission;
      auto next = before;
      next.comment = comment;
      auto after = next;
      after.row_version += 1;
      store::replace_values(s, before.id, values);
      if (auto ok = write_step(s, before, next, "save", comment, user, audit_json(after, &definition, &values)); !ok)
        return ok.error();
    }
    view = view_of(s, *t, *store::find_submission(s, t->form.id, t->organisation.id, reporting::to_string(t->period)),
                   user);
  }
  return view;
}

Result<SubmissionView> save_submission(store::Database& db, const SubmissionKey& key, const nlohmann::json& body,
                                       const std::string& comment, const std::optional<User>& user) {
  SubmissionView view;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto saved = save_submission_in(s, key, body, comment, user);
    if (!saved) return saved.error();
    view = std::move(*saved);
    return {};
  });
  if (!st) return st.error();
  return view;
}

Result<SubmissionView> submit_submission_in(soci::session& s, const SubmissionKey& key,
                                            const std::optional<std::string>& comment,
                                            const std::optional<User>& user) {
  SubmissionView view;
  {
    auto t = load(s, key, Action::update, user);
    if (!t) return t.error();
    if (!t->submission)
      return conflict_error("Det finns inget utkast för " + reporting::to_string(t->period) +
                            " att skicka in: spara värdena först.");
    const auto& before = *t->submission;
    if (auto why = lock_reason(*t, before.status, store::clock_of(s).today(), user); !why.empty()) return conflict_error(why);
    auto next = before;
    if (comment) next.comment = *comment;
    auto current = view_of(s, *t, before, user);
    for (const auto& p : current.problems)
      if (p.importance == reporting::Importance::error) return validation_error(p.message, {}, p.field);
    for (const auto& p : current.problems)
      if (p.importance == reporting::Importance::warning && next.comment.empty())
        return validation_error(i18n::trf("Varning för {1}: {2} Skriv en kommentar som förklarar värdet innan du "
                                          "skickar in.",
                                          {p.field.substr(7), p.message}),
                                {}, "comment");
    next.status = kSubmitted;
    next.submitted_at = store::clock_of(s).now_text();
    next.submitted_by = actor_name(user);
    auto after = next;
    after.row_version += 1;
    if (auto ok = write_step(s, before, next, "submit", next.comment, user, audit_json(after, nullptr, nullptr)); !ok)
      return ok.error();
    view = view_of(s, *t, *store::find_submission(s, t->form.id, t->organisation.id, before.period), user);
  }
  return view;
}

Result<SubmissionView> submit_submission(store::Database& db, const SubmissionKey& key,
                                         const std::optional<std::string>& comment, const std::optional<User>& user) {
  SubmissionView view;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto submitted = submit_submission_in(s, key, comment, user);
    if (!submitted) return submitted.error();
    view = std::move(*submitted);
    return {};
  });
  if (!st) return st.error();
  return view;
}

Result<SubmissionView> approve_submission(store::Database& db, const SubmissionKey& key,
                                          const std::optional<User>& user) {
  return decide(db, key, user, kSubmitted, "approve", i18n::tr("Bara en inskickad rapport kan godkännas"),
                [&](store::StoredSubmission& next, std::string&) -> Status {
                  next.status = kApproved;
                  next.approved_at = db.clock().now_text();
                  next.approved_by = actor_name(user);
                  return {};
                },
                // Into the statistics (statistics_link.hpp), in the same transaction.
                [&](soci::session& s, const Target& t, const store::StoredSubmission& before) -> Status {
                  return publish_to_statistics(s, before, t.organisation, t.form.county_code, actor_name(user));
                });
}

Result<SubmissionView> return_submission(store::Database& db, const SubmissionKey& key, const std::string& text,
                                         const std::optional<User>& user) {
  return decide(db, key, user, kSubmitted, "return", i18n::tr("Bara en inskickad rapport kan lämnas tillbaka"),
                [&](store::StoredSubmission& next, std::string& comment) -> Status {
                  if (text.empty()) return required("comment", i18n::tr("Kommentaren till organisationen"));
                  next.status = kReturned;
                  comment = text;
                  return {};
                });
}

Result<SubmissionView> reopen_submission(store::Database& db, const SubmissionKey& key, const std::string& text,
                                         const std::optional<User>& user) {
  return decide(db, key, user, kApproved, "reopen", i18n::tr("Bara en godkänd rapport kan öppnas igen"),
                [&](store::StoredSubmission& next, std::string& comment) -> Status {
                  if (text.empty()) return required("reason", i18n::tr("Skälet att öppna rapporten igen"));
                  next.status = kDraft;
                  next.approved_at.clear();
                  next.approved_by.clear();
                  comment = text;
                  return {};
                },
                // Out of the statistics until approved again (statistics_link.hpp).
                [&](soci::session& s, const Target&, const store::StoredSubmission& before) -> Status {
                  withdraw_from_statistics(s, before.id, actor_name(user));
                  return {};
                });
}

}  // namespace jamt::service
