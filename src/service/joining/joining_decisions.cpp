#include "service/joining/joining_decisions.hpp"

#include "domain/registers/label_text.hpp"

#include "domain/i18n/translate.hpp"

#include <algorithm>

#include "domain/registers/follow_up_schedule.hpp"
#include "domain/registers/joining.hpp"
#include "domain/registers/person.hpp"
#include "service/joining/follow_up_history.hpp"
#include "service/joining/joining_register.hpp"
#include "service/organisation_plan/organisation_plan.hpp"
#include "store/audit_repository.hpp"
#include "store/organisation_plan/organisation_plan_repository.hpp"
#include "service/organisations/organisation_register.hpp"
#include "service/organisations/person_register.hpp"
#include "store/joining_file_repository.hpp"
#include "store/organisation_repository.hpp"
#include "store/register_repository.hpp"

namespace jamt::service {

namespace {

using registers::FieldKind;
using registers::Record;
using registers::value_of;

// The inputs of the decisions, checked like register fields.
const registers::EntitySpec& decision_inputs() {
  static const registers::EntitySpec spec = [] {
    registers::EntitySpec s;
    s.entity = "joining_decision";
    s.fields = {
        {.name = "joined_on", .label_sv = std::string(i18n::N_("Ansluten från")), .kind = FieldKind::date, .max_length = 10},
        {.name = "withdrawn_on", .label_sv = std::string(i18n::N_("Datum för utträdet")), .kind = FieldKind::date, .max_length = 10},
        {.name = "reason", .label_sv = std::string(i18n::N_("Skäl")), .kind = FieldKind::long_text, .max_length = 2000},
    };
    return s;
  }();
  return spec;
}

// `inputs` checked against decision_inputs(): the normalised values, or the
// first problem.
Result<Record> checked_inputs(const Record& inputs, const std::vector<std::string>& required) {
  auto checked = registers::check_record(decision_inputs(), inputs, true);
  if (!checked.errors.empty()) return checked.errors.front();
  for (const auto& name : required)
    if (value_of(checked.record, name).empty())
      return validation_error(i18n::trf("{1}: måste fyllas i", {registers::label_text(decision_inputs().field(name)->label_sv)}), {}, name);
  return checked.record;
}

Error date_error(const std::string& field, const std::string& label, const std::string& problem) {
  return validation_error(registers::label_text(label) + ": " + problem, {}, field);
}

// The joining `id` inside a transaction, if `user` may do `action` to it.
Result<Record> target(soci::session& s, std::int64_t id, Action action, const std::optional<User>& user) {
  const auto& rules = joining_rules();
  auto found = store::find_record(s, *rules.spec, id);
  if (!found) return missing_record_error(user, rules.spec->label_sv);
  if (auto a = authorize_stored(user, action, rules.scope_of(s, *found), rules.spec->label_sv); !a) return a.error();
  return *found;
}

Error wrong_status(const Record& joining, std::string_view what) {
  const auto* status = registers::joining_spec().field("status");
  return conflict_error(i18n::trf("{1} (status: {2})", {i18n::tr(what), registers::display_value(*status, value_of(joining, "status"))}));
}

// The organisation of an approved joining: its own, the one with the same
// number, or a new one added to the register now.
Result<std::string> organisation_for(soci::session& s, const Record& joining, const std::string& actor) {
  if (!value_of(joining, "organisation_id").empty()) return value_of(joining, "organisation_id");
  std::string number = value_of(joining, "org_number");
  if (auto found = store::organisation_with_number(s, number)) return std::to_string(*found);
  const auto& municipality = value_of(joining, "municipality_code");
  Record org{{"name", value_of(joining, "organisation_name")},
             {"org_number", number},
             {"type", value_of(joining, "organisation_type")},
             {"county_code", municipality.size() == 4 ? municipality.substr(0, 2) : value_of(joining, "county_code")},
             {"municipality_code", municipality}};
  const auto& rules = organisation_rules();
  auto problems = rules.prepare(s, org, nullptr);
  if (!problems.empty()) return problems.front();
  return value_of(insert_checked(s, rules, org, actor), "id");
}

// The commitments' starting statuses on approval, from what the application
// showed; commitments already set are kept.
void initial_commitments(soci::session& s, const Record& joining, Record& changes) {
  long long id = std::stoll(value_of(joining, "id"));
  bool has_file = store::find_joining_file(s, id).has_value();
  auto start = [&](const std::string& field, bool done) {
    if (value_of(joining, field).empty())
      changes[field] = done ? registers::kCommitmentDone : registers::kCommitmentNotStarted;
  };
  start("commitment_decision", !value_of(joining, "decision_date").empty());
  start("commitment_plan", !value_of(joining, "action_plan_url").empty() || has_file);
  start("commitment_contact", !value_of(joining, "contact_person_id").empty());
  start("commitment_dialogue", false);
  start("commitment_follow_up", false);
}

}  // namespace

Result<Record> approve_joining(store::Database& db, std::int64_t id, const std::string& joined_on,
                               const std::optional<User>& user) {
  auto inputs = checked_inputs({{"joined_on", joined_on}}, {});
  Record after;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto joining = target(s, id, Action::decide, user);
    if (!joining) return joining.error();
    if (value_of(*joining, "status") != registers::kJoiningApplied)
      return wrong_status(*joining, i18n::N_("Ansökan är redan beslutad"));
    if (!inputs) return inputs.error();
    std::string today = db.clock().today_text();
    std::string joined = value_of(*inputs, "joined_on").empty() ? today : value_of(*inputs, "joined_on");
    if (joined > today) return date_error("joined_on", "Ansluten från", i18n::tr("kan inte vara ett datum i framtiden"));
    std::string actor = actor_name(user);
    auto org = organisation_for(s, *joining, actor);
    if (!org) return org.error();
    const auto& contact = value_of(*joining, "contact_person_id");
    if (!contact.empty()) {
      auto person = store::find_record(s, registers::person_spec(), std::stoll(contact));
      if (person && value_of(*person, "organisation_id").empty())
        apply_change(s, person_rules(), std::stoll(contact), {{"organisation_id", *org}}, actor, "update");
    }
    Record changes{{"status", registers::kJoiningApproved},
                   {"decided_on", today},
                   {"joined_on", joined},
                   {"next_follow_up", registers::next_follow_up_due(joined, "")},
                   {"organisation_id", *org}};
    initial_commitments(s, *joining, changes);
    after = apply_change(s, joining_rules(), id, changes, actor, "approve");
    return {};
  });
  if (!st) return st.error();
  return after;
}

