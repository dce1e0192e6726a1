// The year view of a strategy as a page and as JSON (issue 12, item 6).
#include <nlohmann/json.hpp>

#include "domain/registers/activity.hpp"
#include "domain/strategy/commitment_status.hpp"
#include "service/commitments/commitment_followup.hpp"
#include "service/strategy_year/strategy_year.hpp"
#include "web/http/guards.hpp"
#include "web/http/http_types.hpp"
#include "web/http/json_response.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/strategy_year/year_handlers.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;

std::string activity_status_sv(const std::string& code) {
  if (code == "planerad") return i18n::tr("Planerad");
  if (code == "pagar") return i18n::tr("Pågår");
  if (code == "genomford") return i18n::tr("Genomförd");
  if (code == "installd") return i18n::tr("Inställd");
  return code;
}

std::string commitment_status_sv(const std::optional<service::CommitmentStatusRow>& row) {
  if (!row) return i18n::tr("Ingen status satt");
  auto parsed = parse_commitment_status(row->status);
  return parsed ? i18n::tr(swedish_name(*parsed)) : row->status;
}

// "1 insats", "3 insatser".
std::string activities_text(std::size_t n) { return n == 1 ? i18n::tr("1 insats") : i18n::trf("{1} insatser", {std::to_string(n)}); }

// The year from the path, or an error page/answer.
std::optional<int> path_year(const Request& req) {
  if (req.matches.size() < 3) return std::nullopt;
  return std::stoi(std::string(req.matches[2]));
}

json year_json(const service::StrategyYear& y) {
  json nodes = json::array();
  for (const auto& n : y.nodes) {
    json activities = json::array(), commitments = json::array(), contributors = json::array();
    for (const auto& a : n.activities)
      activities.push_back({{"id", a.activity_id}, {"title", a.title}, {"status", a.status},
                            {"start_date", a.start_date}, {"end_date", a.end_date.empty() ? json() : json(a.end_date)},
                            {"organiser_id", a.organiser_id}, {"organiser", a.organiser_name}, {"joint", a.joint}});
    for (const auto& c : n.commitments)
      commitments.push_back({{"id", c.commitment.id}, {"text", c.commitment.text}, {"owner", c.owner_name},
                             {"targets", c.commitment.targets},
                             {"status", c.status ? json(c.status->status) : json()},
                             {"comment", c.status ? json(c.status->comment) : json()},
                             {"activities_in_year", c.activities_in_year}});
    for (const auto& o : n.contributors)
      contributors.push_back({{"organisation_id", o.organisation_id}, {"name", o.name}, {"declared", o.declared},
                              {"note", o.note}, {"activities", o.activities}});
    nodes.push_back({{"id", n.id}, {"code", n.code}, {"kind", std::string(to_string(n.kind))}, {"title", n.title},
                     {"depth", n.depth}, {"activities", activities}, {"joint_activities", n.joint_activities},
                     {"commitments", commitments}, {"contributors", contributors}});
  }
  return {{"strategy_id", y.strategy.id},
          {"title", y.strategy.title},
          {"year", y.year},
          {"totals",
           {{"activities", y.activities},
            {"joint_activities", y.joint_activities},
            {"commitments", y.commitments},
            {"commitments_done", y.commitments_done},
            {"commitments_without_status", y.commitments_without_status},
            {"contributing_organisations", y.contributors}}},
          {"nodes", nodes}};
}

}  // namespace

Handler strategy_year_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto year = path_year(req);
    if (!year) return send_service_error_page(req, res, Error{ErrorKind::not_found, "no such page", {}, {}});
    auto view = service::strategy_year(db, *id, *year, auth->user);
    if (!view) return send_service_error_page(req, res, view.error());
    const std::string base = "/strategier/" + std::to_string(*id);
    json nodes = json::array();
    for (const auto& n : view->nodes) {
      json activities = json::array(), commitments = json::array(), contributors = json::array();
      for (const auto& a : n.activities)
        activities.push_back({{"id", std::to_string(a.activity_id)}, {"title", a.title},
                              {"status", activity_status_sv(a.status)}, {"start_date", a.start_date},
                              {"organiser", a.organiser_name}, {"joint", a.joint}});
      for (const auto& c : n.commitments)
        commitments.push_back({{"text", c.commitment.text}, {"owner", c.owner_name},
                               {"status", commitment_status_sv(c.status)}, {"has_status", c.status.has_value()},
                               {"comment", c.status ? c.status->comment : ""},
                               {"activities", activities_text(static_cast<std::size_t>(c.activities_in_year))}});
      for (const auto& o : n.contributors)
        contributors.push_back({{"name", o.name}, {"declared", o.declared}, {"note", o.note},
                                {"activities", activities_text(static_cast<std::size_t>(o.activities))}});
      nodes.push_back({{"anchor", "mal-" + std::to_string(n.id)}, {"code", n.code},
                       {"kind", i18n::tr(swedish_name(n.kind))}, {"title", n.title}, {"h", "2"},
                       {"activities", activities}, {"has_activities", !activities.empty()},
                       {"activity_count", activities_text(n.activities.size())},
                       {"joint_count", std::to_string(n.joint_activities)}, {"commitments", commitments},
                       {"has_commitments", !commitments.empty()}, {"contributors", contributors},
                       {"has_contributors", !contributors.empty()}});
    }
    json years = json::array();
    for (int y = view->strategy.start_year; y <= view->strategy.end_year; ++y)
      years.push_back({{"year", std::to_string(y)}, {"url", base + "/ar/" + std::to_string(y)},
                       {"current", y == *year}});
    json ctx = page_context(*auth);
    ctx.update({{"strategy_title", view->strategy.title},
                {"year", std::to_string(*year)},
                {"years", years},
                {"nodes", nodes},
                {"activities", activities_text(static_cast<std::size_t>(view->activities))},
                {"joint_activities", std::to_string(view->joint_activities)},
                {"commitments", std::to_string(view->commitments)},
                {"commitments_done", std::to_string(view->commitments_done)},
                {"commitments_without_status", std::to_string(view->commitments_without_status)},
                {"contributors", std::to_string(view->contributors)},
                {"json_url", "/api/v1/strategies/" + std::to_string(*id) + "/years/" + std::to_string(*year)},
                {"commitments_url", base + "/ataganden"},
                {"report_url", base + "/uppfoljning/" + std::to_string(*year)},
                {"contributions_url", base + "/handlingsplan/bidrag"},
                {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                             {{"url", base}, {"label", view->strategy.title}}})}});
    send_html(res, render_page("strategy_year", i18n::trf("Året {1} – {2}", {std::to_string(*year), view->strategy.title}), ctx));
  };
}

Handler api_strategy_year(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto year = path_year(req);
    if (!year) return send_json_error(res, 404, "not_found", "no such year", "year");
    auto view = service::strategy_year(db, *id, *year, authenticate(req, db).user);
    if (!view) return send_service_error(req, res, view.error());
    send_json(res, year_json(*view));
  };
}

}  // namespace jamt::web
