#include "service/registers/register_service.hpp"

#include "domain/i18n/translate.hpp"
#include "domain/registers/label_text.hpp"

#include "service/registers/record_json.hpp"
#include "service/registers/reference_scope.hpp"
#include "service/registers/save_refusal.hpp"
#include "store/constraint_error.hpp"
#include "store/audit_repository.hpp"
#include "store/register_repository.hpp"

namespace jamt::service {

namespace {

using registers::Record;

Error first_or_report(std::vector<Error> errors, std::vector<Error>* problems) {
  Error first = errors.front();
  if (problems) *problems = std::move(errors);
  return first;
}

// Runs the register's checks on `record` after its references were checked
// against the user's scope: the refused references first, then the
// problems `prepare` and `check_for_user` find in the other fields.
void run_checks(soci::session& s, const RegisterRules& rules, Record& record, const Record* before,
                const std::optional<User>& user, std::vector<Error>& errors) {
  auto refused = check_references(s, *rules.spec, record, before, user);
  auto keep = [&](const Error& e) {
    for (const auto& r : refused)
      if (r.field == e.field) return false;
    return true;
  };
  errors.insert(errors.end(), refused.begin(), refused.end());
  if (rules.prepare)
    for (auto& e : rules.prepare(s, record, before))
      if (keep(e)) errors.push_back(std::move(e));
  if (rules.check_for_user)
    for (auto& e : rules.check_for_user(s, record, before, user))
      if (keep(e)) errors.push_back(std::move(e));
}

// True when `value` is what a filter on `name` can match: ids, references and
// whole numbers are compared as numbers, so they must be digits.
bool filter_value_fits(const registers::EntitySpec& spec, const std::string& name, const std::string& value) {
  const auto* f = spec.field(name);
  const bool numeric = name == "id" || (f && (f->kind == registers::FieldKind::reference ||
                                              f->kind == registers::FieldKind::integer));
  if (!numeric) return true;
  return !value.empty() && value.size() <= 18 && value.find_first_not_of("0123456789") == std::string::npos;
}

bool matches(const registers::EntitySpec& spec, const Record& r, const std::string& folded_search) {
  if (folded_search.empty()) return true;
  for (const auto& name : spec.search_fields) {
    const auto* f = spec.field(name);
    std::string shown = f ? registers::display_value(*f, registers::value_of(r, name)) : "";
    if (registers::fold_case(registers::value_of(r, name)).find(folded_search) != std::string::npos) return true;
    if (registers::fold_case(shown).find(folded_search) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

bool allowed(store::Database& db, const RegisterRules& rules, Action action, const Record& record,
             const std::optional<User>& user) {
  Scope scope;
  if (!db.read([&](soci::session& s) -> Status {
        scope = rules.scope_of(s, record);
        return {};
      }))
    return false;
  if (action == Action::remove) return authorize_removal(user, scope, rules.contacts_may_delete).ok();
  return static_cast<bool>(authorize(user, action, scope));
}

bool may_create(const RegisterRules& rules, const std::optional<User>& user) {
  return may_create_in_register(user, rules.contacts_may_create) || (rules.national_records && is_coordinator(user));
}

std::string actor_name(const std::optional<User>& user) { return user ? user->email : "public"; }

Record insert_checked(soci::session& s, const RegisterRules& rules, Record record, const std::string& actor) {
  auto id = store::insert_record(s, *rules.spec, record);
  record = store::find_record(s, *rules.spec, id).value_or(record);
  record["id"] = std::to_string(id);
  store::append_audit(s, {.actor = actor,
                          .action = "create",
                          .entity = rules.spec->entity,
                          .entity_id = id,
                          .after_json = audit_json(*rules.spec, record).dump()});
  return record;
}

Record apply_change(soci::session& s, const RegisterRules& rules, std::int64_t id, const Record& changes,
                    const std::string& actor, const std::string& action) {
  auto before = store::find_record(s, *rules.spec, id);
  store::update_record(s, *rules.spec, id, changes);
  auto after = store::find_record(s, *rules.spec, id);
  store::append_audit(
      s, {.actor = actor,
          .action = action,
          .entity = rules.spec->entity,
          .entity_id = id,
          .before_json = before ? std::optional<std::string>(audit_json(*rules.spec, *before).dump()) : std::nullopt,
          .after_json = after ? std::optional<std::string>(audit_json(*rules.spec, *after).dump()) : std::nullopt});
  return after.value_or(Record{});
}

Result<Record> create_record(store::Database& db, const RegisterRules& rules, const Record& input,
                             const std::optional<User>& user, std::vector<Error>* problems) {
  if (!user && !rules.public_list) {
    // Nothing is created by the public through the generic path.
    if (auto a = authorize(user, Action::create, Scope{}); !a) return a.error();
  }
  auto checked = registers::check_record(*rules.spec, input, false);
  if (malformed_reference(*rules.spec, checked.record)) return first_or_report(checked.errors, problems);
  Record saved;
  Status st = db.transaction([&](soci::session& s) -> Status {
    run_checks(s, rules, checked.record, nullptr, user, checked.errors);
    if (rules.authorize_before_checks)
      if (auto a = authorize(user, Action::create, rules.scope_of(s, checked.record)); !a) return a.error();
    if (!checked.errors.empty()) return first_or_report(checked.errors, problems);
    if (auto a = authorize(user, Action::create, rules.scope_of(s, checked.record)); !a) return a.error();
    try {
      saved = insert_checked(s, rules, checked.record, actor_name(user));
    } catch (const std::exception& e) {
      if (auto refused = save_refusal(*rules.spec, e)) return *refused;
      throw;
    }
    return {};
  });
  st = explain_refusal(db, *rules.spec, checked.record, std::move(st));
  if (!st) return st.error();
  return saved;
}

Result<Record> get_record(store::Database& db, const RegisterRules& rules, std::int64_t id,
                          const std::optional<User>& user) {
  std::optional<Record> found;
  Status st = db.read([&](soci::session& s) -> Status {
    found = store::find_record(s, *rules.spec, id);
    if (!found) return missing_record_error(user, rules.spec->label_sv);
    return authorize_stored(user, Action::read, rules.scope_of(s, *found), rules.spec->label_sv);
  });
  if (!st) return st.error();
  return *found;
}

Result<std::vector<Record>> list_records(store::Database& db, const RegisterRules& rules, const RecordQuery& query,
                                         const std::optional<User>& user) {
  if (!user && !rules.public_list) return Error{ErrorKind::unauthorized, "log in to do this", {}, {}};
  store::RecordFilter filter;
  for (const auto& [name, value] : query.equals) {
    if (!rules.spec->field(name) && name != "id") return validation_error(i18n::trf("okänt filter \"{1}\"", {name}), {}, name);
    if (!filter_value_fits(*rules.spec, name, value))
      return validation_error(i18n::trf("filtret \"{1}\" ska vara ett heltal", {name}), {}, name);
    filter.equals.emplace_back(name, value);
  }
  if (!query.order_by.empty() && !rules.spec->field(query.order_by))
    return validation_error(i18n::trf("okänd sortering \"{1}\"", {query.order_by}), {}, "order");
  filter.order_by = query.order_by.empty() ? rules.spec->title_field : query.order_by;
  std::string folded = registers::fold_case(query.search);
  std::vector<Record> out;
  Status st = db.read([&](soci::session& s) -> Status {
    for (auto& r : store::find_records(s, *rules.spec, filter)) {
      if (!matches(*rules.spec, r, folded)) continue;
      if (authorize(user, Action::read, rules.scope_of(s, r))) out.push_back(std::move(r));
    }
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<Record> update_record(store::Database& db, const RegisterRules& rules, std::int64_t id, const Record& changes,
                             const std::optional<User>& user, std::vector<Error>* problems) {
  auto checked = registers::check_record(*rules.spec, changes, true);
  if (malformed_reference(*rules.spec, checked.record)) return first_or_report(checked.errors, problems);
  Record after;
  Record merged_input;  // the record as it was to be saved
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto before = store::find_record(s, *rules.spec, id);
    if (!before) return missing_record_error(user, rules.spec->label_sv);
    if (auto a = authorize_stored(user, Action::update, rules.scope_of(s, *before), rules.spec->label_sv); !a) return a.error();
    Record merged = *before;
    for (const auto& [k, v] : checked.record) merged[k] = v;
    run_checks(s, rules, merged, &*before, user, checked.errors);
    merged_input = merged;
    if (!checked.errors.empty()) return first_or_report(checked.errors, problems);
    Scope before_scope = rules.scope_of(s, *before), after_scope = rules.scope_of(s, merged);
    if (auto a = authorize(user, Action::update, after_scope); !a) return a.error();
    // Moving a record to another county is the board's (or an admin's) call.
    if (before_scope.county_code != after_scope.county_code && user && !is_admin(user))
      return Error{ErrorKind::forbidden, "you are not allowed to do this", {}, {}};
    Record diff;
    for (const auto& f : rules.spec->fields)
      if (registers::value_of(merged, f.name) != registers::value_of(*before, f.name)) diff[f.name] = merged[f.name];
    if (diff.empty()) {
      after = *before;
      return {};
    }
    try {
      after = apply_change(s, rules, id, diff, actor_name(user), "update");
    } catch (const std::exception& e) {
      if (auto refused = save_refusal(*rules.spec, e)) return *refused;
      throw;
    }
    return {};
  });
  st = explain_refusal(db, *rules.spec, merged_input, std::move(st));
  if (!st) return st.error();
  return after;
}

Status delete_record(store::Database& db, const RegisterRules& rules, std::int64_t id,
                     const std::optional<User>& user) {
  // A record the user may not read answers as a missing one; one they read
  // but may not delete (a contact and its organisation) is "forbidden".
  auto removable = [&](soci::session& s, const Record& before) -> Status {
    Scope scope = rules.scope_of(s, before);
    if (auto a = authorize_stored(user, Action::read, scope, rules.spec->label_sv); !a) return a;
    return authorize_removal(user, scope, rules.contacts_may_delete);
  };
  if (rules.remove) {
    Status first = db.read([&](soci::session& s) -> Status {
      auto before = store::find_record(s, *rules.spec, id);
      if (!before) return missing_record_error(user, rules.spec->label_sv);
      return authorize_stored(user, Action::read, rules.scope_of(s, *before), rules.spec->label_sv);
    });
    if (!first) return first;
    if (is_org_contact(user) && !rules.contacts_may_delete)
      return Error{ErrorKind::forbidden, "you are not allowed to do this", {}, {}};
    return rules.remove(db, id, user);
  }
  return db.transaction([&](soci::session& s) -> Status {
    auto before = store::find_record(s, *rules.spec, id);
    if (!before) return missing_record_error(user, rules.spec->label_sv);
    if (auto a = removable(s, *before); !a) return a.error();
    try {
      store::delete_record(s, *rules.spec, id);
    } catch (const std::exception& e) {
      if (store::constraint_kind(e) == store::ConstraintKind::foreign_key)
        return conflict_error(i18n::trf("{1} används i andra register och kan inte tas bort", {registers::label_text(rules.spec->label_sv)}));
      throw;
    }
    store::append_audit(s, {.actor = actor_name(user),
                            .action = "delete",
                            .entity = rules.spec->entity,
                            .entity_id = id,
                            .before_json = audit_json(*rules.spec, *before).dump()});
    return {};
  });
}

}  // namespace jamt::service
