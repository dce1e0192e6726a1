// Pages and API of the group register: a group's page shows its members
// with representative and substitute, the periods that show who represented
// each organisation when, changes of representative, meetings and the
// attendance rate per organisation and year.

#include <algorithm>

#include "domain/i18n/translate.hpp"
#include <set>

#include "report/csv_table.hpp"
#include "web/groups/group_handlers.hpp"
#include "web/http/file_download.hpp"
#include "web/http/http_types.hpp"
#include "report/number_text.hpp"
#include "service/groups/group_register.hpp"
#include "service/groups/meeting_register.hpp"
#include "service/groups/representative_change_register.hpp"
#include "web/groups/group_support.hpp"
#include "web/http/guards.hpp"
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

std::string percent(const std::optional<double>& rate) {
  return rate ? report::number_text(*rate * 100.0, 0) + " %" : "–";
}

bool is_member_contact(const RequestAuth& auth, const std::vector<Record>& memberships) {
  if (!service::is_org_contact(auth.user) || !auth.user->organisation_id) return false;
  auto mine = std::to_string(*auth.user->organisation_id);
  return std::any_of(memberships.begin(), memberships.end(),
                     [&](const Record& m) { return value_of(m, "organisation_id") == mine; });
}

json member_row(store::Database& db, const Record& m, const RequestAuth& auth, bool may_manage) {
  const auto& org = value_of(m, "organisation_id");
  json row = {{"org", record_name(db, "organisation", org)},
              {"org_url", may_open_organisation(auth, org) ? "/organisationer/" + org : ""},
              {"rep", person_link(db, value_of(m, "representative_id"), org, auth)},
              {"sub", person_link(db, value_of(m, "substitute_id"), org, auth)},
              {"from", value_of(m, "member_from")},
              {"to", value_of(m, "member_to")},
              {"edit_url", may_manage ? "/grupper/medlemskap/" + value_of(m, "id") : ""}};
  return row;
}

// The years that have meetings, newest first, or the current year.
std::vector<int> meeting_years(const std::vector<Record>& meetings, const Clock& clock) {
  std::set<int, std::greater<int>> years;
  for (const auto& m : meetings) years.insert(std::stoi(value_of(m, "meeting_date").substr(0, 4)));
  if (years.empty()) years.insert(clock.current_year());
  return {years.begin(), years.end()};
}

json attendance_tables(store::Database& db, std::int64_t group_id, const std::vector<int>& years,
                       const RequestAuth& auth) {
  json tables = json::array();
  for (int year : years) {
    auto rows = service::group_attendance(db, group_id, year, auth.user);
    if (!rows) continue;
    json out = json::array();
    for (const auto& r : *rows)
      out.push_back({{"org", record_name(db, "organisation", std::to_string(r.organisation_id))},
                     {"held", std::to_string(r.meetings_held)},
                     {"attended", std::to_string(r.meetings_attended)},
                     {"rate", percent(r.rate)},
                     {"days_held", std::to_string(r.days_held)},
                     {"days_attended", std::to_string(r.days_attended)}});
    std::sort(out.begin(), out.end(), [](const json& a, const json& b) { return a["org"] < b["org"]; });
    tables.push_back({{"year", std::to_string(year)},
                      {"rows", out},
                      {"has_rows", !out.empty()},
                      {"csv_url", "/grupper/" + std::to_string(group_id) + "/narvaro.csv?ar=" + std::to_string(year)}});
  }
  return tables;
}