Result<std::string> checked_rejection_reason(const std::string& reason) {
  auto inputs = checked_inputs({{"reason", reason}}, {"reason"});
  if (!inputs) return inputs.error();
  return value_of(*inputs, "reason");
}

Result<Record> reject_joining(store::Database& db, std::int64_t id, const std::string& reason,
                              const std::optional<User>& user) {
  auto inputs = checked_inputs({{"reason", reason}}, {"reason"});
  Record after;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto joining = target(s, id, Action::decide, user);
    if (!joining) return joining.error();
    if (value_of(*joining, "status") != registers::kJoiningApplied)
      return wrong_status(*joining, i18n::N_("Ansökan är redan beslutad"));
    if (!inputs) return inputs.error();
    Record changes{{"status", registers::kJoiningRejected},
                   {"decided_on", db.clock().today_text()},
                   {"rejection_reason", value_of(*inputs, "reason")}};
    after = apply_change(s, joining_rules(), id, changes, actor_name(user), "reject");
    return {};
  });
  if (!st) return st.error();
  return after;
}

Result<Record> withdraw_joining(store::Database& db, std::int64_t id, const std::string& withdrawn_on,
                                const std::string& reason, const std::optional<User>& user) {
  auto inputs = checked_inputs({{"withdrawn_on", withdrawn_on}, {"reason", reason}}, {"reason"});
  Record after;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto joining = target(s, id, Action::update, user);
    if (!joining) return joining.error();
    if (value_of(*joining, "status") != registers::kJoiningApproved)
      return wrong_status(*joining, i18n::N_("Bara en ansluten organisation kan träda ut"));
    if (!inputs) return inputs.error();
    std::string today = db.clock().today_text();
    std::string date = value_of(*inputs, "withdrawn_on").empty() ? today : value_of(*inputs, "withdrawn_on");
    const std::string label = "Datum för utträdet";  // decision_inputs()
    if (date > today) return date_error("withdrawn_on", label, i18n::tr("kan inte vara ett datum i framtiden"));
    if (date < value_of(*joining, "joined_on"))
      return date_error("withdrawn_on", label, i18n::trf("kan inte vara före anslutningen ({1})", {value_of(*joining, "joined_on")}));
    Record changes{{"status", registers::kJoiningWithdrawn},
                   {"withdrawn_on", date},
                   {"withdrawal_reason", value_of(*inputs, "reason")},
                   {"next_follow_up", ""}};
    after = apply_change(s, joining_rules(), id, changes, actor_name(user), "withdraw");
    return {};
  });
  if (!st) return st.error();
  return after;
}

Result<Record> record_follow_up(store::Database& db, std::int64_t id, const std::string& held_on,
                                const std::string& note, const std::optional<User>& user) {
  return record_follow_up(db, id, held_on, note, {}, user);
}

