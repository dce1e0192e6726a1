// Pages and API of the systematics checklists: the generic register pages
// (list, CSV, record with history, delete) with the checklist's own form —
// all ten points at once, as radio groups — and its summaries per
// organisation and per county.

#include <algorithm>

#include "web/http/messages.hpp"

#include "domain/i18n/translate.hpp"
#include <map>

#include "domain/regions.hpp"
#include "web/http/http_types.hpp"
#include "web/http/guards.hpp"
#include "domain/registers/checklist.hpp"
#include "domain/registers/checklist_summary.hpp"
#include "report/number_text.hpp"
#include "service/checklists/checklist_register.hpp"
#include "store/database.hpp"
#include "web/checklists/checklist_handlers.hpp"
#include "web/http/page_context.hpp"
#include "web/registers/register_pages.hpp"
#include "web/http/render.hpp"
#include "web/http/request_params.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;
using registers::AnswerCounts;
using registers::Record;
using registers::value_of;

const char* const kBase = "/checklistor";
const std::pair<const char*, const char*> kAnswerChoices[] = {{"ja", "Ja"}, {"delvis", "Delvis"}, {"nej", "Nej"}};

// "+2", "−1" (a true minus sign), "±0".
std::string signed_number(int n) {
  if (n > 0) return "+" + std::to_string(n);
  if (n < 0) return "−" + std::to_string(-n);
  return "±0";
}

std::string share_text(const std::optional<double>& share) {
  return share ? report::number_text(*share, 1) + " %" : "–";
}

std::string change_text(const registers::OrganisationYear& y) {
  if (!y.change) return i18n::tr("Första året");
  return i18n::trf("Ja {1}, delvis {2}, nej {3} jämfört med {4}",
                   {signed_number(y.change->ja), signed_number(y.change->delvis), signed_number(y.change->nej),
                    std::to_string(*y.previous_year)});
}

std::string answer_label(const std::string& code) {
  if (code == "ja") return i18n::tr("Ja");
  if (code == "delvis") return i18n::tr("Delvis");
  if (code == "nej") return i18n::tr("Nej");
  return "–";
}

json breadcrumbs() {
  return json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}, {{"url", kBase}, {"label", i18n::tr("Checklistor")}}});
}

// The error on `field` among `errors`, or "".
std::string error_on(const std::vector<Error>& errors, const std::string& field) {
  for (const auto& e : errors)
    if (e.field == field) return e.message;
  return "";
}

json point_fields(const Record& values, const std::vector<Error>& errors) {
  json points = json::array();
  const auto& texts = registers::checklist_point_texts();
  for (int n = 1; n <= registers::kChecklistPoints; ++n) {
    const auto answer = registers::answer_field(n), comment = registers::comment_field(n);
    json options = json::array();
    for (const auto& [code, label] : kAnswerChoices)
      options.push_back({{"id", "field-" + answer + (std::string(code) == "ja" ? "" : "-" + std::string(code))},
                         {"value", code},
                         {"label", label},
                         {"checked", value_of(values, answer) == code}});
    points.push_back({{"number", std::to_string(n)},
                      {"text", i18n::tr(texts[n - 1])},
                      {"answer_name", answer},
                      {"comment_name", comment},
                      {"options", options},
                      {"comment", value_of(values, comment)},
                      {"error", error_on(errors, answer)},
                      {"comment_error", error_on(errors, comment)}});
  }
  return points;
}

void show_form(Response& res, store::Database& db, const RequestAuth& auth, const Record& values,
               const std::vector<Error>& errors, const std::string& action, const std::string& heading, int status) {
  json head_fields = json::array();
  for (const auto& f : form_fields(db, registers::checklist_spec(), values, errors, auth))
    if (f["name"] == "organisation_id" || f["name"] == "year") head_fields.push_back(f);
  json summary = json::array();
  for (const auto& e : errors) summary.push_back({{"field", e.field}, {"message", e.message}});
  json ctx = page_context(auth);
  ctx.update({{"heading", heading},
              {"action", action},
              {"csrf_token", auth.csrf_token},
              {"fields", head_fields},
              {"points", point_fields(values, errors)},
              {"errors", summary},
              {"has_errors", !errors.empty()},
              {"cancel_url", kBase},
              {"breadcrumbs", breadcrumbs()}});
  send_html(res, render_page("checklist_form", (errors.empty() ? "" : i18n::tr(messages::validation_summary.sv)) + heading, ctx), status);
}

