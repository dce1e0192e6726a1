// Pages and API of the steering-document register: the generic register
// pages, the board's assessment form and the summary "X av Y relevanta,
// varav Z konkreta" per organisation and county.

#include "domain/regions.hpp"

#include "web/http/messages.hpp"

#include "domain/i18n/translate.hpp"
#include "web/checklists/checklist_handlers.hpp"
#include "web/http/http_types.hpp"
#include "web/http/guards.hpp"
#include "domain/registers/steering_document.hpp"
#include "service/checklists/steering_document_register.hpp"
#include "web/http/page_context.hpp"
#include "web/registers/register_pages.hpp"
#include "web/http/render.hpp"
#include "web/http/request_params.hpp"
#include "web/checklists/steering_document_support.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;
using registers::Record;
using registers::value_of;

const char* const kBase = "/styrdokument";

json breadcrumbs() {
  return json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}, {{"url", kBase}, {"label", i18n::tr("Styrdokument")}}});
}

std::string error_on(const std::vector<Error>& errors, const std::string& field) {
  for (const auto& e : errors)
    if (e.field == field) return e.message;
  return "";
}

json radio_options(const std::string& name, const std::vector<std::pair<std::string, std::string>>& choices,
                   const std::string& selected) {
  json out = json::array();
  bool first = true;
  for (const auto& [value, label] : choices) {
    out.push_back({{"id", "field-" + name + (first ? "" : "-" + value)},
                   {"name", name},
                   {"value", value},
                   {"label", label},
                   {"checked", value == selected}});
    first = false;
  }
  return out;
}

std::string assessment_url(const std::string& id) { return std::string(kBase) + "/" + id + "/bedomning"; }

std::string summary_url_for_organisation(const std::string& organisation_id) {
  return std::string(kBase) + "/sammanstallning?organisation=" + organisation_id;
}

void show_assessment_form(Response& res, const RequestAuth& auth, const Record& document,
                          const Record& values, const std::vector<Error>& errors, int status) {
  const auto& id = value_of(document, "id");
  json summary = json::array();
  for (const auto& e : errors) summary.push_back({{"field", e.field}, {"message", e.message}});
  json ctx = page_context(auth);
  std::string heading = i18n::trf("Bedöm {1}", {value_of(document, "title")});
  ctx.update({{"heading", heading},
              {"action", assessment_url(id)},
              {"document_url", std::string(kBase) + "/" + id},
              {"document_link", value_of(document, "url")},
              {"csrf_token", auth.csrf_token},
              {"relevant_options", radio_options("relevant", {{"1", i18n::tr("Ja")}, {"0", i18n::tr("Nej")}}, value_of(values, "relevant"))},
              {"relevant_error", error_on(errors, "relevant")},
              {"level_options",
               radio_options("level", {{"allman", i18n::tr("Allmän – på en övergripande och generell nivå")},
                                       {"konkret", i18n::tr("Konkret – med mål, åtgärder eller uppföljning")}},
                             value_of(values, "level"))},
              {"level_error", error_on(errors, "level")},
              {"comment", value_of(values, "comment")},
              {"comment_error", error_on(errors, "comment")},
              {"errors", summary},
              {"has_errors", !errors.empty()},
              {"breadcrumbs", breadcrumbs()}});
  send_html(res, render_page("steering_assessment_form", (errors.empty() ? "" : i18n::tr(messages::validation_summary.sv)) + heading, ctx),
            status);
}

std::string detail_extra(store::Database& db, const Record& document, const RequestAuth& auth) {
  bool may_assess = service::allowed(db, service::steering_document_rules(), service::Action::decide, document, auth.user);
  const auto& relevant = value_of(document, "relevant");
  std::string assessment = i18n::tr("Dokumentet är inte bedömt ännu.");
  const std::string& on = value_of(document, "assessed_on");
  if (relevant == "1")
    assessment = value_of(document, "level") == "konkret"
                     ? i18n::trf("Bedömt {1}: jämställdhetsintegrerat, konkret.", {on})
                     : i18n::trf("Bedömt {1}: jämställdhetsintegrerat, allmänt.", {on});
  else if (!relevant.empty())
    assessment = i18n::trf("Bedömt {1}: inte jämställdhetsintegrerat.", {on});
  return render_template("steering_document_assessment",
                         {{"assessed", !relevant.empty()},
                          {"assessment", assessment},
                          {"may_assess", may_assess},
                          {"assessment_url", assessment_url(value_of(document, "id"))},
                          {"summary_url", summary_url_for_organisation(value_of(document, "organisation_id"))}});
}

std::string list_extra(store::Database&, const RequestAuth& auth) {
  if (!auth.user) return "";
  return render_template("steering_document_links", {{"summary_url", std::string(kBase) + "/sammanstallning"}});
}

json count_cells(const registers::SteeringCounts& c) {
  return {{"documents", std::to_string(c.documents)}, {"assessed", std::to_string(c.assessed)},
          {"relevant", std::to_string(c.relevant)},   {"concrete", std::to_string(c.concrete)},
          {"general", std::to_string(c.general)},     {"not_assessed", std::to_string(c.not_assessed())},
          {"sentence", registers::steering_sentence(c)}};
}

