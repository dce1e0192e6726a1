#pragma once
// What the submission page needs besides the submission itself: the form
// and organisation it belongs to, a view of a report not begun yet (empty,
// on the form's current version), and which buttons the viewer gets.
#include <optional>

#include "domain/account.hpp"
#include "service/reporting/completeness.hpp"
#include "service/reporting/submission_service.hpp"
#include "store/database.hpp"

namespace jamt::service {

struct SubmissionPage {
  store::StoredForm form{};
  ReportingOrganisation organisation{};
  bool exists = false;       // a report has been saved; else `view` is an empty one
  SubmissionView view{};     // status "" and no values when !exists
  bool may_edit = false;     // may save and submit now (locked_reason empty and allowed)
  bool may_decide = false;   // the board: approve, return, reopen
};

// The page of `key`'s report. Errors as for get_submission, except that a
// report not begun yet is a page (exists false) for those who may read the
// organisation's reports of an assigned form.
Result<SubmissionPage> submission_page(store::Database& db, const SubmissionKey& key, const std::optional<User>& user);

}  // namespace jamt::service
