// Resources per county and year: the table for everyone, the form for the
// coordinator and admins (issue 14, item 3).
#include <cmath>
#include <nlohmann/json.hpp>

#include "domain/regions.hpp"
#include "report/number_text.hpp"
#include "service/authorization.hpp"
#include "service/indicators/typed_values.hpp"
#include "service/national/national_plan.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/http/request_auth.hpp"
#include "web/national/national_handlers.hpp"
#include "web/strategy/strategy_editor_support.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;
namespace editor = strategy_editor;

std::string kronor(std::int64_t n) { return report::number_text(static_cast<double>(n), 0) + "\u00a0" + i18n::tr("kr"); }

std::string county_name(const std::string& code) {
  const Region* r = RegionCatalogue::instance().find_county(code);
  return r ? r->name : code;
}

std::vector<editor::Field> resource_fields() {
  std::vector<std::pair<std::string, std::string>> counties{{"", i18n::tr("Välj län")}};
  for (const auto& c : RegionCatalogue::instance().at_level(RegionLevel::county)) counties.emplace_back(c.code, c.name);
  return {{.name = "county_code", .label = i18n::tr("Län"), .hint = "", .type = "select", .required = true, .options = counties},
          {.name = "granted", .label = i18n::tr("Anslagna medel (kr)"), .hint = i18n::tr("Hela kronor, till exempel 500 000."), .type = "text", .required = true, .options = {}},
          {.name = "used", .label = i18n::tr("Förbrukade medel (kr)"), .hint = "", .type = "text", .required = true, .options = {}},
          {.name = "carried_over", .label = i18n::tr("Överförda till nästa år (kr)"), .hint = i18n::tr("Högst de oförbrukade medlen (anslagna − förbrukade)."), .type = "text", .required = true, .options = {}}};
}

// The year in the path, or nullopt after answering 404.
std::optional<int> path_year(const Request& req, Response& res) {
  int year = std::stoi(std::string(req.matches[1]));
  if (year < 2000 || year > 2100) {
    send_error_page(res, 404, i18n::tr("Det finns inga resurser för det året. Ange ett år mellan 2000 och 2100."));
    return std::nullopt;
  }
  return year;
}

// Reads a whole number of kronor from `field`, adding a problem when it is not one.
std::int64_t kronor_of(const editor::FormValues& values, const std::string& field, const std::string& label,
                       std::vector<Error>& errors) {
  const std::string text = editor::first(values, field);
  auto n = service::parse_typed_number(text);
  if (text.empty()) errors.push_back(validation_error(i18n::trf("{1} måste fyllas i", {label}), {}, field));
  else if (!n || *n != std::floor(*n) || std::fabs(*n) > 1e15)
    errors.push_back(validation_error(i18n::trf("{1} ska vara ett helt antal kronor, till exempel 500 000", {label}), {}, field));
  else return static_cast<std::int64_t>(*n);
  return 0;
}

void send_resources_page(const Request& req, Response& res, store::Database& db, const RequestAuth& auth, int year,
                         const editor::FormValues& values, const std::vector<Error>& errors, const std::string& saved,
                         int status) {
  auto rows = service::resources_of_year(db, year, auth.user);
  if (!rows) return send_service_error_page(req, res, rows.error());
  json table = json::array();
  for (const auto& r : *rows)
    table.push_back({{"county", county_name(r.county_code)}, {"granted", kronor(r.granted)}, {"used", kronor(r.used)},
                     {"unspent", kronor(unspent(r))}, {"carried_over", kronor(r.carried_over)}});
  const CountyResources total = resources_total(*rows);
  bool may_edit = service::authorize_national_change(auth.user).ok();
  const std::string url = "/nationellt/resurser/" + std::to_string(year);
  json ctx = page_context(auth);
  ctx.update({{"year", year},
              {"rows", table},
              {"has_rows", !table.empty()},
              {"total", {{"granted", kronor(total.granted)}, {"used", kronor(total.used)},
                         {"unspent", kronor(unspent(total))}, {"carried_over", kronor(total.carried_over)}}},
              {"previous_url", "/nationellt/resurser/" + std::to_string(year - 1)},
              {"next_url", "/nationellt/resurser/" + std::to_string(year + 1)},
              {"previous_year", year - 1},
              {"next_year", year + 1},
              {"json_url", "/api/v1/national/resources/" + std::to_string(year)},
              {"may_edit", may_edit},
              {"action", url},
              {"csrf_token", auth.csrf_token},
              {"saved", saved},
              {"fields", may_edit ? editor::form_context(resource_fields(), values, errors) : json::array()},
              {"errors", editor::error_summary(errors)},
              {"has_errors", !errors.empty()},
              {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}})}});
  send_html(res, render_page("national_resources", i18n::trf("Resurser per län {1}", {std::to_string(year)}), ctx), status);
}

}  // namespace

Handler national_resources_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto year = path_year(req, res);
    if (!year) return;
    auto auth = authenticate(req, db);
    std::string saved;
    if (req.has_param("sparat")) saved = i18n::trf("Resurserna för {1} är sparade.", {county_name(req.get_param_value("sparat"))});
    send_resources_page(req, res, db, auth, *year, {}, {}, saved, 200);
  };
}

Handler national_resources_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto year = path_year(req, res);
    if (!year) return;
    if (auto allowed = service::authorize_national_change(auth->user); !allowed)
      return send_service_error_page(req, res, allowed.error());
    editor::FormValues values = editor::form_values(req);
    std::vector<Error> errors;
    CountyResources input{.county_code = editor::first(values, "county_code"), .year = *year};
    if (input.county_code.empty()) errors.push_back(validation_error(i18n::tr("Välj ett län"), {}, "county_code"));
    input.granted = kronor_of(values, "granted", i18n::tr("Anslagna medel"), errors);
    input.used = kronor_of(values, "used", i18n::tr("Förbrukade medel"), errors);
    input.carried_over = kronor_of(values, "carried_over", i18n::tr("Överförda medel"), errors);
    if (errors.empty()) {
      auto saved = service::save_resources(db, input, auth->user);
      if (saved)
        return res.set_redirect("/nationellt/resurser/" + std::to_string(*year) + "?sparat=" + input.county_code, 303);
      if (!reshow_form_after(req, res, errors, saved.error())) return;
    }
    send_resources_page(req, res, db, *auth, *year, values, errors, "", 400);
  };
}

}  // namespace jamt::web
