#include "web/checklists/checklist_handlers.hpp"
#include "web/http/http_types.hpp"
#include "web/http/guards.hpp"

#include <cmath>

#include "domain/regions.hpp"
#include "domain/registers/checklist.hpp"
#include "domain/registers/checklist_summary.hpp"
#include "service/checklists/checklist_json.hpp"
#include "service/checklists/checklist_register.hpp"
#include "web/http/api_request.hpp"
#include "web/http/json_response.hpp"
#include "web/http/request_params.hpp"

namespace jamt::web {

namespace {

using nlohmann::ordered_json;
using registers::AnswerCounts;

double one_decimal(double v) { return std::round(v * 10.0) / 10.0; }

ordered_json counts_json(const AnswerCounts& c) {
  return {{"ja", c.ja}, {"delvis", c.delvis}, {"nej", c.nej}, {"unanswered", c.unanswered}};
}

ordered_json county_year_json(const registers::CountyYearSummary& y) {
  ordered_json points = ordered_json::array();
  const auto& texts = registers::checklist_point_texts();
  for (const auto& p : y.points)
    points.push_back({{"point", p.point},
                      {"text", std::string(texts[p.point - 1])},
                      {"ja", p.counts.ja},
                      {"delvis", p.counts.delvis},
                      {"nej", p.counts.nej},
                      {"answered", p.counts.answered()},
                      {"share_ja", p.share_ja ? ordered_json(one_decimal(*p.share_ja)) : ordered_json(nullptr)}});
  return {{"year", y.year}, {"organisations", y.organisations}, {"points", points}};
}

void send_county_summary(const Request& req, Response& res, store::Database& db, const std::string& county,
                         std::optional<int> year, const RequestAuth& auth) {
  auto records = service::checklists_of_county(db, county, auth.user);
  if (!records) return send_service_error(req, res, records.error());
  std::vector<int> years = year ? std::vector<int>{*year} : registers::checklist_years(*records);
  ordered_json out_years = ordered_json::array();
  for (int y : years) out_years.push_back(county_year_json(registers::county_summary(y, *records)));
  const Region* region = RegionCatalogue::instance().find_county(county);
  send_json(res, {{"county", county}, {"county_name", region ? region->name : county}, {"years", out_years}});
}

void send_organisation_summary(const Request& req, Response& res, store::Database& db, std::int64_t organisation_id,
                               std::optional<int> year, const RequestAuth& auth) {
  auto found = service::checklists_of_organisation(db, organisation_id, auth.user);
  if (!found) return send_service_error(req, res, found.error());
  ordered_json years = ordered_json::array();
  for (const auto& y : registers::organisation_summary(found->checklists)) {
    if (year && y.year != *year) continue;
    ordered_json entry = {{"year", y.year}};
    entry.update(counts_json(y.counts));
    entry["previous_year"] = y.previous_year ? ordered_json(*y.previous_year) : ordered_json(nullptr);
    entry["change"] = y.change ? counts_json(*y.change) : ordered_json(nullptr);
    years.push_back(entry);
  }
  send_json(res, {{"organisation_id", organisation_id},
                  {"organisation", found->organisation.name},
                  {"county", found->organisation.county_code},
                  {"years", years}});
}

}  // namespace

Handler api_checklist_summary(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    std::optional<int> year;
    if (!year_param(req, res, "year", year)) return;
    if (req.has_param("organisation_id")) {
      auto id = parse_id(req.get_param_value("organisation_id"));
      if (!id)
        return send_json_error(res, 400, "validation", "organisation_id must be a positive whole number",
                               "organisation_id");
      return send_organisation_summary(req, res, db, *id, year, auth);
    }
    if (!req.has_param("county"))
      return send_json_error(res, 400, "validation", "give county (such as 08) or organisation_id", "county");
    send_county_summary(req, res, db, req.get_param_value("county"), year, auth);
  };
}

Handler api_checklist_list(store::Database& db) {
  const auto& rules = service::checklist_rules();
  return [&db, &rules](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    service::RecordQuery query;
    for (const auto& [name, value] : req.params) {
      if (name == "q") query.search = value;
      else if (name == "order") query.order_by = value;
      else query.equals.emplace_back(name, value);
    }
    auto records = service::list_records(db, rules, query, auth.user);
    if (!records) return send_service_error(req, res, records.error());
    ordered_json items = ordered_json::array();
    for (const auto& r : *records) items.push_back(service::checklist_json(r));
    send_json(res, {{"count", items.size()}, {"items", items}});
  };
}

Handler api_checklist_create(store::Database& db) {
  const std::string base = "/api/v1/" + service::checklist_rules().spec->api_path;
  return [&db, base](const Request& req, Response& res) {
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto body = json_body(req, res);
    if (!body) return;
    auto input = service::checklist_input_from_json(*body, false);
    if (!input) return send_service_error(req, res, input.error());
    auto saved = service::create_checklist(db, *input, auth->user);
    if (!saved) return send_service_error(req, res, saved.error());
    res.set_header("Location", base + "/" + registers::value_of(*saved, "id"));
    send_json(res, service::checklist_json(*saved), 201);
  };
}

Handler api_checklist_get(store::Database& db) {
  const auto& rules = service::checklist_rules();
  return [&db, &rules](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = authenticate(req, db);
    auto found = service::get_record(db, rules, *id, auth.user);
    if (!found) return send_service_error(req, res, found.error());
    send_json(res, service::checklist_json(*found));
  };
}

Handler api_checklist_update(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto body = json_body(req, res);
    if (!body) return;
    auto input = service::checklist_input_from_json(*body, true);
    if (!input) return send_service_error(req, res, input.error());
    auto saved = service::update_checklist(db, *id, *input, auth->user);
    if (!saved) return send_service_error(req, res, saved.error());
    send_json(res, service::checklist_json(*saved));
  };
}

Handler api_checklist_delete(store::Database& db) {
  const auto& rules = service::checklist_rules();
  return [&db, &rules](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto done = service::delete_record(db, rules, *id, auth->user);
    if (!done) return send_service_error(req, res, done.error());
    res.status = 204;
  };
}

}  // namespace jamt::web