// After a failed save: the form again with every problem (400), or the
// error page for anything else.
void show_save_error(const Request& req, Response& res, store::Database& db,
                     const RequestAuth& auth, const Record& input, std::vector<Error> problems, const Error& error,
                     const std::string& action, const std::string& heading) {
  if (problems.empty() && (error.code == ErrorKind::validation || error.code == ErrorKind::conflict)) problems.push_back(error);
  if (problems.empty()) return send_service_error_page(req, res, error);
  show_form(res, db, auth, input, problems, action, heading, 400);
}

std::string organisation_summary_url(const std::string& organisation_id) {
  return std::string(kBase) + "/organisation/" + organisation_id;
}

std::string detail_extra(store::Database&, const Record& checklist, const RequestAuth&) {
  json rows = json::array();
  const auto& texts = registers::checklist_point_texts();
  for (int n = 1; n <= registers::kChecklistPoints; ++n)
    rows.push_back({{"number", std::to_string(n)},
                    {"text", i18n::tr(texts[n - 1])},
                    {"answer", answer_label(value_of(checklist, registers::answer_field(n)))},
                    {"comment", value_of(checklist, registers::comment_field(n))}});
  auto counts = registers::count_answers(checklist);
  return render_template("checklist_answers",
                         {{"rows", rows},
                          {"counts", i18n::trf("Ja: {1}, delvis: {2}, nej: {3}", {std::to_string(counts.ja), std::to_string(counts.delvis),
                                                                         std::to_string(counts.nej)})},
                          {"summary_url", organisation_summary_url(value_of(checklist, "organisation_id"))}});
}

std::string list_extra(store::Database&, const RequestAuth& auth) {
  json links = json::array();
  if (service::is_org_contact(auth.user) && auth.user->organisation_id)
    links.push_back({{"url", organisation_summary_url(std::to_string(*auth.user->organisation_id))},
                     {"label", i18n::tr("Er organisations svar år för år")}});
  if (!service::readable_county(auth.user).empty())
    links.push_back({{"url", std::string(kBase) + "/sammanstallning"}, {"label", i18n::tr("Sammanställning för länet")}});
  return render_template("checklist_links", {{"links", links}});
}