void summary_page(const Request& req, Response& res, store::Database& db) {
  auto auth = authenticate(req, db);
  if (!auth.user) return redirect_to_login(req, res);
  const std::string readable = service::readable_county(auth.user);
  std::optional<std::int64_t> organisation;
  if (req.has_param("organisation")) {
    organisation = parse_id(req.get_param_value("organisation"));
    if (!organisation) return send_error_page(res, 404, i18n::tr("Det du söker finns inte."));
  } else if (readable.empty() && auth.user->organisation_id) {
    organisation = auth.user->organisation_id;
  }
  std::string county = readable == "*" ? req.get_param_value("lan") : readable;
  std::optional<int> year;
  const std::string wanted = req.get_param_value("ar");
  if (wanted.size() == 4 && wanted.find_first_not_of("0123456789") == std::string::npos) year = std::stoi(wanted);

  json ctx = page_context(auth);
  json counties = json::array();
  if (readable == "*" && !organisation)
    for (const auto& r : RegionCatalogue::instance().at_level(RegionLevel::county))
      counties.push_back({{"code", r.code}, {"label", r.name}, {"selected", r.code == county}});
  ctx.update({{"choose_county", readable == "*" && !organisation}, {"counties", counties}, {"breadcrumbs", breadcrumbs()}});
  if (!organisation && county.empty()) {
    ctx["heading"] = i18n::tr("Sammanställning av styrdokumenten");
    return send_html(res, render_page("steering_summary", i18n::tr("Sammanställning av styrdokumenten"), ctx));
  }
  auto summary = service::steering_summary(db, county, organisation, year, auth.user);
  if (!summary) return send_service_error_page(req, res, summary.error());

  json years = json::array();
  years.push_back({{"code", ""}, {"label", i18n::tr("Alla år")}, {"selected", !year}});
  for (int y : summary->years)
    years.push_back({{"code", std::to_string(y)}, {"label", std::to_string(y)}, {"selected", year == y}});
  json rows = json::array();
  for (const auto& row : summary->organisations) {
    json r = count_cells(row.counts);
    r["name"] = row.organisation_name;
    r["list_url"] = std::string(kBase) + "?organisation_id=" + std::to_string(row.organisation_id);
    rows.push_back(r);
  }
  const Region* region = RegionCatalogue::instance().find_county(summary->county_code);
  std::string place = organisation && !summary->organisations.empty() ? summary->organisations.front().organisation_name
                      : organisation ? i18n::tr("organisationen")
                                     : (region ? region->name : summary->county_code);
  std::string heading = year ? i18n::trf("Styrdokument – {1} {2}", {place, std::to_string(*year)})
                             : i18n::trf("Styrdokument – {1}", {place});
  std::string api = "/api/v1/steering-documents/summary?" +
                    (organisation ? "organisation_id=" + std::to_string(*organisation) : "county=" + summary->county_code) +
                    (year ? "&year=" + std::to_string(*year) : "");
  ctx.update({{"heading", heading},
              {"has_scope", true},
              {"year", year ? std::to_string(*year) : ""},
              {"organisation", organisation ? std::to_string(*organisation) : ""},
              {"county", organisation ? "" : summary->county_code},
              {"years", years},
              {"total", count_cells(summary->total)},
              {"rows", rows},
              {"has_rows", !rows.empty()},
              {"show_total_row", rows.size() > 1},
              {"total_label", organisation ? i18n::tr("Totalt") : i18n::trf("Hela {1}", {region ? region->name : summary->county_code})},
              {"api_url", api}});
  send_html(res, render_page("steering_summary", heading, ctx));
}

}  // namespace

Handler steering_document_assessment_form(store::Database& db) {
  const auto& rules = service::steering_document_rules();
  return [&db, &rules](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    if (!auth.user) return redirect_to_login(req, res);
    auto id = path_id(req, res);
    if (!id) return;
    auto found = service::get_record(db, rules, *id, auth.user);
    if (!found) return send_service_error_page(req, res, found.error());
    if (!service::allowed(db, rules, service::Action::decide, *found, auth.user))
      return send_error_page(res, 403, i18n::tr("Bara länsstyrelsen bedömer styrdokument."));
    Record values{{"relevant", value_of(*found, "relevant")},
                  {"level", value_of(*found, "level")},
                  {"comment", value_of(*found, "assessment_comment")}};
    show_assessment_form(res, auth, *found, values, {}, 200);
  };
}

Handler steering_document_assessment_submit(store::Database& db) {
  const auto& rules = service::steering_document_rules();
  return [&db, &rules](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    if (!auth.user) return redirect_to_login(req, res);
    if (!csrf_satisfied(req, auth))
      return send_error_page(res, 403, i18n::tr("Formuläret saknar en giltig säkerhetskod. Ladda om sidan och försök igen."));
    auto id = path_id(req, res);
    if (!id) return;
    Record input{{"relevant", req.get_param_value("relevant")},
                 {"level", req.get_param_value("level")},
                 {"comment", req.get_param_value("comment")}};
    std::vector<Error> problems;
    auto saved = service::assess_steering_document(db, *id, input, auth.user, &problems);
    if (!saved) {
      if (saved.error().code != ErrorKind::validation) return send_service_error_page(req, res, saved.error());
      auto found = service::get_record(db, rules, *id, auth.user);
      if (!found) return send_service_error_page(req, res, found.error());
      return show_assessment_form(res, auth, *found, input, problems, 400);
    }
    res.status = 303;
    res.set_header("Location", std::string(kBase) + "/" + std::to_string(*id) + "?sparad=1");
  };
}

Handler steering_document_summary_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {summary_page(req, res, db); };
}

RecordPageHooks steering_document_page_hooks() { return {.detail_extra = detail_extra, .list_extra = list_extra, .detail_fields = {}}; }

}  // namespace jamt::web
