#pragma once
// Reporting reminders in the database: when the last reminder went for a
// form, an organisation and a period (table reporting_reminders, migration
// 15), and who receives them. Functions take a session inside the caller's
// transaction and throw SOCI's errors.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace jamt::store {

// The last reminder about one form, organisation and period.
struct StoredReminder {
  std::int64_t id = 0;
  std::int64_t form_id = 0;
  std::int64_t organisation_id = 0;
  std::string period{};
  std::string kind{};     // "due_soon", "overdue", "returned"
  std::string sent_on{};  // Swedish date "YYYY-MM-DD"
  std::string sent_at{};  // UTC "YYYY-MM-DDTHH:MM:SSZ"
};

// The reminder row of the form, organisation and period, or nullopt.
std::optional<StoredReminder> find_reminder(soci::session& s, std::int64_t form_id, std::int64_t organisation_id,
                                            const std::string& period);

// Records that a reminder of `reminder.kind` went on `reminder.sent_on` at
// `reminder.sent_at`: inserts the row, or updates it when it was last sent
// on an earlier day. Returns the row's id, or nullopt when a reminder
// already went on `sent_on` (someone else claimed the day first).
std::optional<std::int64_t> claim_reminder(soci::session& s, const StoredReminder& reminder);

// The e-mail addresses of the enabled contacts (role org_contact) of the
// organisation, sorted.
std::vector<std::string> contact_emails(soci::session& s, std::int64_t organisation_id);

}  // namespace jamt::store
