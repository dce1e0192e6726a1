#include "service/groups/meeting_register.hpp"

#include "domain/i18n/translate.hpp"

#include "domain/registers/group_meeting.hpp"
#include "domain/registers/group_member.hpp"
#include "domain/registers/meeting_attendance.hpp"
#include "service/groups/group_lookup.hpp"
#include "service/groups/group_register.hpp"
#include "service/registers/record_json.hpp"
#include "store/audit_repository.hpp"
#include "store/register_repository.hpp"

namespace jamt::service {

namespace {

using registers::Record;
using registers::value_of;

std::vector<Error> prepare_meeting(soci::session& s, Record& r, const Record* before) {
  std::vector<Error> errors;
  if (before && value_of(r, "group_id") != value_of(*before, "group_id"))
    errors.push_back(validation_error(i18n::tr("Grupp: ett möte kan inte flyttas till en annan grupp"), {}, "group_id"));
  auto county = group_county(s, id_of(value_of(r, "group_id")));
  if (!county) errors.push_back(validation_error(i18n::tr("Grupp: finns inte"), {}, "group_id"));
  else r["county_code"] = *county;
  const auto& days = value_of(r, "days");
  // Non-digits are reported by check_record already (id_of gives 0 for them).
  bool digits = days.find_first_not_of("0123456789") == std::string::npos;
  if (!days.empty() && digits && (id_of(days) < 1 || id_of(days) > 14))
    errors.push_back(validation_error(i18n::tr("Antal dagar: ska vara mellan 1 och 14"), {}, "days"));
  return errors;
}

// The meeting of an attendance record, or nullopt.
std::optional<Record> meeting_of(soci::session& s, const Record& attendance) {
  return store::find_record(s, registers::group_meeting_spec(), id_of(value_of(attendance, "meeting_id")));
}

std::vector<Error> prepare_attendance(soci::session& s, Record& r, const Record* before) {
  std::vector<Error> errors;
  for (const char* fixed : {"meeting_id", "organisation_id"})
    if (before && value_of(r, fixed) != value_of(*before, fixed))
      errors.push_back(validation_error(i18n::tr("Närvaro: möte och organisation kan inte ändras"), {}, fixed));
  if (value_of(r, "present").empty()) r["present"] = "0";
  auto meeting = meeting_of(s, r);
  if (!meeting) {
    errors.push_back(validation_error(i18n::tr("Möte: finns inte"), {}, "meeting_id"));
    return errors;
  }
  r["county_code"] = value_of(*meeting, "county_code");
  const auto& date = value_of(*meeting, "meeting_date");
  bool member = false;
  for (const auto& m : memberships_of(s, id_of(value_of(*meeting, "group_id")), id_of(value_of(r, "organisation_id"))))
    if (groups::covers({value_of(m, "member_from"), value_of(m, "member_to")}, date)) member = true;
  if (!member)
    errors.push_back(
        validation_error(i18n::trf("Organisation: var inte medlem i gruppen när mötet hölls ({1})", {date}), {}, "organisation_id"));
  const auto& person = value_of(r, "attended_by");
  if (!person.empty()) {
    auto organisation = person_organisation(s, id_of(person));
    if (!organisation) errors.push_back(validation_error(i18n::tr("Deltog: personen finns inte"), {}, "attended_by"));
    else if (*organisation != value_of(r, "organisation_id"))
      errors.push_back(validation_error(i18n::tr("Deltog: personen hör inte till organisationen"), {}, "attended_by"));
    else if (value_of(r, "present") != "1")
      errors.push_back(
          validation_error(i18n::tr("Deltog: ange bara vem som deltog när organisationen var närvarande"), {}, "attended_by"));
  }
  if (!before && errors.empty()) {
    store::RecordFilter filter;
    filter.equals = {{"meeting_id", value_of(r, "meeting_id")}, {"organisation_id", value_of(r, "organisation_id")}};
    if (!store::find_records(s, registers::meeting_attendance_spec(), filter).empty()) {
      Error e = conflict_error(i18n::tr("Organisation: närvaron vid mötet är redan registrerad"));
      e.field = "organisation_id";
      errors.push_back(e);
    }
  }
  return errors;
}

Scope meeting_scope(soci::session& s, const Record& meeting) {
  Scope scope;
  scope.county_code = value_of(meeting, "county_code");
  if (auto group = id_of(value_of(meeting, "group_id"))) scope.reader_organisations = group_member_organisations(s, group);
  return scope;
}

Status remove_meeting(store::Database& db, std::int64_t id, const std::optional<User>& user) {
  const auto& rules = meeting_rules();
  return db.transaction([&](soci::session& s) -> Status {
    auto before = store::find_record(s, *rules.spec, id);
    if (!before) return missing_record_error(user, rules.spec->label_sv);
    if (auto a = authorize_stored(user, Action::remove, rules.scope_of(s, *before), rules.spec->label_sv); !a) return a.error();
    store::RecordFilter filter;
    filter.equals = {{"meeting_id", std::to_string(id)}};
    const auto& attendance = registers::meeting_attendance_spec();
    for (const auto& r : store::find_records(s, attendance, filter)) {
      auto rid = id_of(value_of(r, "id"));
      store::delete_record(s, attendance, rid);
      store::append_audit(s, {.actor = actor_name(user),
                              .action = "delete",
                              .entity = attendance.entity,
                              .entity_id = rid,
                              .before_json = audit_json(attendance, r).dump()});
    }
    store::delete_record(s, *rules.spec, id);
    store::append_audit(s, {.actor = actor_name(user),
                            .action = "delete",
                            .entity = rules.spec->entity,
                            .entity_id = id,
                            .before_json = audit_json(*rules.spec, *before).dump()});
    return {};
  });
}

}  // namespace

const RegisterRules& meeting_rules() {
  static const RegisterRules rules{
      .spec = &registers::group_meeting_spec(),
      .scope_of = meeting_scope,
      .prepare = prepare_meeting,
      .remove = remove_meeting,
      .authorize_before_checks = true,
  };
  return rules;
}

const RegisterRules& attendance_rules() {
  static const RegisterRules rules{
      .spec = &registers::meeting_attendance_spec(),
      .scope_of = [](soci::session&, const Record& r) {
        Scope scope;
        scope.county_code = value_of(r, "county_code");
        if (auto organisation = id_of(value_of(r, "organisation_id"))) scope.reader_organisations = {organisation};
        return scope;
      },
      .prepare = prepare_attendance,
      .authorize_before_checks = true,
  };
  return rules;
}

Status record_attendance(store::Database& db, std::int64_t meeting_id, const std::vector<AttendanceInput>& marks,
                         const std::optional<User>& user, std::vector<Error>* problems) {
  const auto& rules = attendance_rules();
  const auto& spec = *rules.spec;
  return db.transaction([&](soci::session& s) -> Status {
    auto meeting = store::find_record(s, registers::group_meeting_spec(), meeting_id);
    if (!meeting) return missing_record_error(user, "Möte");
    if (auto a = authorize_stored(user, Action::update, meeting_scope(s, *meeting), "Möte"); !a) return a.error();
    std::vector<Error> errors;
    std::vector<std::pair<std::optional<Record>, Record>> writes;  // (stored, wanted)
    for (const auto& mark : marks) {
      const std::string organisation = std::to_string(mark.organisation_id);
      Record input{{"meeting_id", std::to_string(meeting_id)},
                   {"organisation_id", organisation},
                   {"present", mark.present ? "1" : "0"},
                   {"attended_by", mark.present ? mark.attended_by : ""}};
      store::RecordFilter filter;
      filter.equals = {{"meeting_id", std::to_string(meeting_id)}, {"organisation_id", organisation}};
      auto found = store::find_records(s, spec, filter);
      std::optional<Record> stored;
      if (!found.empty()) stored = found.front();
      auto checked = registers::check_record(spec, input, false);
      Record merged = stored ? *stored : Record{};
      for (const auto& [k, v] : checked.record) merged[k] = v;
      auto more = rules.prepare(s, merged, stored ? &*stored : nullptr);
      checked.errors.insert(checked.errors.end(), more.begin(), more.end());
      for (auto e : checked.errors) {
        e.field += "-" + organisation;
        errors.push_back(e);
      }
      writes.emplace_back(stored, merged);
    }
    if (!errors.empty()) {
      if (problems) *problems = errors;
      return errors.front();
    }
    for (const auto& [stored, wanted] : writes) {
      if (!stored) {
        insert_checked(s, rules, wanted, actor_name(user));
        continue;
      }
      Record diff;
      for (const auto& f : spec.fields)
        if (value_of(wanted, f.name) != value_of(*stored, f.name)) diff[f.name] = value_of(wanted, f.name);
      if (!diff.empty()) apply_change(s, rules, id_of(value_of(*stored, "id")), diff, actor_name(user), "update");
    }
    return {};
  });
}

Result<std::vector<groups::OrganisationAttendance>> group_attendance(store::Database& db, std::int64_t group_id,
                                                                      int year, const std::optional<User>& user) {
  std::vector<groups::OrganisationAttendance> rows;
  Status st = db.read([&](soci::session& s) -> Status {
    auto group = store::find_record(s, *group_rules().spec, group_id);
    if (!group) return missing_record_error(user, "Grupp");
    Scope scope = group_rules().scope_of(s, *group);
    if (auto a = authorize_stored(user, Action::read, scope, "Grupp"); !a) return a.error();
    Scope county_only;
    county_only.county_code = scope.county_code;
    // Contacts who read the group only as members see their own row.
    std::optional<std::int64_t> only;
    if (!authorize(user, Action::read, county_only)) only = user->organisation_id.value_or(-1);

    store::RecordFilter by_group;
    by_group.equals = {{"group_id", std::to_string(group_id)}};
    std::map<std::int64_t, std::vector<groups::Period>> memberships;
    for (const auto& m : store::find_records(s, registers::group_member_spec(), by_group))
      memberships[id_of(value_of(m, "organisation_id"))].push_back({value_of(m, "member_from"), value_of(m, "member_to")});
    std::vector<groups::MeetingHeld> meetings;
    std::vector<groups::AttendanceMark> marks;
    for (const auto& m : store::find_records(s, registers::group_meeting_spec(), by_group)) {
      auto id = id_of(value_of(m, "id"));
      meetings.push_back({id, value_of(m, "meeting_date"), static_cast<int>(id_of(value_of(m, "days")))});
      store::RecordFilter by_meeting;
      by_meeting.equals = {{"meeting_id", std::to_string(id)}};
      for (const auto& a : store::find_records(s, registers::meeting_attendance_spec(), by_meeting))
        marks.push_back({id, id_of(value_of(a, "organisation_id")), value_of(a, "present") == "1"});
    }
    for (const auto& row : groups::attendance_rates(year, meetings, memberships, marks))
      if (!only || row.organisation_id == *only) rows.push_back(row);
    return {};
  });
  if (!st) return st.error();
  return rows;
}

}  // namespace jamt::service
