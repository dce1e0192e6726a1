#pragma once
// Creating, reading, changing and deleting register records, with the
// authorisation policy and the audit log applied the same way for every
// register. Registers add their own rules through RegisterRules.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/registers/field_spec.hpp"
#include "domain/result.hpp"
#include "service/authorization.hpp"
#include "store/database.hpp"

namespace jamt::service {

// Always fill with designated initialisers (`.spec = …, .remove = …`): the
// members have defaults, so a positional list would silently shift when a
// member is added (issue 8: a joining deletable by contacts).
struct RegisterRules {
  const registers::EntitySpec* spec = nullptr;
  // The authorisation scope of a record (stored, or about to be stored).
  std::function<Scope(soci::session&, const registers::Record&)> scope_of{};
  // Checks that need the database or several fields, and derived values,
  // before a save. `record` holds every field (merged with `before` on an
  // update); `before` is the stored record, or nullptr on create. Returns
  // the problems, each with `field`. May be empty (no extra rules).
  std::function<std::vector<Error>(soci::session&, registers::Record& record, const registers::Record* before)>
      prepare{};
  // Checks that depend on who asks, run after `prepare` with the same
  // arguments and the user (e.g. only admins file a joining in another
  // county than the organisation's). Returns the problems, each with
  // `field`. May be empty.
  std::function<std::vector<Error>(soci::session&, const registers::Record& record, const registers::Record* before,
                                   const std::optional<User>& user)>
      check_for_user{};
  // Whether the public may ask for the list (and get the published
  // records); otherwise the public gets "unauthorized".
  bool public_list = false;
  // Whether organisation contacts may delete records of their own
  // organisation (not the organisation itself). When false, delete_record
  // refuses contacts with "forbidden" before `remove` is called.
  bool contacts_may_delete = true;
  // Replaces the plain delete when set (people are erased, not deleted). It
  // checks the user's right itself (after the contacts_may_delete check).
  std::function<Status(store::Database&, std::int64_t, const std::optional<User>&)> remove{};
  // Whether create asks for the right to create before reporting problems
  // found by `prepare` (for registers whose checks would otherwise tell an
  // outsider about other records, e.g. another organisation's membership).
  bool authorize_before_checks = false;
  // Whether organisation contacts may create records here at all (for the
  // "Ny …" button; create_record checks the record's scope either way).
  bool contacts_may_create = true;
  // Whether records of region "00" are kept here by the national
  // coordinator (groups: national networks), for the "Ny …" button.
  bool national_records = false;
};

// The name written in the audit log for `user`: the e-mail, or "public".
std::string actor_name(const std::optional<User>& user);

// Before `prepare`, every reference the record sets (or, on an update,
// changes) is checked with check_references: one to a record the user may
// not read is refused exactly like one to a missing record
// ("<label>: finns inte", naming the field), and `prepare` sees it empty.
//
// Creates a record from user input. On a validation failure returns the
// first problem and, when `problems` is given, fills it with every problem
// (for forms). Errors: "validation", "unauthorized", "forbidden",
// "conflict". The creation is in the audit log.
Result<registers::Record> create_record(store::Database& db, const RegisterRules& rules, const registers::Record& input,
                                        const std::optional<User>& user, std::vector<Error>* problems = nullptr);

// The record with `id` if the user may read it; see missing_record_error
// for a missing record.
Result<registers::Record> get_record(store::Database& db, const RegisterRules& rules, std::int64_t id,
                                     const std::optional<User>& user);

// Records the user may read. `equals` filters on fields (unknown field:
// "validation" error naming it); `search` keeps records whose search
// fields contain it (case-insensitive, Swedish letters included).
struct RecordQuery {
  std::vector<std::pair<std::string, std::string>> equals{};
  std::string search{};
  std::string order_by{};
};
Result<std::vector<registers::Record>> list_records(store::Database& db, const RegisterRules& rules,
                                                    const RecordQuery& query, const std::optional<User>& user);

// Changes the fields present in `changes` (user input, partial). The user
// must be allowed to change the record both as it was and as it becomes.
// Errors as for create_record, plus not found. Audited with before/after.
Result<registers::Record> update_record(store::Database& db, const RegisterRules& rules, std::int64_t id,
                                        const registers::Record& changes, const std::optional<User>& user,
                                        std::vector<Error>* problems = nullptr);

// Deletes the record (audited), or calls `rules.remove`. Errors:
// "unauthorized", "forbidden" (also for an organisation contact when the
// register does not let contacts delete), "not_found", "conflict" when
// other records still refer to it.
Status delete_record(store::Database& db, const RegisterRules& rules, std::int64_t id,
                     const std::optional<User>& user);

// Whether `user` may do `action` to `record` (for showing or hiding buttons;
// the service functions check again). For Action::remove it also honours
// `contacts_may_delete`.
bool allowed(store::Database& db, const RegisterRules& rules, Action action, const registers::Record& record,
             const std::optional<User>& user);

// Whether `user` may create records in this register at all (for showing a
// "Ny …" button); see may_create_in_register.
bool may_create(const RegisterRules& rules, const std::optional<User>& user);

// Inside a transaction: writes `changes` (already checked, may include
// system fields) to record `id` and appends an audit entry with `action`
// ("update", "approve", …). Returns the record after the change.
registers::Record apply_change(soci::session& s, const RegisterRules& rules, std::int64_t id,
                               const registers::Record& changes, const std::string& actor, const std::string& action);

// Inside a transaction: inserts an already checked record (system fields
// allowed) and appends a "create" audit entry. Returns it with its id.
registers::Record insert_checked(soci::session& s, const RegisterRules& rules, registers::Record record,
                                 const std::string& actor);

}  // namespace jamt::service
