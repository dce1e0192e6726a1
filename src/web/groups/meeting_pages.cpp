// A meeting's page with the attendance form, and the attendance API.

#include "domain/membership_period.hpp"

#include "domain/i18n/translate.hpp"
#include "web/groups/group_handlers.hpp"
#include "web/http/http_types.hpp"
#include "service/groups/group_register.hpp"
#include "service/groups/meeting_register.hpp"
#include "service/organisations/person_register.hpp"
#include "web/groups/group_support.hpp"
#include "web/http/guards.hpp"
#include "web/http/api_request.hpp"
#include "web/http/json_response.hpp"
#include "web/http/page_context.hpp"
#include "web/registers/register_handlers.hpp"
#include "web/registers/register_pages.hpp"
#include "web/http/render.hpp"
#include "web/http/request_params.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;
using registers::Record;
using registers::value_of;

// The organisations that were members of the meeting's group on its day,
// each once, by name.
std::vector<std::pair<std::string, std::string>> members_on_day(store::Database& db, const Record& meeting,
                                                                const RequestAuth& auth) {
  service::RecordQuery q;
  q.equals = {{"group_id", value_of(meeting, "group_id")}};
  auto periods = service::list_records(db, service::group_member_rules(), q, auth.user);
  std::vector<std::pair<std::string, std::string>> out;  // (name, id)
  if (!periods) return out;
  for (const auto& p : *periods) {
    if (!groups::covers({value_of(p, "member_from"), value_of(p, "member_to")}, value_of(meeting, "meeting_date")))
      continue;
    const auto& org = value_of(p, "organisation_id");
    if (std::none_of(out.begin(), out.end(), [&](const auto& o) { return o.second == org; }))
      out.emplace_back(record_name(db, "organisation", org), org);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The meeting's attendance records by organisation id, as the viewer may read them.
std::map<std::string, Record> attendance_by_organisation(store::Database& db, const std::string& meeting_id,
                                                         const RequestAuth& auth) {
  service::RecordQuery q;
  q.equals = {{"meeting_id", meeting_id}};
  std::map<std::string, Record> out;
  if (auto marks = service::list_records(db, service::attendance_rules(), q, auth.user))
    for (const auto& a : *marks) out[value_of(a, "organisation_id")] = a;
  return out;
}

// The attendance section of a meeting's page: a form for those who may
// record attendance, otherwise a table of what the viewer may read.
// `typed` and `errors` come from a refused submission.
json attendance_context(store::Database& db, const Record& meeting, const RequestAuth& auth,
                        const std::map<std::string, std::pair<bool, std::string>>* typed,
                        const std::vector<Error>& errors) {
  const auto& id = value_of(meeting, "id");
  bool may_record = service::allowed(db, service::meeting_rules(), service::Action::update, meeting, auth.user);
  auto stored = attendance_by_organisation(db, id, auth);
  json rows = json::array();
  for (const auto& [name, org] : members_on_day(db, meeting, auth)) {
    auto it = stored.find(org);
    if (!may_record && it == stored.end() && !may_open_organisation(auth, org)) continue;
    bool present = it != stored.end() && value_of(it->second, "present") == "1";
    std::string attended_by = it != stored.end() ? value_of(it->second, "attended_by") : "";
    if (typed) {
      auto t = typed->find(org);
      present = t != typed->end() && t->second.first;
      attended_by = t != typed->end() ? t->second.second : "";
    }
    std::string error;
    for (const auto& e : errors)
      if (e.field.size() > org.size() && e.field.compare(e.field.size() - org.size() - 1, std::string::npos, "-" + org) == 0)
        error += (error.empty() ? "" : " ") + e.message;
    json people = json::array();
    if (may_record) {
      service::RecordQuery q;
      q.equals = {{"organisation_id", org}};
      if (auto found = service::list_records(db, service::person_rules(), q, auth.user))
        for (const auto& p : *found)
          people.push_back({{"id", value_of(p, "id")},
                            {"name", value_of(p, "name")},
                            {"selected", value_of(p, "id") == attended_by}});
    }
    rows.push_back({{"org", name},
                    {"org_id", org},
                    {"present", present},
                    {"present_text", it == stored.end() && !typed ? "–" : present ? "Ja" : "Nej"},
                    {"attended_by", attended_by.empty() ? "" : record_name(db, "person", attended_by)},
                    {"people", people},
                    {"error", error}});
  }
  json summary = json::array();
  for (const auto& e : errors) summary.push_back({{"message", e.message}});
  return {{"may_record", may_record},
          {"rows", rows},
          {"has_rows", !rows.empty()},
          {"action", "/grupper/moten/" + id + "/narvaro"},
          {"csrf_token", auth.csrf_token},
          {"errors", summary},
          {"has_errors", !errors.empty()},
          {"group_url", "/grupper/" + value_of(meeting, "group_id")}};
}

std::string meeting_detail(store::Database& db, const Record& meeting, const RequestAuth& auth) {
  return render_template("meeting_attendance", attendance_context(db, meeting, auth, nullptr, {}));
}

void post_attendance_form(const Request& req, Response& res, store::Database& db) {
  auto auth = page_user(req, res, db, true);
  if (!auth) return;
  auto id = path_id(req, res);
  if (!id) return;
  auto meeting = service::get_record(db, service::meeting_rules(), *id, auth->user);
  if (!meeting) return send_service_error_page(req, res, meeting.error());
  std::vector<service::AttendanceInput> marks;
  std::map<std::string, std::pair<bool, std::string>> typed;
  for (const auto& [name, org] : members_on_day(db, *meeting, *auth)) {
    bool present = req.get_param_value("present-" + org) == "1";
    std::string by = req.get_param_value("attended_by-" + org);
    typed[org] = {present, by};
    marks.push_back({std::stoll(org), present, present ? by : ""});
  }
  std::vector<Error> problems;
  auto done = service::record_attendance(db, *id, marks, auth->user, &problems);
  if (!done) {
    if (problems.empty()) return send_service_error_page(req, res, done.error());
    json ctx = page_context(*auth);
    ctx.update(attendance_context(db, *meeting, *auth, &typed, problems));
    ctx["heading"] = i18n::trf("Närvaro {1}", {value_of(*meeting, "meeting_date")});
    ctx["standalone"] = true;
    ctx["breadcrumbs"] = json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}, {{"url", "/grupper"}, {"label", i18n::tr("Grupper")}}});
    return send_html(res, render_page("meeting_attendance", i18n::tr("Fel i formuläret – närvaro"), ctx), 400);
  }
  res.status = 303;
  res.set_header("Location", "/grupper/moten/" + std::to_string(*id) + "?sparad=1#narvaro");
}

