// The activity register's pages: /insatser (list with filters), /{id}
// (the activity with its organisers, goals and history) and /{id}/ta-bort;
// the forms, exports, summary and API sit beside it (activity_handlers.hpp).

#include "service/disclosure/participants.hpp"
#include "domain/activity_counts.hpp"

#include "domain/i18n/translate.hpp"
#include "domain/registers/label_text.hpp"
#include "web/activities/activity_handlers.hpp"
#include "web/http/http_types.hpp"
#include "web/http/guards.hpp"
#include "domain/national_goals.hpp"
#include "domain/regions.hpp"
#include "report/number_text.hpp"
#include "service/activities/activity_json.hpp"
#include "service/audit_service.hpp"
#include "service/commitments/commitment_followup.hpp"  // issue 12 item 3
#include "service/organisations/organisation_lookup.hpp"
#include "web/activities/activity_support.hpp"
#include "web/http/page_context.hpp"
#include "web/registers/register_pages.hpp"
#include "web/http/render.hpp"
#include "web/http/request_params.hpp"
#include "web/national/national_example_support.hpp"  // issue 14 (R4b)

namespace jamt::web {

namespace {

using json = nlohmann::json;
using registers::Activity;
using registers::value_of;

const registers::EntitySpec& spec() { return registers::activity_spec(); }

json crumbs() {
  return json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}, {{"url", "/insatser"}, {"label", i18n::tr("Insatser")}}});
}

json options(const std::vector<std::pair<std::string, std::string>>& choices, const std::string& selected) {
  json out = json::array();
  for (const auto& [code, label] : choices) out.push_back({{"code", code}, {"label", label}, {"selected", code == selected}});
  return out;
}

std::string shortened(const std::string& text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((text[i] & 0xC0) != 0x80 && ++chars > max_chars) return text.substr(0, i) + "…";
  }
  return text;
}

std::string shown(const std::string& field, const std::string& stored) {
  return registers::display_value(*spec().field(field), stored);
}

std::string dates(const registers::Record& r) {
  const auto& end = value_of(r, "end_date");
  return value_of(r, "start_date") + (end.empty() || end == value_of(r, "start_date") ? "" : " – " + end);
}

std::string count_text(const std::string& stored) {
  return stored.empty() ? "–" : report::number_text(static_cast<double>(std::stoll(stored)), 0);
}

json list_filters(store::Database& db, const service::ActivityFilter& f, const RequestAuth& auth) {
  json filters = json::array();
  std::vector<std::pair<std::string, std::string>> counties, years, types, statuses, organisers, goals, nodes;
  for (const auto& r : RegionCatalogue::instance().at_level(RegionLevel::county)) counties.emplace_back(r.code, r.name);
  for (int y = db.clock().current_year() + 1; y >= 2014; --y) years.emplace_back(std::to_string(y), std::to_string(y));
  for (const auto& c : spec().field("type")->choices) types.emplace_back(c.code, i18n::tr(c.label_sv));
  for (const auto& c : spec().field("status")->choices) statuses.emplace_back(c.code, i18n::tr(c.label_sv));
  std::string county = f.county_code.empty() ? viewer_county(db, auth) : f.county_code;
  for (const auto& [id, name] : service::organisation_names(db, county)) organisers.emplace_back(std::to_string(id), name);
  for (const auto& catalogue : national_goal_catalogues()) {
    if (catalogue.version != "2017") continue;
    for (const auto& g : catalogue.subgoals)
      goals.emplace_back(g.reference(catalogue.version), g.reference(catalogue.version) + " " + g.title);
  }
  for (const auto& catalogue : national_goal_catalogues()) {
    if (catalogue.version == "2017") continue;
    for (const auto& g : catalogue.subgoals)
      goals.emplace_back(g.reference(catalogue.version), g.reference(catalogue.version) + " " + g.title);
  }
  if (auto strategy = strategy_for(db, county, f.year.value_or(db.clock().current_year())))
    for (const auto& n : flat_nodes(*strategy)) nodes.emplace_back(n.code, n.code + " " + shortened(n.title, 50));
  std::string organiser = f.organiser_id ? std::to_string(*f.organiser_id) : "";
  filters.push_back({{"name", "county"}, {"label", i18n::tr("Län")}, {"options", options(counties, f.county_code)}});
  filters.push_back({{"name", "year"}, {"label", i18n::tr("År")}, {"options", options(years, f.year ? std::to_string(*f.year) : "")}});
  filters.push_back({{"name", "type"}, {"label", i18n::tr("Typ")}, {"options", options(types, f.type)}});
  filters.push_back({{"name", "status"}, {"label", i18n::tr("Status")}, {"options", options(statuses, f.status)}});
  filters.push_back({{"name", "organiser"}, {"label", i18n::tr("Arrangör eller medarrangör")}, {"options", options(organisers, organiser)}});
  filters.push_back({{"name", "national_goal"}, {"label", i18n::tr("Nationellt delmål")}, {"options", options(goals, f.national_goal)}});
  if (!nodes.empty())
    filters.push_back({{"name", "goal_node"}, {"label", i18n::tr("Mål i strategin")}, {"options", options(nodes, f.goal_node)}});
  return filters;
}

