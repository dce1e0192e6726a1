#pragma once
// Applying to join a county's strategy (the public form /anslut/{county}),
// and the action plan file that may come with the application or later.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "service/joining/join_guard.hpp"
#include "service/registers/register_service.hpp"
#include "store/joining_file_repository.hpp"

namespace jamt::service {

// A file as uploaded: its name on the sender's computer and its bytes.
struct UploadedFile {
  std::string file_name;
  std::string content;
};

// Submits an application to join the strategy of `county_code` from the
// fields of registers::joining_application_spec() and an optional action
// plan file. Anyone may apply (the public included); the actor in the audit
// log is the user, or "public".
//
// First the guard: `guard.token` must be a live token of this county's form
// (issue_join_token), else Error "csrf" and nothing is created; the client
// address may have sent at most account_policy().join_applications_per_hour
// accepted applications in the last hour, else Error "throttled" (counted
// again in the creating transaction under a lock per address, so parallel
// submissions cannot pass the limit; refused ones do not count, so that a
// typo does not cost an applicant one of the hour's applications). Then everything is
// checked (each problem with its field, all of them in
// `problems`: the fields, a decision date in the future, a name that starts
// like a spreadsheet formula, the file's type, content and size, the
// organisation's stored files over account_policy().applicant_storage_bytes,
// an organisation that
// already applied or joined in this county); then, in one transaction, the
// token is spent (a parallel request with the same token loses), the
// submission is counted for the address, the
// contact person is added to the people register (role kontaktperson, no
// organisation until approval), the joining is added with status "ansokt"
// and the file is stored. The organisation register is not touched: an
// organisation with the same number is linked at once, a new one is added
// only when the board approves, so that the register holds only
// organisations someone at the board has seen.
// Errors: "validation" and "conflict" with `field`, "not_found" for an
// unknown county.
Result<registers::Record> submit_application(store::Database& db, const std::string& county_code,
                                             const registers::Record& input, const std::optional<UploadedFile>& file,
                                             const std::optional<User>& user, const JoinGuard& guard,
                                             std::vector<Error>* problems = nullptr);

// Replaces joining `id`'s action plan file (Action::update: the county's
// strategists, the organisation's contacts). Audit action "action_plan".
// Errors: "validation" (field action_plan_file: type, content, size, the
// organisation's storage cap) and the access errors.
Result<registers::Record> replace_action_plan(store::Database& db, std::int64_t id, const UploadedFile& file,
                                              const std::optional<User>& user);

// Joining `id`'s action plan file for those who may read the joining;
// "not_found" when it has none.
Result<store::StoredFile> action_plan_of(store::Database& db, std::int64_t id, const std::optional<User>& user);

}  // namespace jamt::service
