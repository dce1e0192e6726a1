#include "store/reporting/reminder_repository.hpp"

#include <soci/soci.h>

namespace jamt::store {

std::optional<StoredReminder> find_reminder(soci::session& s, std::int64_t form_id, std::int64_t organisation_id,
                                            const std::string& period) {
  long long form = form_id, org = organisation_id, id = 0;
  StoredReminder r;
  soci::statement st =
      (s.prepare << "SELECT id, kind, sent_on, sent_at FROM reporting_reminders "
                    "WHERE form_id = :f AND organisation_id = :o AND period = :p",
       soci::into(id), soci::into(r.kind), soci::into(r.sent_on), soci::into(r.sent_at), soci::use(form),
       soci::use(org), soci::use(period));
  if (!st.execute(true)) return std::nullopt;
  r.id = id;
  r.form_id = form_id;
  r.organisation_id = organisation_id;
  r.period = period;
  return r;
}

std::optional<std::int64_t> claim_reminder(soci::session& s, const StoredReminder& reminder) {
  auto existing = find_reminder(s, reminder.form_id, reminder.organisation_id, reminder.period);
  if (!existing) {
    long long form = reminder.form_id, org = reminder.organisation_id, id = 0;
    s << "INSERT INTO reporting_reminders (form_id, organisation_id, period, kind, sent_on, sent_at) "
         "VALUES (:f, :o, :p, :k, :d, :a) RETURNING id",
        soci::use(form), soci::use(org), soci::use(reminder.period), soci::use(reminder.kind),
        soci::use(reminder.sent_on), soci::use(reminder.sent_at), soci::into(id);
    return id;
  }
  if (existing->sent_on >= reminder.sent_on) return std::nullopt;
  long long id = existing->id;
  // The condition on sent_on makes two runs racing for the same day update once.
  soci::statement st = (s.prepare << "UPDATE reporting_reminders SET kind = :k, sent_on = :d, sent_at = :a "
                                     "WHERE id = :i AND sent_on < :d2",
                        soci::use(reminder.kind), soci::use(reminder.sent_on), soci::use(reminder.sent_at),
                        soci::use(id), soci::use(reminder.sent_on));
  st.execute(true);
  if (st.get_affected_rows() != 1) return std::nullopt;
  return existing->id;
}

std::vector<std::string> contact_emails(soci::session& s, std::int64_t organisation_id) {
  long long org = organisation_id;
  std::vector<std::string> out;
  soci::rowset<std::string> rows =
      (s.prepare << "SELECT email FROM users WHERE role = 'org_contact' AND organisation_id = :o AND disabled = 0 "
                    "ORDER BY email",
       soci::use(org));
  for (const auto& e : rows) out.push_back(e);
  return out;
}

}  // namespace jamt::store
