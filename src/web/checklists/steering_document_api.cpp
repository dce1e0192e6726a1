#include "web/checklists/steering_document_support.hpp"
#include "web/checklists/checklist_handlers.hpp"
#include "web/http/http_types.hpp"
#include "web/http/guards.hpp"

#include "domain/regions.hpp"
#include "service/registers/record_json.hpp"
#include "web/http/api_request.hpp"
#include "web/http/json_response.hpp"
#include "web/registers/register_handlers.hpp"
#include "web/http/request_params.hpp"

namespace jamt::web {

using nlohmann::ordered_json;

ordered_json steering_counts_json(const registers::SteeringCounts& c) {
  return {{"documents", c.documents},       {"assessed", c.assessed}, {"relevant", c.relevant},
          {"concrete", c.concrete},         {"general", c.general},   {"not_assessed", c.not_assessed()},
          {"sentence", registers::steering_sentence(c)}};
}

Handler api_steering_document_assessment(store::Database& db) {
  const auto& rules = service::steering_document_rules();
  return [&db, &rules](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto body = json_body(req, res);
    if (!body) return;
    auto input = service::record_from_json(*body);
    if (!input) return send_service_error(req, res, input.error());
    auto saved = service::assess_steering_document(db, *id, *input, auth->user);
    if (!saved) return send_service_error(req, res, saved.error());
    send_json(res, service::record_json(*rules.spec, *saved));
  };
}

Handler api_steering_document_summary(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    std::optional<int> year;
    if (!year_param(req, res, "year", year)) return;
    std::optional<std::int64_t> organisation;
    if (req.has_param("organisation_id")) {
      organisation = parse_id(req.get_param_value("organisation_id"));
      if (!organisation)
        return send_json_error(res, 400, "validation", "organisation_id must be a positive whole number",
                               "organisation_id");
    } else if (!req.has_param("county")) {
      return send_json_error(res, 400, "validation", "give county (such as 08) or organisation_id", "county");
    }
    auto summary = service::steering_summary(db, req.get_param_value("county"), organisation, year, auth.user);
    if (!summary) return send_service_error(req, res, summary.error());
    const Region* region = RegionCatalogue::instance().find_county(summary->county_code);
    ordered_json out = {{"county", summary->county_code},
                        {"county_name", region ? region->name : summary->county_code},
                        {"organisation_id", organisation ? ordered_json(*organisation) : ordered_json(nullptr)},
                        {"year", year ? ordered_json(*year) : ordered_json(nullptr)}};
    out.update(steering_counts_json(summary->total));
    ordered_json rows = ordered_json::array();
    for (const auto& row : summary->organisations) {
      ordered_json item = {{"organisation_id", row.organisation_id}, {"organisation", row.organisation_name}};
      item.update(steering_counts_json(row.counts));
      rows.push_back(item);
    }
    out["organisations"] = rows;
    send_json(res, out);
  };
}

}  // namespace jamt::web
