// The sitemap of every public HTML page (sitemaps.org 0.9 with xhtml:link
// hreflang alternates, as search engines read them) and robots.txt.
#include <set>
#include <string>

#include "domain/national_goals.hpp"
#include "domain/regions.hpp"
#include "report/svg_chart.hpp"
#include "service/mail/mailer.hpp"
#include "service/news/news_service.hpp"
#include "service/portal_settings/public_reports.hpp"
#include "service/statistics/statistics_query.hpp"
#include "service/strategy/strategy_service.hpp"
#include "web/sitemap/sitemap_handlers.hpp"

namespace jamt::web {

namespace {

std::string trimmed_site(std::string site) {
  while (!site.empty() && site.back() == '/') site.pop_back();
  return site;
}

// The indicators of `nodes` and their descendants.
void indicator_ids(const std::vector<GoalNode>& nodes, std::vector<std::int64_t>& out) {
  for (const auto& n : nodes) {
    for (const auto& i : n.indicators)
      if (i.id > 0) out.push_back(i.id);
    indicator_ids(n.children, out);
  }
}

// Adds `path` unless it is there already.
struct Paths {
  std::vector<std::string> list;
  std::set<std::string> seen;
  void add(const std::string& path) {
    if (seen.insert(path).second) list.push_back(path);
  }
};

}  // namespace

std::vector<std::string> sitemap_paths(store::Database& db) {
  Paths p;
  const auto counties = RegionCatalogue::instance().at_level(RegionLevel::county);
  const int last_year = db.clock().current_year() - 1;
  p.add("/");
  p.add("/lan");
  for (const auto& c : counties) {
    p.add("/lan/" + c.code);
    p.add("/lan/" + c.code + "/nyheter");
  }
  if (auto news = service::all_published_news(db))
    for (const auto& n : *news) p.add("/lan/" + n.county_code + "/nyheter/" + std::to_string(n.id));
  // Strategies the public reads (adopted, archived), their commitments,
  // indicators and published follow-up reports.
  if (auto strategies = service::list_strategies(db, std::nullopt)) {
    for (const auto& s : *strategies) {
      const std::string base = "/strategier/" + std::to_string(s.id);
      p.add(base);
      p.add(base + "/ataganden");
      if (auto strategy = service::get_strategy(db, s.id, std::nullopt)) {
        std::vector<std::int64_t> indicators;
        indicator_ids(strategy->goals, indicators);
        for (auto id : indicators) p.add("/indikatorer/" + std::to_string(id));
      }
    }
  }
  // Published follow-up reports of those strategies (one query, not one per year).
  if (auto reports = service::public_report_ids(db))
    for (auto id : *reports) p.add("/rapporter/" + std::to_string(id));
  p.add("/indikatorer/metod");
  for (const auto& catalogue : national_goal_catalogues())
    for (const auto& goal : catalogue.subgoals) p.add("/nationella-mal/" + catalogue.version + "/" + goal.code);
  p.add("/statistik");
  if (auto measures = service::list_measures(db))
    for (const auto& m : *measures) p.add("/statistik/" + std::to_string(m.id));
  p.add("/anslutna");
  for (const auto& c : counties) p.add("/anslutna/" + c.code);
  for (const auto& c : counties) p.add("/anslut/" + c.code);
  p.add("/nationellt/" + std::to_string(last_year));
  p.add("/nationellt/handlingsplan");
  p.add("/nationellt/resurser/" + std::to_string(last_year));
  p.add("/nationellt/exempel");
  p.add("/tillganglighet");
  return p.list;
}

Handler sitemap_xml(store::Database& db, const service::MailSetup& mail) {
  return [&db, &mail](const Request&, Response& res) {
    const std::string site = trimmed_site(mail.site_url);
    std::string out =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
    for (const auto& path : sitemap_paths(db)) {
      const std::string url = report::xml_escape(site + path);
      out += "  <url>\n    <loc>" + url + "</loc>\n";
      out += "    <xhtml:link rel=\"alternate\" hreflang=\"sv\" href=\"" + url + "\"/>\n";
      out += "    <xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"" + url + "?lang=en\"/>\n";
      out += "  </url>\n";
    }
    out += "</urlset>\n";
    res.set_content(std::move(out), "application/xml; charset=utf-8");
  };
}

Handler robots_txt(const service::MailSetup& mail) {
  return [&mail](const Request&, Response& res) {
    res.set_content("User-agent: *\nAllow: /\nSitemap: " + trimmed_site(mail.site_url) + "/sitemap.xml\n",
                    "text/plain; charset=utf-8");
  };
}

}  // namespace jamt::web