void county_summary_page(const Request& req, Response& res, store::Database& db) {
  auto auth = authenticate(req, db);
  if (!auth.user) return redirect_to_login(req, res);
  const std::string readable = service::readable_county(auth.user);
  if (readable.empty())
    return send_error_page(res, 403, i18n::tr("Sammanställningen för länet visas för länsstyrelsen och den nationella samordnaren."));
  std::string county = readable == "*" ? req.get_param_value("lan") : readable;
  json ctx = page_context(auth);
  json counties = json::array();
  if (readable == "*")
    for (const auto& r : RegionCatalogue::instance().at_level(RegionLevel::county))
      counties.push_back({{"code", r.code}, {"label", r.name}, {"selected", r.code == county}});
  ctx.update({{"choose_county", readable == "*"}, {"counties", counties}, {"breadcrumbs", breadcrumbs()}});
  if (county.empty()) {
    ctx["heading"] = i18n::tr("Sammanställning av checklistorna");
    return send_html(res, render_page("checklist_county_summary", i18n::tr("Sammanställning av checklistorna"), ctx));
  }
  auto records = service::checklists_of_county(db, county, auth.user);
  if (!records) return send_service_error_page(req, res, records.error());
  auto years = registers::checklist_years(*records);
  int year = years.empty() ? db.clock().current_year() : years.front();
  const std::string wanted = req.get_param_value("ar");
  if (wanted.size() == 4 && wanted.find_first_not_of("0123456789") == std::string::npos) year = std::stoi(wanted);
  if (std::find(years.begin(), years.end(), year) == years.end()) years.push_back(year);
  std::sort(years.rbegin(), years.rend());
  json year_options = json::array();
  for (int y : years) year_options.push_back({{"code", std::to_string(y)}, {"label", std::to_string(y)}, {"selected", y == year}});

  auto summary = registers::county_summary(year, *records);
  const auto& texts = registers::checklist_point_texts();
  json points = json::array();
  for (const auto& p : summary.points)
    points.push_back({{"number", std::to_string(p.point)},
                      {"text", i18n::tr(texts[p.point - 1])},
                      {"ja", std::to_string(p.counts.ja)},
                      {"delvis", std::to_string(p.counts.delvis)},
                      {"nej", std::to_string(p.counts.nej)},
                      {"share_ja", share_text(p.share_ja)}});

  std::map<std::string, std::vector<Record>> by_organisation;
  for (const auto& r : *records) by_organisation[value_of(r, "organisation_id")].push_back(r);
  json organisations = json::array();
  const auto* org_field = registers::checklist_spec().field("organisation_id");
  for (const auto& [id, checklists] : by_organisation)
    for (const auto& y : registers::organisation_summary(checklists))
      if (y.year == year)
        organisations.push_back({{"name", shown_value(db, *org_field, id)},
                                 {"url", organisation_summary_url(id)},
                                 {"ja", std::to_string(y.counts.ja)},
                                 {"delvis", std::to_string(y.counts.delvis)},
                                 {"nej", std::to_string(y.counts.nej)},
                                 {"change", change_text(y)}});
  std::sort(organisations.begin(), organisations.end(),
            [](const json& a, const json& b) { return a["name"].get<std::string>() < b["name"].get<std::string>(); });

  const Region* region = RegionCatalogue::instance().find_county(county);
  std::string heading = i18n::trf("Checklistorna i {1} {2}", {region ? region->name : county, std::to_string(year)});
  ctx.update({{"heading", heading},
              {"has_county", true},
              {"years", year_options},
              {"year", std::to_string(year)},
              {"organisation_count", summary.organisations == 1
                                         ? i18n::tr("1 organisation")
                                         : i18n::trf("{1} organisationer", {std::to_string(summary.organisations)})},
              {"has_answers", summary.organisations > 0},
              {"points", points},
              {"organisations", organisations},
              {"api_url", "/api/v1/checklists/summary?county=" + county + "&year=" + std::to_string(year)}});
  send_html(res, render_page("checklist_county_summary", heading, ctx));
}

void organisation_summary_page(const Request& req, Response& res, store::Database& db) {
  auto auth = authenticate(req, db);
  auto id = path_id(req, res);
  if (!id) return;
  auto found = service::checklists_of_organisation(db, *id, auth.user);
  if (!found) return send_service_error_page(req, res, found.error());
  auto summary = registers::organisation_summary(found->checklists);
  std::map<int, const Record*> by_year;
  for (const auto& r : found->checklists) by_year[std::stoi(value_of(r, "year"))] = &r;

  json years = json::array(), year_heads = json::array();
  for (const auto& y : summary) {
    const Record* r = by_year[y.year];
    years.push_back({{"year", std::to_string(y.year)},
                     {"url", std::string(kBase) + "/" + value_of(*r, "id")},
                     {"ja", std::to_string(y.counts.ja)},
                     {"delvis", std::to_string(y.counts.delvis)},
                     {"nej", std::to_string(y.counts.nej)},
                     {"change", change_text(y)}});
    year_heads.push_back(std::to_string(y.year));
  }
  json points = json::array();
  const auto& texts = registers::checklist_point_texts();
  for (int n = 1; n <= registers::kChecklistPoints; ++n) {
    json cells = json::array();
    for (const auto& y : summary) cells.push_back(answer_label(value_of(*by_year[y.year], registers::answer_field(n))));
    points.push_back({{"number", std::to_string(n)}, {"text", i18n::tr(texts[n - 1])}, {"cells", cells}});
  }
  int this_year = db.clock().current_year();
  bool may_fill_in = !by_year.count(this_year) && service::allowed(db, service::checklist_rules(), service::Action::create,
                                                                   {{"organisation_id", std::to_string(*id)},
                                                                    {"county_code", found->organisation.county_code}},
                                                                   auth.user);
  std::string heading = i18n::trf("Checklistor – {1}", {found->organisation.name});
  json ctx = page_context(auth);
  ctx.update({{"heading", heading},
              {"years", years},
              {"has_years", !years.empty()},
              {"year_heads", year_heads},
              {"points", points},
              {"may_fill_in", may_fill_in},
              {"fill_in_url", std::string(kBase) + "/ny?organisation_id=" + std::to_string(*id) +
                                  "&year=" + std::to_string(this_year)},
              {"fill_in_label", i18n::trf("Fyll i checklistan för {1}", {std::to_string(this_year)})},
              {"api_url", "/api/v1/checklists/summary?organisation_id=" + std::to_string(*id)},
              {"breadcrumbs", breadcrumbs()}});
  send_html(res, render_page("checklist_organisation_summary", heading, ctx));
}

}  // namespace

