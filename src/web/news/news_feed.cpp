// The Atom 1.0 feed of a county's published news (RFC 4287): one entry per
// item with a stable tag: URI as its id (RFC 4151), the text as
// content type="text", absolute links from the configured public address.
#include <string>

#include "report/svg_chart.hpp"
#include "service/mail/mailer.hpp"
#include "service/news/news_service.hpp"
#include "web/http/page_context.hpp"
#include "web/news/news_handlers.hpp"
#include "web/news/news_support.hpp"

namespace jamt::web {

namespace {

// The authority of a tag: URI: the host of `site` ("jamt.example.se").
std::string host_of(const std::string& site) {
  auto start = site.find("://");
  std::string rest = start == std::string::npos ? site : site.substr(start + 3);
  auto end = rest.find_first_of(":/");
  return end == std::string::npos ? rest : rest.substr(0, end);
}

std::string trimmed_site(std::string site) {
  while (!site.empty() && site.back() == '/') site.pop_back();
  return site;
}

}  // namespace

Handler news_feed(store::Database& db, const service::MailSetup& mail) {
  return [&db, &mail](const Request& req, Response& res) {
    auto county = news::county_of_path(req, res, db);
    if (!county) return;
    auto items = service::county_news(db, county->code, std::nullopt);
    if (!items) return send_service_error_page(req, res, items.error());
    const std::string site = trimmed_site(mail.site_url);
    const std::string list = site + news::list_url(county->code);
    const std::string host = host_of(site);
    // The feed changed when its newest entry did; with no entries, at the
    // epoch of the county's news (a fixed instant, so the feed is stable).
    std::string updated = "2000-01-01T00:00:00Z";
    for (const auto& item : *items)
      if (item.updated_at > updated) updated = item.updated_at;
    std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"sv\">\n";
    out += "  <id>tag:" + report::xml_escape(host) + ",2026:lan/" + county->code + "/nyheter</id>\n";
    out += "  <title>" + report::xml_escape("Nyheter från " + county->board_name) + "</title>\n";
    out += "  <updated>" + updated + "</updated>\n";
    out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + report::xml_escape(list) + ".atom\"/>\n";
    out += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + report::xml_escape(list) + "\"/>\n";
    out += "  <author><name>" + report::xml_escape(county->board_name) + "</name></author>\n";
    for (const auto& item : *items) {
      const std::string url = site + news::item_url(county->code, item.id);
      out += "  <entry>\n";
      // Stable whatever the title or the site's path: host, creation date, id.
      out += "    <id>tag:" + report::xml_escape(host) + "," + news::date_of(item.created_at) + ":lan/" + county->code +
             "/nyheter/" + std::to_string(item.id) + "</id>\n";
      out += "    <title type=\"text\">" + report::xml_escape(item.title) + "</title>\n";
      out += "    <published>" + item.published_at + "</published>\n";
      out += "    <updated>" + std::max(item.updated_at, item.published_at) + "</updated>\n";
      out += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + report::xml_escape(url) + "\"/>\n";
      out += "    <content type=\"text\">" + report::xml_escape(item.body) + "</content>\n";
      out += "  </entry>\n";
    }
    out += "</feed>\n";
    res.set_content(std::move(out), "application/atom+xml; charset=utf-8");
  };
}

}  // namespace jamt::web