void put_attendance_api(const Request& req, Response& res, store::Database& db) {
  auto id = path_id(req, res);
  if (!id) return;
  auto auth = changing_user(req, res, db);
  if (!auth) return;
  auto body = parse_body(req.body);
  if (body.is_discarded() || !body.is_object() || !body.contains("attendance") || !body["attendance"].is_array())
    return send_json_error(res, 400, "validation", "the body must be {\"attendance\": [ … ]}", "attendance");
  std::vector<service::AttendanceInput> marks;
  for (const auto& item : body["attendance"]) {
    if (!item.is_object() || !item.contains("organisation_id") || !item["organisation_id"].is_number_integer() ||
        (item.contains("present") && !item["present"].is_boolean()) ||
        (item.contains("attended_by") && !item["attended_by"].is_null() && !item["attended_by"].is_number_integer()))
      return send_json_error(res, 400, "validation",
                             "each item needs organisation_id (number), present (true/false), attended_by (number or null)",
                             "attendance");
    service::AttendanceInput mark;
    mark.organisation_id = item["organisation_id"].get<std::int64_t>();
    mark.present = item.value("present", false);
    if (item.contains("attended_by") && item["attended_by"].is_number_integer())
      mark.attended_by = std::to_string(item["attended_by"].get<std::int64_t>());
    marks.push_back(mark);
  }
  auto done = service::record_attendance(db, *id, marks, auth->user);
  if (!done) return send_service_error(req, res, done.error());
  res.status = 204;
}

}  // namespace

Handler meeting_attendance_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {post_attendance_form(req, res, db); };
}

Handler api_meeting_attendance(store::Database& db) {
  return [&db](const Request& req, Response& res) {put_attendance_api(req, res, db); };
}

RecordPageHooks meeting_page_hooks() { return {.detail_extra = meeting_detail, .list_extra = {}, .detail_fields = {}}; }

}  // namespace jamt::web
