// HTML pages in Swedish: start page, strategy page, national-goal pages.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "service/authorization.hpp"

#include "domain/national_goals.hpp"
#include "web/strategy/strategy_handlers.hpp"
#include "web/http/http_types.hpp"
#include "domain/regions.hpp"
#include "embedded/embedded_files.hpp"
#include "domain/indicators/progress.hpp"
#include "service/indicators/strategy_indicators.hpp"  // issue 13, engineer IA
#include "service/strategy/strategy_service.hpp"
#include "service/surveys/survey_templates.hpp"
#include "report/number_text.hpp"
#include "web/http/content_text.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "service/strategy/strategy_versions.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;

std::string county_name(const std::string& code) {
  const Region* r = RegionCatalogue::instance().find(code);
  return r ? r->name : code;
}

// Splits free text into paragraphs at blank lines (or single newlines).
json paragraphs(const std::string& text) {
  json out = json::array();
  std::string current;
  auto flush = [&] {
    auto b = current.find_first_not_of(" \t\r\n");
    if (b != std::string::npos) out.push_back(current.substr(b, current.find_last_not_of(" \t\r\n") - b + 1));
    current.clear();
  };
  for (char c : text) {
    if (c == '\n') flush();
    else current += c;
  }
  flush();
  return out;
}

std::string period_text(int start, int end) { return std::to_string(start) + "–" + std::to_string(end); }

std::string national_goal_url(const std::string& reference) {
  auto colon = reference.find(':');
  return "/nationella-mal/" + reference.substr(0, colon) + "/" + reference.substr(colon + 1);
}

json national_goal_links(const std::vector<std::string>& refs) {
  json out = json::array();
  for (const auto& ref : refs) {
    const NationalSubgoal* g = find_national_subgoal(ref);
    out.push_back({{"reference", ref}, {"title", g ? g->title : ref}, {"url", national_goal_url(ref)}});
  }
  return out;
}

std::string value_text(const std::optional<PeriodValue>& pv, const std::string& unit) {
  if (!pv) return "";
  int decimals = pv->value == static_cast<long long>(pv->value) ? 0 : 1;
  std::string v = report::number_text(pv->value, decimals);
  if (unit == "percent") v += "\u00a0%";
  return v + " (" + pv->period + ")";
}

// Every indicator's values over its comparison years, keyed by indicator id
// (issue 13, engineer IA).
using LinkedValues = std::map<std::int64_t, service::IndicatorSeries>;

// The latest value and the progress status of indicator `i`, linking to its page.
json linked_value(const Indicator& i, const LinkedValues& values, const std::string& /*region*/) {
  auto it = values.find(i.id);
  if (it == values.end()) return nullptr;
  const auto& v = it->second;
  const std::string url = "/indikatorer/" + std::to_string(i.id);
  const std::string status = i18n::tr(indicators::swedish_name(v.progress.status));
  if (v.rows.empty())
    return {{"text", i18n::tr("Inga värden")}, {"url", url}, {"problem", v.problem}, {"status", status}};
  const auto& a = v.rows.back().analysis;
  const auto& hidden = v.rows.back().hidden;  // small counts of persons: ".."
  auto num = [](const std::optional<double>& x, bool withheld) {
    if (!x && withheld) return std::string("..");
    return report::optional_number_text(x, x && *x != static_cast<double>(static_cast<long long>(*x)) ? 1 : 0);
  };
  const std::string& period = v.rows.back().period;
  std::string text = a.women || a.men || hidden.women || hidden.men
                         ? i18n::trf("{1}: kvinnor {2}, män {3}", {period, num(a.women, hidden.women), num(a.men, hidden.men)})
                         : i18n::trf("{1}: totalt {2}", {period, num(a.total, hidden.total)});
  if (a.women_share && a.balance)
    text += i18n::trf(" ({1} kvinnor, {2})", {report::optional_number_text(a.women_share, 1) + "\u00a0%",
                                                      i18n::tr(stats::swedish_name(*a.balance))});
  return {{"text", text}, {"url", url}, {"status", status}};
}

