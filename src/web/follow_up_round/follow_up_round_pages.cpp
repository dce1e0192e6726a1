#include <nlohmann/json.hpp>

#include <string>

#include "domain/i18n/translate.hpp"
#include "service/follow_up_round/follow_up_round.hpp"
#include "service/authorization.hpp"
#include "web/follow_up_round/follow_up_round_handlers.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/reports/document_response.hpp"

namespace jamt::web {

namespace {

using nlohmann::json;

// The year in capture group `group`, or nullopt after answering 404.
std::optional<int> path_year(const Request& req, Response& res, std::size_t group) {
  auto id = path_id(req, res, group);
  if (!id) return std::nullopt;
  return static_cast<int>(*id);
}

std::string round_path(const std::string& county, int year) {
  return "/uppfoljning/" + county + "/" + std::to_string(year);
}

json breadcrumbs(const std::string& county, int year, bool organisation) {
  json out = json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                          {{"url", "/anslutningar/forsenade-uppfoljningar"}, {"label", i18n::tr("Uppföljningar")}}});
  if (organisation) out.push_back({{"url", round_path(county, year)}, {"label", i18n::trf("Treårsuppföljning {1}", {std::to_string(year)})}});
  return out;
}

// "organisation-12" → 12; 0 for any other section id.
std::int64_t organisation_of_section(const std::string& id) {
  const std::string prefix = "organisation-";
  if (!id.starts_with(prefix) || id.size() == prefix.size()) return 0;
  std::int64_t n = 0;
  for (char c : id.substr(prefix.size())) {
    if (c < '0' || c > '9') return 0;
    n = n * 10 + (c - '0');
  }
  return n;
}

}  // namespace

Handler follow_up_round_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    const std::string county = req.matches.at(1);
    auto year = path_year(req, res, 2);
    if (!year) return;
    auto doc = service::follow_up_round(db, county, *year, auth->user);
    if (!doc) return send_service_error_page(req, res, doc.error());
    const std::string base = round_path(county, *year);
    DocumentResponseOptions options{
        .file_stem = "uppfoljning-" + county + "-" + std::to_string(*year),
        .breadcrumbs = breadcrumbs(county, *year, false),
        .intro_html = "<p>" +
                      i18n::tr("Varje ansluten verksamhet följs upp vart tredje år. Varje organisation har en egen "
                               "sida att skriva ut.") +
                      "</p>",
        .section_tools = [base](const report_doc::Section& s) -> std::string {
          std::int64_t id = organisation_of_section(s.id);
          if (id == 0) return "";
          return "<p><a href=\"" + base + "/organisationer/" + std::to_string(id) +
                 "\">" + i18n::tr("Organisationens egen sida") + "</a></p>";
        }};
    respond_with_document(req, res, *auth, *doc, options);
  };
}

Handler organisation_follow_up_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    const std::string county = req.matches.at(1);
    auto year = path_year(req, res, 2);
    if (!year) return;
    auto id = path_id(req, res, 3);
    if (!id) return;
    if (service::follow_up_county_of(db, *id) != county)
      return send_service_error_page(req, res, service::missing_record_error(auth->user, "organisation"));
    auto doc = service::organisation_follow_up(db, *id, *year, auth->user);
    if (!doc) return send_service_error_page(req, res, doc.error());
    DocumentResponseOptions options{
        .file_stem = "uppfoljning-" + county + "-" + std::to_string(*year) + "-organisation-" + std::to_string(*id),
        .breadcrumbs = breadcrumbs(county, *year, true),
        .intro_html = "",
        .section_tools = {}};
    respond_with_document(req, res, *auth, *doc, options);
  };
}

}  // namespace jamt::web
