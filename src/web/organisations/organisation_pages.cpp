// Pages and API of the organisation register; an organisation's page lists
// its people.

#include "domain/regions.hpp"
#include "web/organisations/organisation_handlers.hpp"
#include "web/http/http_types.hpp"
#include "domain/registers/person.hpp"
#include "service/organisations/organisation_register.hpp"
#include "service/organisations/person_register.hpp"
#include "web/http/json_response.hpp"
#include "web/registers/register_handlers.hpp"
#include "web/registers/register_pages.hpp"
#include "web/http/render.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;

std::string organisation_people(store::Database& db, const registers::Record& org, const RequestAuth& auth) {
  const auto& id = registers::value_of(org, "id");
  service::RecordQuery q;
  q.equals = {{"organisation_id", id}};
  auto people = service::list_records(db, service::person_rules(), q, auth.user);
  json rows = json::array();
  if (people) {
    const auto& spec = registers::person_spec();
    for (const auto& p : *people)
      rows.push_back({{"url", "/personer/" + registers::value_of(p, "id")},
                      {"name", registers::value_of(p, "name")},
                      {"role", shown_value(db, *spec.field("role"), registers::value_of(p, "role"))},
                      {"email", registers::value_of(p, "email")},
                      {"phone", registers::value_of(p, "phone")}});
  }
  bool may_add = service::allowed(db, service::organisation_rules(), service::Action::update, org, auth.user);
  return render_template("organisation_people", {{"people", rows},
                                                 {"has_people", !rows.empty()},
                                                 {"may_add", may_add},
                                                 {"add_url", "/personer/ny?organisation_id=" + id},
                                                 {"organisation_id", id}});  // issue 12 C: the plan link
}

nlohmann::ordered_json summary_json(const service::OrganisationSummary& sum) {
  nlohmann::ordered_json by_type = nlohmann::ordered_json::object();
  for (const auto& [type, n] : sum.by_type) by_type[type] = n;
  return {{"county_code", sum.county_code.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(sum.county_code)},
          {"total", sum.total},
          {"cemr_signed", sum.cemr_signed},
          {"by_type", by_type}};
}

// The counts above the list: in total, CEMR signatories, per type.
std::string organisation_counts(store::Database& db, const RequestAuth& auth) {
  auto sum = service::organisation_summary(db, "", auth.user);
  if (!sum || sum->total == 0) return "";
  const auto& type_field = *service::organisation_rules().spec->field("type");
  json rows = json::array();
  for (const auto& [type, n] : sum->by_type)
    if (n > 0) rows.push_back({{"type", registers::display_value(type_field, type)}, {"count", std::to_string(n)}});
  return render_template("organisation_counts", {{"total", std::to_string(sum->total)},
                                                 {"cemr", std::to_string(sum->cemr_signed)},
                                                 {"rows", rows}});
}

}  // namespace

Handler api_organisation_summary(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    std::string county = req.get_param_value("county");
    if (!county.empty() && !RegionCatalogue::instance().find_county(county))
      return send_json_error(res, 400, "validation", "no county with code " + county, "county");
    auto sum = service::organisation_summary(db, county, auth.user);
    if (!sum) return send_service_error(req, res, sum.error());
    send_json(res, summary_json(*sum));
  };
}

RecordPageHooks organisation_page_hooks() { return {.detail_extra = organisation_people, .list_extra = organisation_counts, .detail_fields = {}}; }

}  // namespace jamt::web