json indicator_rows(const std::vector<Indicator>& indicators, const LinkedValues& values, const std::string& region) {
  json rows = json::array();
  for (const auto& i : indicators) {
    std::string dis;
    for (const auto& d : i.disaggregation) dis += (dis.empty() ? "" : ", ") + i18n::tr(swedish_label(d));
    rows.push_back({{"code", i.code},
                    {"name", i.name},
                    {"unit", i18n::tr(swedish_label(i.unit))},
                    {"source", i.source},
                    {"periodicity", i18n::tr(swedish_label(i.periodicity))},
                    {"disaggregation", dis},
                    {"direction", i18n::tr(swedish_label(i.direction))},
                    {"baseline", value_text(i.baseline, i.unit)},
                    {"target", value_text(i.target, i.unit)},
                    {"note", i.note},
                    {"latest", linked_value(i, values, region)}});
  }
  return rows;
}

// Flattens the tree into document order with heading levels (h2 for the
// roots), so the page's heading outline mirrors the goal tree.
// The node's commitments of the county board (`board`) or of other actors,
// each {text, owner}.
json commitment_items(const std::vector<Commitment>& commitments, bool board) {
  json out = json::array();
  for (const auto& c : commitments)
    if (c.owner.empty() == board) out.push_back({{"text", c.text}, {"owner", c.owner}});
  return out;
}

void flatten(const std::vector<GoalNode>& nodes, int depth, const LinkedValues& values, const std::string& region,
             json& out) {
  for (const auto& n : nodes) {
    json problems = json::array();
    for (const auto& pa : n.problem_areas) {
      json actions = json::array();
      for (const auto& a : pa.actions) {
        std::string contributors, subgoals;
        for (const auto& c : a.contributors) contributors += (contributors.empty() ? "" : ", ") + c;
        for (const auto& s : a.subgoals) subgoals += (subgoals.empty() ? "" : ", ") + s;
        actions.push_back({{"action", a.action}, {"contributors", contributors}, {"subgoals", subgoals}});
      }
      if (!actions.empty()) actions[0]["first"] = true;
      for (auto& a : actions) a["rowspan"] = std::to_string(actions.size());
      problems.push_back({{"problem", pa.problem}, {"actions", actions}});
    }
    const auto title = content_text(n.title, n.title_en);
    const auto description = content_text(n.description, n.description_en);
    out.push_back({{"anchor", "mal-" + n.code},
                   {"level", std::to_string(std::min(depth + 2, 6))},
                   {"depth", std::to_string(depth)},
                   {"code", n.code},
                   {"kind", std::string(to_string(n.kind))},
                   {"kind_label", i18n::tr(swedish_name(n.kind))},
                   {"title", title.text},
                   {"title_lang", title.lang},
                   {"description", paragraphs(description.text)},
                   {"description_lang", description.lang},
                   {"national_goals", national_goal_links(n.national_goals)},
                   {"has_national_goals", !n.national_goals.empty()},
                   {"indicators", indicator_rows(n.indicators, values, region)},
                   {"has_latest", std::any_of(n.indicators.begin(), n.indicators.end(),
                                              [&](const Indicator& i) { return values.count(i.id) > 0; })},
                   {"has_indicators", !n.indicators.empty()},
                   {"has_values", std::any_of(n.indicators.begin(), n.indicators.end(),
                                              [](const Indicator& i) { return i.baseline || i.target; })},
                   {"board_commitments", commitment_items(n.board_commitments, true)},
                   {"other_commitments", commitment_items(n.board_commitments, false)},
                   {"has_board_commitments", !commitment_items(n.board_commitments, true).empty()},
                   {"has_other_commitments", !commitment_items(n.board_commitments, false).empty()},
                   {"problem_areas", problems},
                   {"has_problem_areas", !problems.empty()}});
    flatten(n.children, depth + 1, values, region, out);
  }
}

// Whether a target names the board's yearly kartläggning among its follow-up sources.
bool followed_up_by_kartlaggning(const ActionPlanTarget& t) {
  return std::any_of(t.follow_up_sources.begin(), t.follow_up_sources.end(),
                     [](const std::string& s) { return s.find("kartläggning") != std::string::npos; });
}