void show_list(const Request& req, Response& res, store::Database& db) {
  auto auth = authenticate(req, db);
  auto filter = activity_filter_from(req);
  if (!filter) return send_service_error_page(req, res, filter.error());
  auto activities = service::list_activities(db, *filter, auth.user);
  if (!activities) return send_service_error_page(req, res, activities.error());
  auto names = activity_names(db, *activities);
  json rows = json::array();
  for (const auto& a : *activities) {
    const auto& r = a.record;
    std::string goals;
    for (const auto& g : a.links.national_goals) goals += (goals.empty() ? "" : ", ") + g;
    // Participants are persons: small counts read ".." to all but the owners.
    const auto hidden = service::disclosure::activity_participants(a);
    rows.push_back({{"url", "/insatser/" + value_of(r, "id")},
                    {"title", value_of(r, "title")},
                    {"type", shown("type", value_of(r, "type"))},
                    {"dates", dates(r)},
                    {"status", shown("status", value_of(r, "status"))},
                    {"organiser", names.organisation(std::stoll(value_of(r, "organiser_id")))},
                    {"co_count", a.links.co_organiser_ids.empty() ? "" : std::to_string(a.links.co_organiser_ids.size())},
                    {"national_goals", goals.empty() ? "–" : goals},
                    {"women", hidden.sexes.women ? ".." : count_text(value_of(r, "participants_women"))},
                    {"men", hidden.sexes.men ? ".." : count_text(value_of(r, "participants_men"))},
                    {"other", hidden.other ? ".." : count_text(value_of(r, "participants_other"))}});
  }
  std::string query = activity_filter_query(*filter);
  std::string suffix = query.empty() ? "" : "?" + query;
  service::ActivityFilter summary_filter = *filter;
  if (summary_filter.county_code.empty()) summary_filter.county_code = viewer_county(db, auth);
  if (!summary_filter.year) summary_filter.year = db.clock().current_year();
  json ctx = page_context(auth);
  ctx.update({{"heading", i18n::tr("Insatser")},
              {"lead", auth.user ? i18n::tr("Insatser som genomförs för länets jämställdhetsstrategi: utbildningar, konferenser, "
                                            "nätverksträffar, kampanjer, stöd och statsbidrag.")
                                 : i18n::tr("Genomförda insatser för länens jämställdhetsstrategier som länsstyrelserna har "
                                            "publicerat.")},
              {"q", filter->search},
              {"filters", list_filters(db, *filter, auth)},
              {"rows", rows},
              {"has_rows", !rows.empty()},
              {"count_text", rows.size() == 1 ? i18n::tr("1 insats") : i18n::trf("{1} insatser", {report::number_text(static_cast<double>(rows.size()), 0)})},
              {"may_create", service::may_create_activities(auth.user)},
              {"summary_url", "/insatser/sammanstallning?" + activity_filter_query(summary_filter)},
              {"csv_url", "/insatser/export.csv" + suffix},
              {"xlsx_url", "/insatser/export.xlsx" + suffix},
              {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}})}});
  send_html(res, render_page("activity_list", i18n::tr("Insatser"), ctx));
}