std::string group_detail(store::Database& db, const Record& group, const RequestAuth& auth) {
  const auto& id = value_of(group, "id");
  const auto group_id = std::stoll(id);
  bool may_manage = service::allowed(db, service::group_rules(), service::Action::update, group, auth.user);
  service::RecordQuery by_group;
  by_group.equals = {{"group_id", id}};

  auto memberships = service::list_records(db, service::group_member_rules(), by_group, auth.user);
  std::vector<Record> periods = memberships ? *memberships : std::vector<Record>{};
  const std::string now = db.clock().today_text();
  json current = json::array(), history = json::array();
  for (const auto& m : periods) {
    json row = member_row(db, m, auth, may_manage);
    bool is_now = value_of(m, "member_from") <= now && (value_of(m, "member_to").empty() || now <= value_of(m, "member_to"));
    if (is_now) current.push_back(row);
    history.push_back(row);
  }
  auto by_org_then_from = [](const json& a, const json& b) {
    return a["org"] != b["org"] ? a["org"] < b["org"] : a["from"] < b["from"];
  };
  std::sort(current.begin(), current.end(), by_org_then_from);
  std::sort(history.begin(), history.end(), by_org_then_from);

  bool member_contact = is_member_contact(auth, periods);
  bool may_decide = service::allowed(db, service::representative_change_rules(), service::Action::decide,
                                     {{"county_code", value_of(group, "county_code")}}, auth.user);
  json changes = json::array();
  if (may_decide || member_contact) {
    service::RecordQuery q = by_group;
    if (may_decide) q.equals.emplace_back("status", "vantar");
    auto found = service::list_records(db, service::representative_change_rules(), q, auth.user);
    const auto& spec = *service::representative_change_rules().spec;
    if (found)
      for (const auto& c : *found) {
        const auto& org = value_of(c, "organisation_id");
        changes.push_back({{"url", "/grupper/byten/" + value_of(c, "id")},
                           {"org", record_name(db, "organisation", org)},
                           {"rep", person_link(db, value_of(c, "representative_id"), org, auth)},
                           {"sub", person_link(db, value_of(c, "substitute_id"), org, auth)},
                           {"from", value_of(c, "effective_from")},
                           {"status", shown_value(db, *spec.field("status"), value_of(c, "status"))}});
      }
  }

  auto meetings = service::list_records(db, service::meeting_rules(),
                                        {.equals = by_group.equals, .order_by = "meeting_date"}, auth.user);
  std::vector<Record> meeting_list = meetings ? *meetings : std::vector<Record>{};
  std::reverse(meeting_list.begin(), meeting_list.end());  // newest first
  bool sees_all_attendance = may_manage || (auth.user && !service::is_org_contact(auth.user));
  json meeting_rows = json::array();
  for (const auto& m : meeting_list) {
    service::RecordQuery q;
    q.equals = {{"meeting_id", value_of(m, "id")}};
    auto marks = service::list_records(db, service::attendance_rules(), q, auth.user);
    int present = 0;
    if (marks)
      for (const auto& a : *marks) present += value_of(a, "present") == "1";
    int members = 0;
    std::set<std::string> counted;
    for (const auto& p : periods) {
      const auto& d = value_of(m, "meeting_date");
      if (value_of(p, "member_from") <= d && (value_of(p, "member_to").empty() || d <= value_of(p, "member_to")) &&
          counted.insert(value_of(p, "organisation_id")).second)
        ++members;
    }
    std::string attendance = sees_all_attendance ? i18n::trf("{1} av {2}", {std::to_string(present), std::to_string(members)})
                             : marks && !marks->empty() ? (present ? i18n::tr("Närvarande") : i18n::tr("Inte närvarande"))
                                                        : "–";
    meeting_rows.push_back({{"url", "/grupper/moten/" + value_of(m, "id")},
                            {"date", value_of(m, "meeting_date")},
                            {"days", value_of(m, "days")},
                            {"title", value_of(m, "title")},
                            {"place", value_of(m, "place")},
                            {"attendance", attendance}});
  }

  json ctx = {{"may_manage", may_manage},
              {"current", current},
              {"has_current", !current.empty()},
              {"history", history},
              {"has_history", !history.empty()},
              {"member_contact", member_contact},
              {"may_decide", may_decide},
              {"changes", changes},
              {"has_changes", !changes.empty()},
              {"changes_list_url", "/grupper/byten?group_id=" + id},
              {"file_change_url", "/grupper/byten/ny?group_id=" + id},
              {"add_member_url", "/grupper/medlemskap/ny?group_id=" + id},
              {"add_meeting_url", "/grupper/moten/ny?group_id=" + id + "&days=1"},
              {"meetings", meeting_rows},
              {"has_meetings", !meeting_rows.empty()},
              {"attendance_heading", sees_all_attendance ? i18n::tr("Närvarande organisationer") : i18n::tr("Er närvaro")},
              {"attendance_tables", attendance_tables(db, group_id, meeting_years(meeting_list, db.clock()), auth)}};
  return render_template("group_detail_extra", ctx);
}

