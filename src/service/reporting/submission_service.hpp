#pragma once
// An organisation's report for one period of a form (docs/reporting.md,
// "Submissions"): saving a draft, submitting, and the board's approving,
// returning and reopening. Each step is one transaction that checks who
// asks (`authorize` on the organisation's scope: contacts change their own
// organisation's reports, strategists of its county and admins decide), the
// row version the client saw (If-Match), and whether the report may be
// changed now; it writes the history, raises the row version and appends
// an audit entry (entity "reporting_submission"). Time is the database's
// clock.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "domain/account.hpp"
#include "domain/reporting/validation.hpp"
#include "store/database.hpp"
#include "store/reporting/submission_repository.hpp"

namespace jamt::service {

// Which submission: the form, the organisation and the period as written
// ("2025Q2"), and the row version the client last saw (If-Match), if any:
// 0 when there was no report yet (a page opened on an empty form sends it),
// so that of two people who start the same report the second is refused.
struct SubmissionKey {
  std::int64_t form_id = 0;
  std::int64_t organisation_id = 0;
  std::string period{};
  std::optional<int> if_match{};
};

// A submission as GET …/submissions/{organisation}/{period} answers.
struct SubmissionView {
  store::StoredSubmission submission{};
  int version = 1;                          // the form version it was reported on
  reporting::FormDefinition definition{};   // that version's definition
  reporting::Values values{};
  bool late = false;
  std::string due_date{};                   // "YYYY-MM-DD"
  std::string locked_reason{};              // "" when the caller may change it now; else why not (Swedish)
  std::vector<store::SubmissionEvent> history{};
  std::vector<reporting::Problem> problems{};
};

// The submission. Error "not_found" ("no submission with that id") when it
// does not exist and equally when the caller may not read it;
// "unauthorized" for the public; "validation" (field period) for a period
// that is not one of the form's.
Result<SubmissionView> get_submission(store::Database& db, const SubmissionKey& key, const std::optional<User>& user);

// Saves `values` — the body's "values" as values_from_json reads them
// against the submission's form version — replacing all earlier ones, and
// `comment` as a draft,
// problems and all: the problems are in the answer, nothing typed is lost.
// A new submission uses the form's current version; an existing one keeps
// its own. Errors: "validation" naming the cell for a cell the version does
// not have, "conflict" for a stale If-Match, a report that is
// submitted or approved, a period not yet open, or — for contacts — past
// the form's closing date (the message says why, in Swedish); the access
// errors as for get_submission ("forbidden" for a coordinator).
Result<SubmissionView> save_submission(store::Database& db, const SubmissionKey& key, const nlohmann::json& values,
                                       const std::string& comment, const std::optional<User>& user);

// Submits the draft (or returned report), with `comment` replacing its
// comment when given. Refused with "validation" naming the cell
// (`values.E1.total`) and the rule's message when a rule of importance
// error fails, or naming "comment" when a warning fails and there is no
// comment. Errors otherwise as for save_submission.
Result<SubmissionView> submit_submission(store::Database& db, const SubmissionKey& key,
                                         const std::optional<std::string>& comment, const std::optional<User>& user);

// save_submission and submit_submission inside a transaction the caller
// holds (an upload saves many reports all-or-nothing): the same checks,
// writes and errors, nothing committed here. After an error the caller
// must roll the transaction back.
Result<SubmissionView> save_submission_in(soci::session& s, const SubmissionKey& key, const nlohmann::json& values,
                                          const std::string& comment, const std::optional<User>& user);
Result<SubmissionView> submit_submission_in(soci::session& s, const SubmissionKey& key,
                                            const std::optional<std::string>& comment,
                                            const std::optional<User>& user);

// The board's decisions (Action::decide; "forbidden" for contacts and
// coordinators). approve: a submitted report becomes approved and locked.
// return: a submitted report goes back to the organisation with a required
// `text` (field "comment"). reopen: an approved report becomes a draft
// again, with a required `text` (field "reason"). "conflict" in any other
// status.
Result<SubmissionView> approve_submission(store::Database& db, const SubmissionKey& key,
                                          const std::optional<User>& user);
Result<SubmissionView> return_submission(store::Database& db, const SubmissionKey& key, const std::string& text,
                                         const std::optional<User>& user);
Result<SubmissionView> reopen_submission(store::Database& db, const SubmissionKey& key, const std::string& text,
                                         const std::optional<User>& user);

}  // namespace jamt::service
