#include "web/activities/activity_support.hpp"

#include "domain/i18n/translate.hpp"
#include "service/disclosure/participants.hpp"
#include "web/http/http_types.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "domain/national_goals.hpp"
#include "domain/regions.hpp"
#include "service/organisations/organisation_lookup.hpp"
#include "service/strategy/strategy_service.hpp"

namespace jamt::web {

namespace {

using registers::Activity;
using registers::value_of;

std::optional<long long> whole_number(const std::string& text) {
  if (text.empty() || text.size() > 12 ||
      !std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); }))
    return std::nullopt;
  return std::stoll(text);
}

void flatten(const std::vector<GoalNode>& nodes, int depth, std::vector<FlatNode>& out) {
  for (const auto& n : nodes) {
    out.push_back({n.code, n.title, depth});
    flatten(n.children, depth + 1, out);
  }
}

void add_nodes(const std::vector<GoalNode>& nodes, std::map<std::string, std::string>& out) {
  for (const auto& n : nodes) {
    out.emplace(n.code, n.title);
    add_nodes(n.children, out);
  }
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "; ") + p;
  return out;
}

}  // namespace

Result<service::ActivityFilter> activity_filter_from(const Request& req) {
  service::ActivityFilter f;
  f.county_code = req.get_param_value("county");
  f.type = req.get_param_value("type");
  f.status = req.get_param_value("status");
  f.national_goal = req.get_param_value("national_goal");
  f.goal_node = req.get_param_value("goal_node");
  f.search = req.get_param_value("q");
  if (auto year = req.get_param_value("year"); !year.empty()) {
    auto n = whole_number(year);
    if (!n || *n > 9999) return validation_error(i18n::tr("året ska vara ett årtal, till exempel 2026"), {}, "year");
    f.year = static_cast<int>(*n);
  }
  if (auto org = req.get_param_value("organiser"); !org.empty()) {
    auto n = whole_number(org);
    if (!n) return validation_error(i18n::tr("arrangören ska anges med organisationens id"), {}, "organiser");
    f.organiser_id = *n;
  }
  return f;
}

std::string activity_filter_query(const service::ActivityFilter& f) {
  std::vector<std::pair<std::string, std::string>> params;
  if (!f.county_code.empty()) params.emplace_back("county", f.county_code);
  if (f.year) params.emplace_back("year", std::to_string(*f.year));
  if (!f.type.empty()) params.emplace_back("type", f.type);
  if (!f.status.empty()) params.emplace_back("status", f.status);
  if (f.organiser_id) params.emplace_back("organiser", std::to_string(*f.organiser_id));
  if (!f.national_goal.empty()) params.emplace_back("national_goal", f.national_goal);
  if (!f.goal_node.empty()) params.emplace_back("goal_node", f.goal_node);
  if (!f.search.empty()) params.emplace_back("q", f.search);
  std::string out;
  for (const auto& [k, v] : params) out += (out.empty() ? "" : "&") + k + "=" + encode_query_param(v);
  return out;
}

std::string ActivityNames::organisation(std::int64_t id) const {
  auto it = organisations.find(id);
  return it == organisations.end() ? "#" + std::to_string(id) : it->second;
}

std::string ActivityNames::node(std::int64_t strategy_id, const std::string& code) const {
  auto s = nodes.find(strategy_id);
  if (s == nodes.end()) return code;
  auto n = s->second.find(code);
  return n == s->second.end() ? code : code + " " + n->second;
}

ActivityNames activity_names(store::Database& db, const std::vector<Activity>& activities) {
  ActivityNames names;
  std::set<std::int64_t> strategies;
  for (const auto& a : activities)
    if (a.strategy_id) strategies.insert(a.strategy_id);
  for (const auto& [id, name] : service::organisation_names(db, "")) names.organisations[id] = name;
  for (auto id : strategies) {
    auto strategy = service::linked_strategy(db, id);  // issue 12, part A: the adopted version
    if (!strategy) continue;
    add_nodes(strategy->goals, names.nodes[id]);
    names.strategies[id] = strategy->title;
  }
  return names;
}