// `questions`: the kartläggning template's questions by the target they
// follow up (docs/surveys.md, "Templates"), shown beside such targets.
json action_plan_context(const ActionPlan& p, const std::map<std::string, std::vector<std::string>>& questions) {
  json objectives = json::array();
  for (const auto& o : p.objectives) {
    json targets = json::array();
    for (const auto& t : o.targets) {
      auto found = questions.find(t.code);
      std::string survey_questions;
      if (found != questions.end() && followed_up_by_kartlaggning(t))
        for (const auto& q : found->second) survey_questions += (survey_questions.empty() ? "" : ", ") + q;
      targets.push_back({{"code", t.code}, {"title", t.title}, {"example_activities", t.example_activities},
                         {"follow_up_sources", t.follow_up_sources}, {"survey_questions", survey_questions}});
    }
    objectives.push_back({{"code", o.code}, {"title", o.title}, {"description", paragraphs(o.description)},
                          {"targets", targets}});
  }
  return {{"title", p.title}, {"period", period_text(p.start_year, p.end_year)},
          {"description", paragraphs(p.description)}, {"objectives", objectives}};
}

void not_found(Response& res, const std::string& message) {
  send_html(res, render_error_page(404, i18n::tr("Hittades inte"), message), 404);
}

// A failure to read the strategy: logged under the request id, never shown.
void server_error(const Request& req, Response& res, const Error& e) {
  send_internal_error_page(req, res, std::string(to_code(e.code)) + " error: " + e.to_string());
}

}  // namespace

Handler static_file(store::Database&) {
  return [](const Request& req, Response& res) {
    auto file = embedded_file("static/" + req.matches[1]);
    if (!file) {
      res.status = 404;
      return;
    }
    std::string path = req.matches[1];
    std::string type = path.ends_with(".css")  ? "text/css; charset=utf-8"
                       : path.ends_with(".js") ? "text/javascript; charset=utf-8"
                                               : "application/octet-stream";
    res.set_header("Cache-Control", "public, max-age=3600");
    res.set_content(std::string(*file), type);
  };
}

Handler start_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    auto strategies = service::list_strategies(db, auth.user);
    if (!strategies) return server_error(req, res, strategies.error());
    json counties = json::array();
    for (const auto& s : *strategies) {
      if (counties.empty() || counties.back()["code"] != s.county_code)
        counties.push_back({{"code", s.county_code}, {"name", county_name(s.county_code)}, {"strategies", json::array()}});
      counties.back()["strategies"].push_back({{"id", s.id},
                                                {"url", "/strategier/" + std::to_string(s.id)},
                                                {"title", content_text(s.title, s.title_en).text},
                                                {"title_lang", content_text(s.title, s.title_en).lang},
                                                {"period", period_text(s.start_year, s.end_year)},
                                                {"status", i18n::tr(swedish_name(s.status))}});
    }
    json catalogues = json::array();
    for (const auto& c : national_goal_catalogues()) {
      json subgoals = json::array();
      for (const auto& g : c.subgoals)
        subgoals.push_back({{"code", g.code}, {"title", g.title}, {"url", national_goal_url(g.reference(c.version))}});
      catalogues.push_back({{"version", c.version}, {"overall", c.overall}, {"subgoals", subgoals},
                            {"count", std::to_string(c.subgoals.size())}});
    }
    const auto& regions = RegionCatalogue::instance();
    json ctx = {{"counties", counties},
                {"has_counties", !counties.empty()},
                {"catalogues", catalogues},
                {"county_count", std::to_string(regions.at_level(RegionLevel::county).size())},
                {"municipality_count", std::to_string(regions.at_level(RegionLevel::municipality).size())}};
    ctx.update(page_context(auth));
    send_html(res, render_page("index", i18n::tr("Jämt – regionala jämställdhetsstrategier"), ctx));
  };
}

