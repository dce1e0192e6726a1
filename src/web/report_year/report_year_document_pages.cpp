// The yearly report as documents on the web (issue 14, items 1 and 6): the
// live report with a form per section for the strategist and the publish
// button, and a published version with the changes since the previous —
// both through respond_with_document (web/reports/document_response.hpp).
#include <nlohmann/json.hpp>

#include "domain/clock.hpp"
#include "domain/i18n/translate.hpp"
#include "domain/utc_time.hpp"
#include "report/document/document_from_json.hpp"
#include "report/svg_chart.hpp"
#include "service/report_year/report_versions.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/http/request_auth.hpp"
#include "web/report_year/report_year_handlers.hpp"
#include "web/report_year/report_year_support.hpp"
#include "web/reports/document_response.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;
namespace support = report_year_support;

std::string esc(const std::string& text) { return report::xml_escape(text); }
std::string str(std::int64_t n) { return std::to_string(n); }

// "2026-03-31 12:00" (Swedish time) of a UTC text, or the text itself.
std::string when(const std::string& utc) {
  auto t = parse_utc_text(utc);
  return t ? stockholm_time_text(*t) : utc;
}

std::string versions_html(const std::vector<service::PublishedReport>& versions) {
  if (versions.empty()) return "<p>" + i18n::tr("Ingen version är publicerad ännu.") + "</p>\n";
  std::string out = "<ul class=\"report-versions\">\n";
  for (const auto& v : versions)
    out += "<li><a href=\"" + support::version_url(v.id) + "\">" + i18n::trf("Version {1}", {str(v.version)}) + "</a>, " +
           i18n::trf("publicerad {1} av {2}", {esc(when(v.published_at)), esc(v.published_by)}) + "</li>\n";
  return out + "</ul>\n";
}

std::string live_intro(const service::LiveReport& live, std::int64_t id, int year, const RequestAuth& auth) {
  const std::string base = support::live_url(id, year);
  std::string out = "<p>" +
                    i18n::tr("Rapporten visar läget just nu och ändras med underlaget tills den publiceras. En "
                             "publicerad version ändras aldrig.") +
                    "</p>\n";
  out += "<h2 id=\"versioner\">" + i18n::tr("Publicerade versioner") + "</h2>\n" + versions_html(live.versions);
  if (!live.may_write) return out;
  const int next = live.versions.empty() ? 1 : live.versions.front().version + 1;
  out += "<form method=\"post\" action=\"" + base + "/publicera\" class=\"report-publish\">\n"
         "<input type=\"hidden\" name=\"csrf_token\" value=\"" + esc(auth.csrf_token) + "\">\n"
         "<p><input type=\"checkbox\" id=\"confirm-publish\" name=\"confirm\" value=\"ja\" required> "
         "<label for=\"confirm-publish\">" +
         i18n::trf("Jag vill publicera rapporten som version {1}. Den publicerade versionen kan inte ändras.",
                   {str(next)}) +
         "</label></p>\n"
         "<button type=\"submit\">" + i18n::trf("Publicera version {1}", {str(next)}) + "</button>\n</form>\n";
  return out;
}

// The form of one section: the strategist's text and the "Klar" box.
std::string section_form(const report_doc::Section& s, const std::string& action, const std::string& csrf) {
  const std::string id = esc(s.id);
  return "<form method=\"post\" action=\"" + action + "\" class=\"report-section-form\">\n"
         "<input type=\"hidden\" name=\"csrf_token\" value=\"" + esc(csrf) + "\">\n"
         "<input type=\"hidden\" name=\"section_id\" value=\"" + id + "\">\n"
         "<label for=\"text-" + id + "\">" + i18n::tr("Egen text om avsnittet") + "</label>\n"
         "<textarea id=\"text-" + id + "\" name=\"text\" rows=\"4\">" + esc(s.text) + "</textarea>\n"
         "<p><input type=\"checkbox\" id=\"done-" + id + "\" name=\"done\" value=\"1\"" + (s.done ? " checked" : "") +
         "> <label for=\"done-" + id + "\">" + i18n::tr("Klar") + "</label></p>\n"
         "<button type=\"submit\">" + i18n::tr("Spara avsnittet") + "</button>\n</form>\n";
}

