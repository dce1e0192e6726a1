// The county portal /lan/{code} (issue 15, item 1): strategy, contact,
// joined organisations with search, statistics per national sub-goal,
// comparison, activities, the latest follow-up report and the way to join.
#include <nlohmann/json.hpp>

#include "domain/i18n/language.hpp"
#include "domain/i18n/translate.hpp"
#include "service/portal/county_portal.hpp"
#include "web/http/content_text.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/news/news_support.hpp"
#include "web/portal/portal_handlers.hpp"
#include "web/portal/portal_support.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;

// The goal areas a visitor reads first: the sub-goals under the overall
// goal when the tree has one, else the top-level goals.
json goal_areas(const Strategy& s) {
  const std::vector<GoalNode>& nodes =
      s.goals.size() == 1 && s.goals[0].kind == NodeKind::overall ? s.goals[0].children : s.goals;
  json out = json::array();
  for (const auto& n : nodes)
    out.push_back({{"code", n.code},
                   {"title", content_text(n.title, n.title_en).text},
                   {"title_lang", content_text(n.title, n.title_en).lang},
                   {"url", "/strategier/" + std::to_string(s.id) + "#mal-" + n.code}});
  return out;
}

json strategy_context(const std::optional<Strategy>& s) {
  if (!s) return nullptr;
  ContentText overall;
  if (s->goals.size() == 1 && s->goals[0].kind == NodeKind::overall)
    overall = content_text(s->goals[0].title, s->goals[0].title_en);
  const auto title = content_text(s->title, s->title_en);
  const auto vision = content_text(s->vision, s->vision_en);
  const auto description = content_text(s->description, s->description_en);
  return {{"title", title.text},
          {"title_lang", title.lang},
          {"url", "/strategier/" + std::to_string(s->id)},
          {"period", std::to_string(s->start_year) + "–" + std::to_string(s->end_year)},
          {"adopted_on", s->adopted_on.value_or("")},
          {"vision", vision.text},
          {"vision_lang", vision.lang},
          {"overall", overall.text},
          {"overall_lang", overall.lang},
          {"description", description.text},
          {"description_lang", description.lang},
          {"goal_areas", goal_areas(*s)}};
}

json lines_of(const std::string& text) {
  json lines = json::array();
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

json contact_context(const service::CountyContact& c) {
  json postal = lines_of(c.postal_address), visiting = lines_of(c.visiting_address);
  return {{"board_name", c.board_name},
          {"email", c.email},
          {"phone", c.phone},
          {"address_lines", postal},
          {"has_address", !postal.empty()},
          {"visiting_lines", visiting},
          {"has_visiting", !visiting.empty()},
          {"has_details", !c.email.empty() || !c.phone.empty() || !postal.empty() || !visiting.empty()}};
}

// The board's own intro: its English on an English page when given, else
// the Swedish, marked as Swedish on an English page.
json intro_context(const service::CountyContact& c) {
  const bool english_page = i18n::current_language() == i18n::Language::en;
  if (english_page && !c.intro_en.empty()) return {{"text", c.intro_en}, {"lang", ""}};
  return {{"text", c.intro}, {"lang", english_page && !c.intro.empty() ? "sv" : ""}};
}

json news_context(const service::CountyPortal& p) {
  json items = json::array();
  for (const auto& item : p.news) items.push_back(news::item_view(item));
  return {{"items", items},
          {"any", !items.empty()},
          {"list_url", "/lan/" + p.county.code + "/nyheter"},
          {"feed_url", "/lan/" + p.county.code + "/nyheter.atom"}};
}

json organisations_context(const service::CountyPortal& p, const std::string& search) {
  json rows = json::array();
  for (const auto& o : p.organisations)
    rows.push_back({{"name", o.name}, {"type", o.type_label},
                    {"municipality", o.municipality.empty() ? i18n::tr("hela länet") : o.municipality}});
  const std::size_t n = p.organisations.size();
  const std::string shown = std::to_string(n), total = std::to_string(p.joined_total);
  std::string count;
  if (search.empty())
    count = n == 1 ? i18n::trf("{1} organisation", {shown}) : i18n::trf("{1} organisationer", {shown});
  else
    count = n == 1 ? i18n::trf("{1} organisation av {2} matchar ”{3}”", {shown, total, search})
                   : i18n::trf("{1} organisationer av {2} matchar ”{3}”", {shown, total, search});
  return {{"rows", rows}, {"has_rows", n > 0}, {"count_text", count}, {"search", search},
          {"searched", !search.empty()}, {"none_joined", p.joined_total == 0}};
}

json activities_context(const service::CountyPortal& p) {
  json rows = json::array();
  for (const auto& a : p.activities)
    rows.push_back({{"title", a.title}, {"url", "/insatser/" + std::to_string(a.id)}, {"start_date", a.start_date},
                    {"end_date", a.end_date}});
  return rows;
}

json report_context(const std::optional<service::PortalReport>& r) {
  if (!r) return nullptr;
  return {{"url", "/rapporter/" + std::to_string(r->id)}, {"title", r->title}, {"year", std::to_string(r->year)},
          {"version", std::to_string(r->version)}, {"published_on", r->published_at.substr(0, 10)}};
}

}  // namespace

Handler county_portal_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    const std::string search = req.get_param_value("q");
    auto portal = service::county_portal(db, req.matches[1], {.search = search});
    if (!portal) return send_service_error_page(req, res, portal.error());
    const auto& p = *portal;
    const std::string code = p.county.code;
    json ctx = page_context(authenticate(req, db));
    ctx.update({{"county", p.county.name},
                 {"county_code", code},
                 {"page_url", "/lan/" + code},
                 {"intro", intro_context(p.contact)},
                 {"news", news_context(p)},
                 {"strategy", strategy_context(p.strategy)},
                 {"contact", contact_context(p.contact)},
                 {"organisations", organisations_context(p, search)},
                 {"statistics", portal_support::statistics_context(p)},
                 {"downloads", {{"csv", "/lan/" + code + "/statistik.csv"},
                                {"xlsx", "/lan/" + code + "/statistik.xlsx"},
                                {"jsonstat", "/lan/" + code + "/statistik.json"}}},
                 {"activities", activities_context(p)},
                 {"has_activities", !p.activities.empty()},
                 {"more_activities", p.more_activities},
                 {"report", report_context(p.report)},
                 {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}})}});
    send_html(res, render_page("portal_county", i18n::trf("Jämställdhet i {1}", {p.county.name}), ctx));
  };
}

}  // namespace jamt::web