// "Ändrade uppgifter" of one audit entry: each changed field and list.
std::string changes_of(const service::AuditEntry& e, const ActivityNames& names) {
  auto before = json::parse(e.before_json.value_or("{}"), nullptr, false);
  auto after = json::parse(e.after_json.value_or("{}"), nullptr, false);
  if (!before.is_object()) before = json::object();
  if (!after.is_object()) after = json::object();
  if (e.action == "delete") return "";
  std::string out;
  auto add = [&](const std::string& label, const std::string& value) {
    out += (out.empty() ? "" : "; ") + label + ": " + (value.empty() ? i18n::tr("(tomt)") : value);
  };
  for (const auto& f : spec().fields) {
    json b = before.value(f.name, json()), a = after.value(f.name, json());
    if (a == b || (e.action == "create" && a.is_null())) continue;
    std::string v = a.is_string() ? registers::display_value(f, a.get<std::string>())
                    : a.is_boolean() ? (a.get<bool>() ? i18n::tr("Ja") : i18n::tr("Nej"))
                    : a.is_number() ? a.dump()
                                    : "";
    if (f.kind == registers::FieldKind::reference && a.is_number()) v = names.organisation(a.get<std::int64_t>());
    add(registers::label_text(f.label_sv), v);
  }
  const std::pair<const char*, std::string_view> lists[] = {
      {"co_organiser_ids", i18n::N_("Medarrangörer")}, {"goal_nodes", i18n::N_("Mål i strategin")}, {"national_goals", i18n::N_("Nationella delmål")}};
  for (const auto& [key, label] : lists) {
    json b = before.value(key, json::array()), a = after.value(key, json::array());
    if (a == b || (e.action == "create" && a.empty())) continue;
    std::string v;
    for (const auto& item : a) {
      std::string text = item.is_number() ? names.organisation(item.get<std::int64_t>())
                         : item.is_string() ? item.get<std::string>()
                                            : item.dump();
      v += (v.empty() ? "" : ", ") + text;
    }
    add(i18n::tr(label), v);
  }
  return out;
}

std::string history_action(const std::string& action) {
  if (action == "create") return i18n::tr("Skapad");
  if (action == "update") return i18n::tr("Ändrad");
  if (action == "delete") return i18n::tr("Borttagen");
  return action;
}

json history(store::Database& db, std::int64_t id, const RequestAuth& auth, const ActivityNames& names) {
  json rows = json::array();
  auto entries = service::audit_trail(db, spec().entity, id, auth.user);
  if (!entries) return rows;
  for (const auto& e : *entries) {
    std::string at = e.at.size() >= 16 ? e.at.substr(0, 10) + " " + e.at.substr(11, 5) + " UTC" : e.at;
    rows.push_back({{"at", at}, {"actor", e.actor}, {"action", history_action(e.action)}, {"changes", changes_of(e, names)}});
  }
  return rows;
}

