#pragma once
// Submissions of reporting forms: one row per form, organisation and
// period, its values (one per cell, the text as typed and its number) and
// its history of events. Functions take a session inside the caller's
// transaction and throw SOCI's errors.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/reporting/validation.hpp"

namespace soci {
class session;
}

namespace jamt::store {

struct StoredSubmission {
  std::int64_t id = 0;
  std::int64_t form_id = 0;
  std::int64_t version_id = 0;  // the form version the values were reported on
  std::int64_t organisation_id = 0;
  std::string period{};
  std::string status{};  // "draft", "submitted", "approved", "returned"
  int row_version = 1;   // raised by every change; sent as ETag, checked against If-Match
  std::string comment{};
  std::string submitted_at{}, submitted_by{};  // "" until submitted
  std::string approved_at{}, approved_by{};    // "" unless approved
};

// One step in a submission's history.
struct SubmissionEvent {
  std::string at{};      // UTC "YYYY-MM-DDTHH:MM:SSZ"
  std::string actor{};   // e-mail
  std::string action{};  // "save", "submit", "approve", "return", "reopen"
  std::string comment{};
};

// The submission of `organisation_id` for `period` of form `form_id`, or nullopt.
std::optional<StoredSubmission> find_submission(soci::session& s, std::int64_t form_id, std::int64_t organisation_id,
                                                const std::string& period);

// Inserts a new submission (row_version 1) and returns its id.
// The county of submission `id`'s organisation; nullopt when there is no
// such submission.
std::optional<std::string> submission_county(soci::session& s, std::int64_t id);

// Every submission of organisation `organisation_id`, of every form, by
// form id and period.
std::vector<StoredSubmission> submissions_of_organisation(soci::session& s, std::int64_t organisation_id);

// Every submission of form `form_id` (all periods, all organisations), by
// period and organisation — one query, for the national and the per-period
// completeness.
std::vector<StoredSubmission> submissions_of_form(soci::session& s, std::int64_t form_id);

std::int64_t insert_submission(soci::session& s, const StoredSubmission& submission);

// Writes `submission`'s status, comment and stamps, and raises its row
// version by one — only when the stored row version is still
// `submission.row_version`. False (nothing written) when someone else
// changed it in between.
bool update_submission(soci::session& s, const StoredSubmission& submission);

// Replaces every value of the submission.
void replace_values(soci::session& s, std::int64_t submission_id, const reporting::Values& values);

// The submission's values.
reporting::Values values_of(soci::session& s, std::int64_t submission_id);

// Appends to the history (the time is the session's clock).
void append_event(soci::session& s, std::int64_t submission_id, const SubmissionEvent& event);

// The history, oldest first.
std::vector<SubmissionEvent> events_of(soci::session& s, std::int64_t submission_id);

// The numbers the organisation reported for each cell in submitted or
// approved periods of the form before `period`, oldest first.
reporting::History history_before(soci::session& s, std::int64_t form_id, std::int64_t organisation_id,
                                  const std::string& period);

// Every submission of the form for `period`.
std::vector<StoredSubmission> submissions_for_period(soci::session& s, std::int64_t form_id,
                                                     const std::string& period);

}  // namespace jamt::store