std::string changes_html(const service::ReportVersion& v, const std::optional<service::DocumentDiff>& diff) {
  if (!v.previous) return "<p>" + i18n::tr("Detta är den första publicerade versionen.") + "</p>\n";
  std::string out =
      "<h2 id=\"andringar\">" + i18n::trf("Ändringar sedan version {1}", {str(v.previous->version)}) + "</h2>\n";
  if (!diff || diff->empty()) return out + "<p>" + i18n::tr("Inget har ändrats.") + "</p>\n";
  auto list = [&](const std::string& heading, const std::vector<std::string>& items) {
    if (items.empty()) return;
    out += "<h3>" + heading + "</h3>\n<ul>\n";
    for (const auto& i : items) out += "<li>" + i + "</li>\n";
    out += "</ul>\n";
  };
  std::vector<std::string> items;
  for (const auto& s : diff->sections_added) items.push_back(esc(s.heading));
  list(i18n::tr("Nya avsnitt"), items);
  items.clear();
  for (const auto& s : diff->sections_removed) items.push_back(esc(s.heading));
  list(i18n::tr("Borttagna avsnitt"), items);
  items.clear();
  for (const auto& t : diff->texts) {
    const std::string what = t.what == "text"      ? i18n::tr("egen text ändrad")
                             : t.what == "done"    ? i18n::tr("klar ändrad")
                             : t.what == "heading" ? i18n::tr("rubrik ändrad")
                                                   : i18n::tr("text ändrad");
    items.push_back("<a href=\"#" + esc(t.section_id) + "\">" + esc(t.heading) + "</a>: " + what +
                    (t.what == "done" ? " (" + esc(t.before) + " → " + esc(t.after) + ")" : ""));
  }
  list(i18n::tr("Ändrad text"), items);
  items.clear();
  for (const auto& t : diff->tables_added) items.push_back(i18n::trf("Ny tabell: {1}", {esc(t.caption)}));
  for (const auto& t : diff->tables_removed) items.push_back(i18n::trf("Borttagen tabell: {1}", {esc(t.caption)}));
  for (const auto& t : diff->rows_added) items.push_back(i18n::trf("{1}: ny rad {2}", {esc(t.caption), esc(t.row)}));
  for (const auto& t : diff->rows_removed)
    items.push_back(i18n::trf("{1}: borttagen rad {2}", {esc(t.caption), esc(t.row)}));
  list(i18n::tr("Tabeller"), items);
  if (!diff->cells.empty()) {
    out += "<table class=\"report-changes\">\n<caption>" + i18n::tr("Ändrade värden") +
           "</caption>\n<thead><tr><th scope=\"col\">" + i18n::tr("Tabell") + "</th><th scope=\"col\">" +
           i18n::tr("Rad") + "</th><th scope=\"col\">" + i18n::tr("Kolumn") + "</th><th scope=\"col\">" +
           i18n::tr("Före") + "</th><th scope=\"col\">" + i18n::tr("Efter") + "</th></tr></thead>\n<tbody>\n";
    for (const auto& c : diff->cells)
      out += "<tr><th scope=\"row\">" + esc(c.caption) + "</th><td>" + esc(c.row) + "</td><td>" + esc(c.column) +
             "</td><td>" + esc(c.before) + "</td><td>" + esc(c.after) + "</td></tr>\n";
    out += "</tbody>\n</table>\n";
  }
  return out;
}

std::string format_label(const std::string& f) {
  if (f == "html") return i18n::tr("Utskriftssida (HTML)");
  if (f == "json") return "JSON";
  if (f == "xlsx") return "Excel (XLSX)";
  if (f == "pdf") return "PDF";
  return f;
}

}  // namespace

Handler yearly_report_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    auto id = path_id(req, res);
    if (!id) return;
    auto year = support::path_year(req);
    if (!year) return send_error_page(res, 404, i18n::tr("Det finns inget sådant år."));
    auto live = service::live_yearly_report(db, *id, *year, auth.user);
    if (!live) return send_service_error_page(req, res, live.error());
    const std::string base = support::live_url(*id, *year);
    DocumentResponseOptions options{
        .file_stem = "uppfoljning-" + live->county_code + "-" + str(*year),
        .breadcrumbs = json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                    {{"url", "/strategier/" + str(*id)}, {"label", i18n::tr("Strategin")}},
                                    {{"url", "/strategier/" + str(*id) + "/ar/" + str(*year)},
                                     {"label", i18n::trf("Året {1}", {str(*year)})}}}),
        .intro_html = live_intro(*live, *id, *year, auth),
        .section_tools = {}};
    if (live->may_write) {
      const std::string action = base + "/avsnitt";
      const std::string csrf = auth.csrf_token;
      options.section_tools = [action, csrf](const report_doc::Section& s) { return section_form(s, action, csrf); };
    }
    respond_with_document(req, res, auth, live->document, options);
  };
}

Handler published_report_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    auto id = path_id(req, res);
    if (!id) return;
    auto version = service::published_report(db, *id, auth.user);
    if (!version) return send_service_error_page(req, res, version.error());
    auto document = report::document_from_json(version->report.document_json);
    if (!document) return send_internal_error_page(req, res, document.error().to_string());
    auto diff = support::changes_of(*version);
    if (!diff) return send_internal_error_page(req, res, diff.error().to_string());
    const auto& r = version->report;
    std::string intro = "<p>" +
                        i18n::trf("Version {1}, publicerad {2} av {3}. Versionen ändras aldrig; den levande rapporten "
                                  "finns under {4}.",
                                  {str(r.version), esc(when(r.published_at)), esc(r.published_by),
                                   "<a href=\"" + support::live_url(r.strategy_id, r.year) + "\">" +
                                       i18n::trf("uppföljningen {1}", {str(r.year)}) + "</a>"}) +
                        "</p>\n";
    if (!version->formats.empty()) {
      intro += "<p>" + i18n::tr("Publicerad som:") + "</p>\n<ul class=\"report-files\">\n";
      for (const auto& f : version->formats)
        intro += "<li><a href=\"" + support::version_url(*id) + "/filer/" + f + "\">" + format_label(f) + "</a></li>\n";
      intro += "</ul>\n";
    }
    intro += changes_html(*version, *diff);
    DocumentResponseOptions options{
        .file_stem = "uppfoljning-" + version->county_code + "-" + str(r.year) + "-version-" + str(r.version),
        .breadcrumbs = json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                    {{"url", "/strategier/" + str(r.strategy_id)}, {"label", version->strategy_title}},
                                    {{"url", support::live_url(r.strategy_id, r.year)},
                                     {"label", i18n::trf("Uppföljning {1}", {str(r.year)})}}}),
        .intro_html = intro,
        .section_tools = {}};
    respond_with_document(req, res, auth, *document, options);
  };
}

}  // namespace jamt::web