void show_detail(const Request& req, Response& res, store::Database& db) {
  auto id = parse_id(req.matches[1]);
  auto auth = authenticate(req, db);
  if (!id) return send_error_page(res, 404, i18n::tr("Det du söker finns inte."));
  auto found = service::get_activity(db, *id, auth.user);
  if (!found) return send_service_error_page(req, res, found.error());
  const auto& r = found->record;
  auto names = activity_names(db, {*found});
  json fields = json::array();
  auto add = [&](std::string_view label, const std::string& value) {
    fields.push_back({{"label", i18n::tr(label)}, {"value", value.empty() ? "–" : value}});
  };
  add(i18n::N_("Typ av insats"), shown("type", value_of(r, "type")));
  add(i18n::N_("Status"), shown("status", value_of(r, "status")));
  add(i18n::N_("Datum"), dates(r));
  add(i18n::N_("Län"), shown("county_code", value_of(r, "county_code")));
  add(i18n::N_("Målgrupper"), value_of(r, "target_groups"));
  add(i18n::N_("Deltagare, kvinnor"), count_text(value_of(r, "participants_women")));
  add(i18n::N_("Deltagare, män"), count_text(value_of(r, "participants_men")));
  add(i18n::N_("Deltagare, annat eller okänt kön"), count_text(value_of(r, "participants_other")));
  ParticipantTotals totals{value_of(r, "participants_women").empty() ? 0 : std::stoll(value_of(r, "participants_women")),
                           value_of(r, "participants_men").empty() ? 0 : std::stoll(value_of(r, "participants_men")),
                           0};
  auto share = totals.women_share();
  add(i18n::N_("Andel kvinnor"), share ? report::number_text(*share, 1) + " %" : "");
  add(i18n::N_("Publicerad"), value_of(r, "published") == "1" ? i18n::tr("Ja") : i18n::tr("Nej"));

  // Organisation pages are for the board and coordinators; contacts see only their own.
  bool signed_in = auth.user && !service::is_org_contact(auth.user);
  std::int64_t organiser = std::stoll(value_of(r, "organiser_id"));
  json co = json::array();
  for (auto org : found->links.co_organiser_ids)
    co.push_back({{"name", names.organisation(org)}, {"url", signed_in ? "/organisationer/" + std::to_string(org) : ""}});
  json nodes = json::array();
  for (const auto& code : found->links.goal_nodes)
    nodes.push_back({{"label", names.node(found->strategy_id, code)},
                     {"url", "/strategier/" + std::to_string(found->strategy_id) + "#mal-" + code}});
  json goals = json::array();
  for (const auto& ref : found->links.national_goals) {
    auto colon = ref.find(':');
    goals.push_back({{"label", national_goal_label(ref)},
                     {"url", "/nationella-mal/" + ref.substr(0, colon) + "/" + ref.substr(colon + 1)}});
  }
  json commitments = json::array();  // issue 12 item 3 (engineer B)
  for (const auto& c : service::commitment_labels(db, found->links.commitment_ids))
    commitments.push_back({{"label", i18n::trf("Mål {1}: {2}", {c.node_code, c.text})},
                           {"url", "/strategier/" + std::to_string(c.strategy_id) + "/ataganden#atagande-" +
                                       std::to_string(c.id)}});
  bool may_change = service::allowed(db, service::activity_rules(), service::Action::update, r, auth.user);
  std::string title = value_of(r, "title");
  json ctx = page_context(auth);
  ctx.update({{"heading", title},
              {"saved", req.has_param("sparad")},
              {"fields", fields},
              {"organiser", names.organisation(organiser)},
              {"organiser_url", signed_in ? "/organisationer/" + std::to_string(organiser) : ""},
              {"co_organisers", co},
              {"goal_nodes", nodes},
              {"has_goal_nodes", !nodes.empty()},
              {"national_goals", goals},
              {"has_national_goals", !goals.empty()},
              {"plan_targets", found->links.plan_targets},  // issue 12 C
              {"has_plan_targets", !found->links.plan_targets.empty()},
              {"commitments", commitments},                // issue 12 item 3 (engineer B)
              {"has_commitments", !commitments.empty()},  // issue 12 item 3 (engineer B)
              {"description", value_of(r, "description")},
              {"example", activity_example_context(db, *id, value_of(r, "county_code"), auth)},  // issue 14 (R4b)
              {"example_notice", req.has_param("exempel") ? (req.get_param_value("exempel") == "borttaget"
                                                                  ? i18n::tr("Markeringen som exempel är borttagen.")
                                                                  : i18n::tr("Insatsen är markerad som lärande exempel."))
                                                            : ""},
              {"may_change", may_change},
              {"csrf_token", auth.csrf_token},
              {"edit_url", "/insatser/" + std::to_string(*id) + "/andra"},
              {"delete_url", "/insatser/" + std::to_string(*id) + "/ta-bort"},
              {"show_history", service::may_read_audit(auth.user)},
              {"history", service::may_read_audit(auth.user) ? history(db, *id, auth, names) : json::array()},
              {"breadcrumbs", crumbs()}});
  send_html(res, render_page("activity_detail", title, ctx));
}

void delete_one(const Request& req, Response& res, store::Database& db) {
  auto auth = authenticate(req, db);
  if (!auth.user) return redirect_to_login(req, res);
  if (!csrf_satisfied(req, auth))
    return send_error_page(res, 403, i18n::tr("Formuläret saknar en giltig säkerhetskod. Ladda om sidan och försök igen."));
  auto id = path_id(req, res);
  if (!id) return;
  auto done = service::delete_activity(db, *id, auth.user);
  if (!done) return send_service_error_page(req, res, done.error());
  res.status = 303;
  res.set_header("Location", "/insatser");
}

}  // namespace

Handler activity_list_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {show_list(req, res, db); };
}

Handler activity_detail_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {show_detail(req, res, db); };
}

Handler activity_delete_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {delete_one(req, res, db); };
}

}  // namespace jamt::web