std::string national_goal_label(const std::string& reference) {
  const auto* goal = find_national_subgoal(reference);
  return goal ? reference + " " + goal->title : reference;
}

std::vector<std::string> activity_export_header() {
  return {"Id",
          "Titel",
          "Typ av insats",
          "Status",
          "Startdatum",
          "Slutdatum",
          "Län",
          "Arrangör",
          "Medarrangörer",
          "Gemensam insats",
          "Mål i strategin",
          "Nationella delmål",
          "Målgrupper",
          "Deltagare, kvinnor",
          "Deltagare, män",
          "Deltagare, annat eller okänt kön",
          "Deltagare, totalt",
          "Beskrivning",
          "Publicerad"};
}

std::vector<report::XlsxCell> activity_export_cells(const Activity& a, const ActivityNames& names) {
  using report::XlsxCell;
  const auto& spec = registers::activity_spec();
  const auto& r = a.record;
  auto shown = [&](const std::string& field) {
    return XlsxCell::text(registers::display_value(*spec.field(field), value_of(r, field)));
  };
  // Participants are persons: small counts read ".." to all but the owners.
  const auto hidden = service::disclosure::activity_participants(a);
  auto count = [&](const std::string& field, bool withheld) {
    const auto& v = value_of(r, field);
    if (withheld) return XlsxCell::text("..");
    return v.empty() ? XlsxCell::empty() : XlsxCell::number(static_cast<double>(std::stoll(v)));
  };
  std::vector<std::string> co, nodes, goals;
  for (auto id : a.links.co_organiser_ids) co.push_back(names.organisation(id));
  for (const auto& code : a.links.goal_nodes) nodes.push_back(names.node(a.strategy_id, code));
  for (const auto& ref : a.links.national_goals) goals.push_back(national_goal_label(ref));
  bool any_participants = false;
  long long total = 0;
  for (const char* f : {"participants_women", "participants_men", "participants_other"})
    if (!value_of(r, f).empty()) {
      any_participants = true;
      total += std::stoll(value_of(r, f));
    }
  return {XlsxCell::number(static_cast<double>(std::stoll(value_of(r, "id")))),
          XlsxCell::text(value_of(r, "title")),
          shown("type"),
          shown("status"),
          XlsxCell::text(value_of(r, "start_date")),
          XlsxCell::text(value_of(r, "end_date")),
          shown("county_code"),
          XlsxCell::text(names.organisation(std::stoll(value_of(r, "organiser_id")))),
          XlsxCell::text(joined(co)),
          XlsxCell::text(co.empty() ? "Nej" : "Ja"),
          XlsxCell::text(joined(nodes)),
          XlsxCell::text(joined(goals)),
          XlsxCell::text(value_of(r, "target_groups")),
          count("participants_women", hidden.sexes.women),
          count("participants_men", hidden.sexes.men),
          count("participants_other", hidden.other),
          hidden.sexes.total ? XlsxCell::text("..")
          : any_participants ? XlsxCell::number(static_cast<double>(total))
                             : XlsxCell::empty(),
          XlsxCell::text(value_of(r, "description")),
          XlsxCell::text(value_of(r, "published") == "1" ? "Ja" : "Nej")};
}

std::string viewer_county(store::Database& db, const RequestAuth& auth) {
  if (!auth.user) return "";
  if (service::is_strategist(auth.user)) return auth.user->county_code;
  std::string county;
  if (service::is_org_contact(auth.user) && auth.user->organisation_id)
    county = service::organisation_county(db, *auth.user->organisation_id).value_or("");
  return county;
}

std::optional<Strategy> strategy_for(store::Database& db, const std::string& county, int year) {
  return service::strategy_covering(db, county, year);
}

std::vector<FlatNode> flat_nodes(const Strategy& strategy) {
  std::vector<FlatNode> out;
  flatten(strategy.goals, 0, out);
  return out;
}

}  // namespace jamt::web
