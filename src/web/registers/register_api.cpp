#include "web/registers/register_handlers.hpp"
#include "web/http/http_types.hpp"

#include "service/audit_service.hpp"
#include "service/registers/record_json.hpp"
#include "web/http/api_request.hpp"
#include "web/http/json_response.hpp"
#include "web/http/request_auth.hpp"
#include "web/http/request_params.hpp"

namespace jamt::web {

namespace {

using nlohmann::ordered_json;

std::optional<registers::Record> body_record(const Request& req, Response& res) {
  auto body = json_body(req, res);
  if (!body) return std::nullopt;
  auto record = service::record_from_json(*body);
  if (!record) {
    send_service_error(req, res, record.error());
    return std::nullopt;
  }
  return *record;
}

}  // namespace

Handler record_api_list(store::Database& db, const service::RegisterRules& rules) {
  const auto* spec = rules.spec;
  return [&db, &rules, spec](const Request& req, Response& res) {
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
    for (const auto& r : *records) items.push_back(service::record_json(*spec, r));
    send_json(res, {{"count", items.size()}, {"items", items}});
  };
}

Handler record_api_create(store::Database& db, const service::RegisterRules& rules) {
  const auto* spec = rules.spec;
  return [&db, &rules, spec](const Request& req, Response& res) {
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto input = body_record(req, res);
    if (!input) return;
    auto saved = service::create_record(db, rules, *input, auth->user);
    if (!saved) return send_service_error(req, res, saved.error());
    res.set_header("Location", "/api/v1/" + spec->api_path + "/" + registers::value_of(*saved, "id"));
    send_json(res, service::record_json(*spec, *saved), 201);
  };
}

Handler record_api_get(store::Database& db, const service::RegisterRules& rules) {
  const auto* spec = rules.spec;
  return [&db, &rules, spec](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = authenticate(req, db);
    auto found = service::get_record(db, rules, *id, auth.user);
    if (!found) return send_service_error(req, res, found.error());
    send_json(res, service::record_json(*spec, *found));
  };
}

Handler record_api_update(store::Database& db, const service::RegisterRules& rules) {
  const auto* spec = rules.spec;
  return [&db, &rules, spec](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto input = body_record(req, res);
    if (!input) return;
    auto saved = service::update_record(db, rules, *id, *input, auth->user);
    if (!saved) return send_service_error(req, res, saved.error());
    send_json(res, service::record_json(*spec, *saved));
  };
}

Handler record_api_delete(store::Database& db, const service::RegisterRules& rules) {
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

Handler api_audit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    std::string entity = req.get_param_value("entity");
    auto id = parse_id(req.get_param_value("id"));
    if (entity.empty()) return send_json_error(res, 400, "validation", "entity is required", "entity");
    if (!id) return send_json_error(res, 400, "validation", "id must be a positive whole number", "id");
    auto entries = service::audit_trail(db, entity, *id, auth.user);
    if (!entries) return send_service_error(req, res, entries.error());
    ordered_json items = ordered_json::array();
    for (const auto& e : *entries) {
      auto parse = [](const std::optional<std::string>& text) -> ordered_json {
        if (!text) return nullptr;
        return ordered_json::parse(*text, nullptr, false);
      };
      items.push_back({{"id", e.id},
                       {"at", e.at},
                       {"actor", e.actor},
                       {"action", e.action},
                       {"entity", e.entity},
                       {"entity_id", e.entity_id},
                       {"before", parse(e.before_json)},
                       {"after", parse(e.after_json)}});
    }
    send_json(res, {{"entity", entity}, {"id", *id}, {"entries", items}});
  };
}

}  // namespace jamt::web