namespace {

// A version number from the query parameter `name`, or nullopt.
std::optional<int> version_param(const Request& req, const char* name) {
  std::string v = req.get_param_value(name);
  if (v.empty() || v.size() > 6 || v.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  return std::stoi(v);
}

// The page's versions section: the list, the comparison form (a GET form,
// no script needed) and, when ?fran=&till= name two versions, the changes.
json versions_context(store::Database& db, const Request& req, std::int64_t id, const std::optional<User>& viewer) {
  json ctx = {{"versions", json::array()}, {"has_versions", false}};
  auto versions = service::list_versions(db, id, viewer);
  if (!versions || versions->empty()) return ctx;
  auto from = version_param(req, "fran");
  auto to = version_param(req, "till");
  int last = versions->back().version;
  json list = json::array(), from_options = json::array(), to_options = json::array();
  for (const auto& v : *versions) {
    std::string n = std::to_string(v.version);
    list.push_back({{"version", n}, {"adopted_on", v.adopted_on}, {"decision", v.decision},
                    {"json_url", "/api/v1/strategies/" + std::to_string(id) + "/versions/" + n}});
    from_options.push_back({{"value", n}, {"selected", from ? *from == v.version : v.version == std::max(1, last - 1)}});
    to_options.push_back({{"value", n}, {"selected", to ? *to == v.version : v.version == last}});
  }
  ctx["versions"] = list;
  ctx["has_versions"] = true;
  ctx["can_compare"] = versions->size() > 1;
  ctx["from_options"] = from_options;
  ctx["to_options"] = to_options;
  if (from && to) {
    auto changes = service::compare_versions(db, id, *from, *to, viewer);
    ctx["compared"] = true;
    ctx["compared_from"] = std::to_string(*from);
    ctx["compared_to"] = std::to_string(*to);
    json lines = json::array();
    if (changes)
      for (const auto& c : *changes) lines.push_back(c.text);
    ctx["changes"] = lines;
    ctx["no_changes"] = changes && changes->empty();
    ctx["compare_error"] = changes ? json(nullptr) : json(i18n::tr("Versionerna finns inte. Välj två versioner i listan."));
  }
  return ctx;
}

}  // namespace

Handler strategy_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    auto strategy = service::get_strategy(db, std::stoll(req.matches[1]), auth.user);
    if (!strategy) {
      if (strategy.error().code == ErrorKind::not_found) return not_found(res, i18n::tr("Det finns ingen strategi med det numret."));
      return server_error(req, res, strategy.error());
    }
    const Strategy& s = *strategy;
    auto linked = service::strategy_indicator_values(db, s);
    if (!linked) return server_error(req, res, linked.error());
    json nodes = json::array();
    flatten(s.goals, 0, *linked, s.county_code, nodes);
    json toc = json::array();
    for (const auto& n : nodes)
      if (n["depth"] == "0" || n["depth"] == "1")
        toc.push_back({{"anchor", n["anchor"]},
                       {"code", n["code"]},
                       {"title", n["title"]},
                       {"title_lang", n["title_lang"]},
                       {"kind_label", n["kind_label"]}});
    const auto* catalogue = find_national_goal_catalogue(s.national_goal_version);
    const auto title = content_text(s.title, s.title_en);
    const auto vision = content_text(s.vision, s.vision_en);
    const auto description = content_text(s.description, s.description_en);
    json ctx = {{"title", title.text},
                {"title_lang", title.lang},
                {"county", county_name(s.county_code)},
                {"county_code", s.county_code},
                {"period", period_text(s.start_year, s.end_year)},
                {"status", i18n::tr(swedish_name(s.status))},
                {"adopted_on", s.adopted_on ? json(*s.adopted_on) : json(nullptr)},
                {"national_goal_version", s.national_goal_version},
                {"national_goal_count", catalogue ? std::to_string(catalogue->subgoals.size()) : ""},
                {"vision", paragraphs(vision.text)},
                {"vision_lang", vision.lang},
                {"has_vision", !vision.text.empty()},
                {"description", paragraphs(description.text)},
                {"description_lang", description.lang},
                {"has_description", !description.text.empty()},
                {"source", s.source},
                {"nodes", nodes},
                {"toc", toc},
                {"subgoal_count", std::to_string(count_nodes(s.goals, NodeKind::subgoal))},
                {"focus_area_count", std::to_string(count_nodes(s.goals, NodeKind::focus_area))},
                {"target_count", std::to_string(count_nodes(s.goals, NodeKind::target))},
                {"indicator_count", std::to_string(count_indicators(s.goals))},
                {"json_url", "/api/v1/strategies/" + std::to_string(s.id)},
                {"commitments_url", "/strategier/" + std::to_string(s.id) + "/ataganden"},  // issue 12 item 3
                {"action_plan", s.action_plan ? action_plan_context(*s.action_plan, service::kartlaggning_questions_by_target(db))
                                                 : json(nullptr)},
                {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}})}};
    // Issue 12, part A: the way into the editor for those who may change the strategy.
    const bool may_edit = service::authorize(auth.user, service::Action::update,
                                             service::Scope{.county_code = s.county_code,
                                                            .published = s.status != StrategyStatus::draft})
                              .ok();
    ctx["may_edit"] = may_edit && s.status != StrategyStatus::archived;
    ctx["edit_url"] = "/strategier/" + std::to_string(s.id) + "/redigera";
    ctx["may_create"] = may_edit;
    // Issue 12, items 4 and 6: the board's material per year and per action-plan target.
    if (service::may_read_strategy(auth.user, s.county_code, StrategyStatus::draft)) {
      json years = json::array();
      for (int y = s.start_year; y <= s.end_year; ++y)
        years.push_back({{"year", std::to_string(y)}, {"url", "/strategier/" + std::to_string(s.id) + "/ar/" + std::to_string(y)}});
      ctx["year_links"] = years;
      ctx["has_year_links"] = true;
      // Issue 14, item 1: the yearly follow-up of each year.
      json reports = json::array();
      for (int y = s.start_year; y <= s.end_year; ++y)
        reports.push_back({{"year", std::to_string(y)},
                           {"url", "/strategier/" + std::to_string(s.id) + "/uppfoljning/" + std::to_string(y)}});
      ctx["report_links"] = reports;
      ctx["contributions_url"] = s.action_plan ? "/strategier/" + std::to_string(s.id) + "/handlingsplan/bidrag" : "";
    }
    if (req.has_param("antagen")) ctx["adopted_message"] = i18n::trf("Strategin är antagen som version {1}.", {req.get_param_value("antagen")});
    ctx.update(versions_context(db, req, s.id, auth.user));
    ctx.update(page_context(auth));
    send_html(res, render_page("strategy", title.text, ctx));
  };
}