// The checklist's own form replaces the generic one: the route table lists
// these for /checklistor/ny and /andra instead of record_new_form and
// record_edit_form.
Handler checklist_new_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    const std::string this_year = std::to_string(db.clock().current_year());
    Record values{{"year", req.has_param("year") ? req.get_param_value("year") : this_year}};
    if (req.has_param("organisation_id")) values["organisation_id"] = req.get_param_value("organisation_id");
    else if (auth->user->organisation_id) values["organisation_id"] = std::to_string(*auth->user->organisation_id);
    show_form(res, db, *auth, values, {}, std::string(kBase) + "/ny", i18n::tr("Fyll i checklistan för systematik"), 200);
  };
}

Handler checklist_new_submit(store::Database& db) {
  const auto& spec = registers::checklist_spec();
  return [&db, &spec](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    Record input = record_from_form(spec, req);
    std::vector<Error> problems;
    auto saved = service::create_checklist(db, input, auth->user, &problems);
    if (!saved)
      return show_save_error(req, res, db, *auth, input, problems, saved.error(), std::string(kBase) + "/ny",
                             i18n::tr("Fyll i checklistan för systematik"));
    res.status = 303;
    res.set_header("Location", std::string(kBase) + "/" + value_of(*saved, "id") + "?sparad=1");
  };
}

Handler checklist_edit_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto found = service::get_record(db, service::checklist_rules(), *id, auth->user);
    if (!found) return send_service_error_page(req, res, found.error());
    if (!service::allowed(db, service::checklist_rules(), service::Action::update, *found, auth->user))
      return send_service_error_page(req, res, Error{ErrorKind::forbidden, "", {}, {}});
    show_form(res, db, *auth, *found, {}, std::string(kBase) + "/" + std::to_string(*id) + "/andra",
              i18n::trf("Ändra checklistan {1}", {value_of(*found, "title")}), 200);
  };
}

Handler checklist_edit_submit(store::Database& db) {
  const auto& spec = registers::checklist_spec();
  return [&db, &spec](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    Record input = record_from_form(spec, req);
    std::vector<Error> problems;
    auto saved = service::update_checklist(db, *id, input, auth->user, &problems);
    if (!saved)
      return show_save_error(req, res, db, *auth, input, problems, saved.error(),
                             std::string(kBase) + "/" + std::to_string(*id) + "/andra", i18n::tr("Ändra checklistan"));
    res.status = 303;
    res.set_header("Location", std::string(kBase) + "/" + std::to_string(*id) + "?sparad=1");
  };
}

Handler checklist_county_summary_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    county_summary_page(req, res, db);
  };
}

Handler checklist_organisation_summary_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    organisation_summary_page(req, res, db);
  };
}

// The answers are shown with their points' texts by detail_extra.
RecordPageHooks checklist_page_hooks() { return {.detail_extra = detail_extra, .list_extra = list_extra, .detail_fields = {"organisation_id", "year", "county_code"}}; }

}  // namespace jamt::web
