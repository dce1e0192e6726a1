// /insatser/sammanstallning?county=08&year=2026: the counts of a county's
// activities in a year — per national sub-goal, per goal node of the
// strategy, per type and status, joint activities and participants by sex —
// each count linking to the list it was made from.

#include "service/disclosure/participants.hpp"
#include "domain/regions.hpp"

#include "domain/i18n/translate.hpp"
#include "web/activities/activity_handlers.hpp"
#include "web/http/http_types.hpp"
#include "report/number_text.hpp"
#include "service/activities/activity_summary.hpp"
#include "web/activities/activity_support.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;

std::string number(std::size_t n) { return report::number_text(static_cast<double>(n), 0); }
std::string number(long long n) { return report::number_text(static_cast<double>(n), 0); }

json select(const std::string& name, const std::string& label, const std::string& all_label,
            const std::vector<std::pair<std::string, std::string>>& choices, const std::string& selected) {
  json options = json::array();
  for (const auto& [code, text] : choices) options.push_back({{"code", code}, {"label", text}, {"selected", code == selected}});
  return {{"name", name}, {"label", label}, {"all_label", all_label}, {"options", options}};
}

// The rows of one breakdown, each linking to the list filtered by it.
json rows(const std::vector<ActivityCount>& counts, service::ActivityFilter base, const std::string& key) {
  json out = json::array();
  for (const auto& c : counts) {
    service::ActivityFilter f = base;
    if (key == "national_goal") f.national_goal = c.code;
    else if (key == "goal_node") f.goal_node = c.code;
    else if (key == "type") f.type = c.code;
    else f.status = c.code;
    out.push_back({{"code", c.code},
                   {"label", c.label},
                   {"depth", c.depth},
                   {"count", number(c.count)},
                   {"count_with_descendants", number(c.count_with_descendants)},
                   {"url", "/insatser?" + activity_filter_query(f)}});
  }
  return out;
}

}  // namespace

Handler activity_summary_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    auto filter = activity_filter_from(req);
    if (!filter) return send_service_error_page(req, res, filter.error());
    if (filter->county_code.empty()) filter->county_code = viewer_county(db, auth);
    if (!filter->year) filter->year = db.clock().current_year();

    std::vector<std::pair<std::string, std::string>> counties, years, statuses;
    for (const auto& r : RegionCatalogue::instance().at_level(RegionLevel::county)) counties.emplace_back(r.code, r.name);
    for (int y = db.clock().current_year() + 1; y >= 2014; --y)
      years.emplace_back(std::to_string(y), std::to_string(y));
    for (const auto& c : registers::activity_spec().field("status")->choices) statuses.emplace_back(c.code, i18n::tr(c.label_sv));
    json filters = json::array({select("county", i18n::tr("Län"), i18n::tr("– välj län –"), counties, filter->county_code),
                                select("year", i18n::tr("År"), "", years, std::to_string(*filter->year)),
                                select("status", i18n::tr("Status"), i18n::tr("Alla"), statuses, filter->status)});

    const Region* county = RegionCatalogue::instance().find(filter->county_code);
    std::string heading = county ? i18n::trf("Sammanställning av insatser {1} – {2}", {std::to_string(*filter->year), county->name})
                                 : i18n::trf("Sammanställning av insatser {1}", {std::to_string(*filter->year)});
    json ctx = page_context(auth);
    ctx.update({{"heading", heading},
                {"filters", filters},
                {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}, {{"url", "/insatser"}, {"label", i18n::tr("Insatser")}}})}});
    if (filter->county_code.empty()) {
      ctx["message"] = i18n::tr("Välj ett län för att se sammanställningen.");
      return send_html(res, render_page("activity_summary", heading, ctx));
    }
    auto summary = service::summarise_activities(db, *filter, auth.user);
    if (!summary) return send_service_error_page(req, res, summary.error());
    const auto& c = summary->counts;
    auto share = c.participants.women_share();
    const auto hidden = service::disclosure::summary_participants(*summary);
    ctx["summary"] = {
        {"total", number(c.total)},
        {"completed_with_national_goal", number(c.completed_with_national_goal)},
        {"joint", number(c.joint)},
        {"women", hidden.sexes.women ? ".." : number(c.participants.women)},
        {"men", hidden.sexes.men ? ".." : number(c.participants.men)},
        {"other", hidden.other ? ".." : number(c.participants.other)},
        {"participants_total", hidden.sexes.total ? ".." : number(c.participants.total())},
        {"women_share", hidden.sexes.shares() ? ".." : share ? report::number_text(*share, 1) + " %" : "–"},
        {"list_url", "/insatser?" + activity_filter_query(*filter)},
        {"strategy_title", summary->strategy ? summary->strategy->title : ""},
        {"by_national_goal", rows(c.by_national_goal, *filter, "national_goal")},
        {"by_goal_node", rows(c.by_goal_node, *filter, "goal_node")},
        {"by_type", rows(c.by_type, *filter, "type")},
        {"by_status", rows(c.by_status, *filter, "status")}};
    send_html(res, render_page("activity_summary", heading, ctx));
  };
}

}  // namespace jamt::web