Handler national_goal_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    std::string version = req.matches[1], code = req.matches[2];
    const auto* catalogue = find_national_goal_catalogue(version);
    std::string reference = version + ":" + code;
    const NationalSubgoal* goal = find_national_subgoal(reference);
    if (!catalogue || !goal) return not_found(res, i18n::trf("Det finns inget nationellt delmål {1}.", {reference}));
    auto auth = authenticate(req, db);
    auto nodes = service::nodes_serving(db, reference, auth.user);
    if (!nodes) return server_error(req, res, nodes.error());
    json strategies = json::array();
    for (const auto& n : *nodes) {
      if (strategies.empty() || strategies.back()["id"] != n.strategy_id)
        strategies.push_back({{"id", n.strategy_id},
                              {"url", "/strategier/" + std::to_string(n.strategy_id)},
                              {"title", content_text(n.strategy_title, n.strategy_title_en).text},
                              {"title_lang", content_text(n.strategy_title, n.strategy_title_en).lang},
                              {"county", county_name(n.county_code)},
                              {"period", period_text(n.start_year, n.end_year)},
                              {"goals", json::array()}});
      strategies.back()["goals"].push_back({{"code", n.code},
                                            {"kind_label", i18n::tr(swedish_name(n.kind))},
                                            {"title", content_text(n.title, n.title_en).text},
                                            {"title_lang", content_text(n.title, n.title_en).lang},
                                            {"url", "/strategier/" + std::to_string(n.strategy_id) + "#mal-" + n.code}});
    }
    json ctx = {{"version", version},
                {"code", code},
                {"title", goal->title},
                {"description", goal->description},
                {"overall", catalogue->overall},
                {"strategies", strategies},
                {"has_strategies", !strategies.empty()},
                {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}})}};
    ctx.update(page_context(auth));
    send_html(res, render_page("national_goal", i18n::trf("Delmål {1}: {2}", {code, goal->title}), ctx));
  };
}

}  // namespace jamt::web