std::string group_list_extra(store::Database& db, const RequestAuth& auth) {
  if (!auth.user) return "";
  json ctx = json::object();
  if (service::is_org_contact(auth.user)) {
    ctx["org_contact"] = true;
  } else if (service::works_for_board(auth.user)) {
    service::RecordQuery q;
    q.equals = {{"status", "vantar"}};
    auto pending = service::list_records(db, service::representative_change_rules(), q, auth.user);
    std::size_t n = pending ? pending->size() : 0;
    ctx["pending"] = n == 0 ? "" : n == 1 ? i18n::tr("1 byte av representant väntar på beslut")
                                   : i18n::trf("{1} byten av representant väntar på beslut", {std::to_string(n)});
  }
  return render_template("group_list_extra", ctx);
}

// The year asked for (`name` = "year" or "ar"), the current year when left
// out (by `clock`), or nullopt for anything but a year 1900–2999.
std::optional<int> year_param(const Request& req, const std::string& name, const Clock& clock) {
  std::string text = req.get_param_value(name);
  if (text.empty()) return clock.current_year();
  if (text.size() != 4 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  int year = std::stoi(text);
  if (year < 1900 || year > 2999) return std::nullopt;
  return year;
}

void attendance_api(const Request& req, Response& res, store::Database& db) {
  auto id = path_id(req, res);
  if (!id) return;
  auto year = year_param(req, "year", db.clock());
  if (!year) return send_json_error(res, 400, "validation", "year must be a year such as 2026", "year");
  auto auth = authenticate(req, db);
  auto rows = service::group_attendance(db, *id, *year, auth.user);
  if (!rows) return send_service_error(req, res, rows.error());
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
  for (const auto& r : *rows)
    items.push_back({{"organisation_id", r.organisation_id},
                     {"organisation", record_name(db, "organisation", std::to_string(r.organisation_id))},
                     {"meetings_held", r.meetings_held},
                     {"meetings_attended", r.meetings_attended},
                     {"rate", r.rate ? nlohmann::ordered_json(*r.rate) : nlohmann::ordered_json(nullptr)},
                     {"days_held", r.days_held},
                     {"days_attended", r.days_attended}});
  send_json(res, {{"group_id", *id}, {"year", *year}, {"rate_basis", "meetings"}, {"organisations", items}});
}

void attendance_csv(const Request& req, Response& res, store::Database& db) {
  auto id = path_id(req, res);
  if (!id) return;
  auto year = year_param(req, "ar", db.clock());
  if (!year) return send_error_page(res, 400, i18n::tr("År: ska vara ett år som 2026."));
  auto auth = authenticate(req, db);
  auto rows = service::group_attendance(db, *id, *year, auth.user);
  if (!rows) return send_service_error_page(req, res, rows.error());
  report::CsvTable table({"Organisation", "År", "Möten under medlemskapet", "Närvarande", "Andel (%)", "Mötesdagar",
                          "Närvarodagar"});
  for (const auto& r : *rows)
    table.add_row({record_name(db, "organisation", std::to_string(r.organisation_id)), std::to_string(*year),
                   std::to_string(r.meetings_held), std::to_string(r.meetings_attended),
                   report::csv_number(r.rate ? std::optional<double>(*r.rate * 100.0) : std::nullopt, 1),
                   std::to_string(r.days_held), std::to_string(r.days_attended)});
  send_file_download(res, "narvaro-grupp-" + std::to_string(*id) + "-" + std::to_string(*year),
                     "text/csv; charset=utf-8", table.str());
}

}  // namespace

RecordPageHooks group_page_hooks() { return {.detail_extra = group_detail, .list_extra = group_list_extra, .detail_fields = {}}; }

Handler api_group_attendance(store::Database& db) {
  return [&db](const Request& req, Response& res) {attendance_api(req, res, db); };
}

Handler group_attendance_csv(store::Database& db) {
  return [&db](const Request& req, Response& res) {attendance_csv(req, res, db); };
}

}  // namespace jamt::web