namespace {

// The dialogue per commitment checked: the values, or the first problem.
Result<std::vector<CommitmentDialogue>> checked_dialogue(const std::vector<CommitmentInput>& inputs) {
  std::vector<CommitmentDialogue> out;
  for (const auto& in : inputs) {
    const auto& all = registers::joining_commitments();
    auto known = std::find_if(all.begin(), all.end(), [&](const auto& c) { return c.field == in.commitment; });
    if (known == all.end())
      return validation_error(i18n::trf("Åtaganden: {1} är inget av anslutningens åtaganden", {in.commitment}), {},
                              "commitments");
    if (std::any_of(out.begin(), out.end(), [&](const auto& c) { return c.commitment == in.commitment; }))
      return validation_error(i18n::trf("Åtaganden: {1} finns två gånger", {i18n::tr(known->title_sv)}), {}, "commitments");
    auto status = parse_commitment_assessment(in.status);
    if (!status)
      return validation_error(i18n::trf("{1}: välj Uppfyllt, Delvis uppfyllt, Inte uppfyllt eller Inte bedömt", {i18n::tr(known->title_sv)}),
                              {}, "status_" + in.commitment);
    if (in.note.size() > 2000)
      return validation_error(i18n::trf("{1} (anteckning): högst 2000 tecken", {i18n::tr(known->title_sv)}), {}, "note_" + in.commitment);
    out.push_back({.commitment = in.commitment, .status = *status, .note = in.note});
  }
  return out;
}

}  // namespace

Result<Record> record_follow_up(store::Database& db, std::int64_t id, const std::string& held_on,
                                const std::string& note, const std::vector<CommitmentInput>& commitments,
                                const std::optional<User>& user) {
  auto dialogue = checked_dialogue(commitments);
  const auto& spec = registers::joining_follow_up_spec();
  auto checked = registers::check_record(spec, {{"held_on", held_on}, {"note", note}}, true);
  if (held_on.empty() && checked.errors.empty())
    checked.errors.push_back(validation_error(i18n::trf("{1}: måste fyllas i", {registers::label_text(spec.field("held_on")->label_sv)}), {}, "held_on"));
  Record after;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto joining = target(s, id, Action::decide, user);
    if (!joining) return joining.error();
    if (value_of(*joining, "status") != registers::kJoiningApproved)
      return wrong_status(*joining, i18n::N_("Bara en ansluten organisation följs upp"));
    if (!checked.errors.empty()) return checked.errors.front();
    if (!dialogue) return dialogue.error();
    const std::string date = value_of(checked.record, "held_on");
    const std::string label = spec.field("held_on")->label_sv;
    if (date > db.clock().today_text()) return date_error("held_on", label, i18n::tr("kan inte vara ett datum i framtiden"));
    if (date < value_of(*joining, "joined_on"))
      return date_error("held_on", label, i18n::trf("kan inte vara före anslutningen ({1})", {value_of(*joining, "joined_on")}));
    std::string actor = actor_name(user);
    auto follow_up = insert_checked(s, joining_follow_up_rules(),
                                    {{"joining_id", std::to_string(id)},
                                     {"county_code", value_of(*joining, "county_code")},
                                     {"held_on", date},
                                     {"note", value_of(checked.record, "note")}},
                                    actor);
    // Issue 12, item 5: the dialogue per commitment and the contribution as it stood.
    const std::string org = value_of(*joining, "organisation_id");
    auto contributions = org.empty() ? std::vector<Contribution>{}
                                     : contribution_snapshot(s, std::stoll(org), value_of(*joining, "county_code"), date);
    store::insert_follow_up_substance(s, std::stoll(value_of(follow_up, "id")), *dialogue, contributions);
    store::append_audit(s, {.actor = actor,
                            .action = "follow_up_dialogue",
                            .entity = registers::joining_follow_up_spec().entity,
                            .entity_id = std::stoll(value_of(follow_up, "id")),
                            .before_json = std::nullopt,
                            .after_json = follow_up_substance_json(*dialogue, contributions)});
    std::string latest = std::max(date, value_of(*joining, "last_follow_up"));
    Record changes{{"last_follow_up", latest},
                   {"next_follow_up", registers::next_follow_up_due(value_of(*joining, "joined_on"), latest)}};
    after = apply_change(s, joining_rules(), id, changes, actor, "follow_up");
    return {};
  });
  if (!st) return st.error();
  return after;
}

Result<std::vector<Record>> follow_ups_of(store::Database& db, std::int64_t id, const std::optional<User>& user) {
  auto joining = get_record(db, joining_rules(), id, user);
  if (!joining) return joining.error();
  std::vector<Record> out;
  Status st = db.read([&](soci::session& s) -> Status {
    store::RecordFilter filter;
    filter.equals = {{"joining_id", std::to_string(id)}};
    filter.order_by = "held_on";
    filter.descending = true;
    out = store::find_records(s, registers::joining_follow_up_spec(), filter);
    return {};
  });
  if (!st) return st.error();
  return out;
}

}  // namespace jamt::service
