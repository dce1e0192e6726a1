// Commitments over the JSON API (docs/api.md, "Strategy commitments"): parse
// the body, call one service function, answer.
#include <nlohmann/json.hpp>

#include "domain/strategy/commitment_status.hpp"
#include "service/commitments/commitment_editing.hpp"
#include "service/commitments/commitment_followup.hpp"
#include "web/commitments/commitment_handlers.hpp"
#include "web/http/api_request.hpp"
#include "web/http/guards.hpp"
#include "web/http/json_response.hpp"

namespace jamt::web {

namespace {

using nlohmann::json;
using nlohmann::ordered_json;

ordered_json commitment_json(const Commitment& c) {
  ordered_json o = ordered_json::object();
  o["id"] = c.id;
  o["text"] = c.text;
  o["owner"] = c.owner;
  o["owner_organisation_id"] = c.owner_organisation_id ? ordered_json(*c.owner_organisation_id) : ordered_json(nullptr);
  o["targets"] = c.targets;
  return o;
}

ordered_json status_json(const service::CommitmentStatusRow& r) {
  ordered_json o = ordered_json::object();
  o["year"] = r.year;
  o["status"] = r.status;
  o["status_label"] = std::string(swedish_name(parse_commitment_status(r.status).value_or(CommitmentStatus::planned)));
  o["comment"] = r.comment;
  o["set_by"] = r.set_by;
  o["set_at"] = r.set_at;
  return o;
}

ordered_json follow_up_json(const service::CommitmentFollowUp& f) {
  ordered_json o = commitment_json(f.commitment);
  o["owner_name"] = f.owner_name;
  o["node_code"] = f.node_code;
  o["node_title"] = f.node_title;
  o["statuses"] = ordered_json::array();
  for (const auto& s : f.statuses) o["statuses"].push_back(status_json(s));
  o["activities"] = ordered_json::array();
  for (const auto& a : f.activities)
    o["activities"].push_back({{"id", a.activity_id}, {"title", a.title}, {"start_date", a.start_date}});
  o["may_set_status"] = f.may_set_status;
  return o;
}

// Reads the commitment fields of `body`; the first problem names its field.
std::optional<Error> read_input(const json& body, service::CommitmentInput& in) {
  if (!body.is_object()) return validation_error("Skicka ett JSON-objekt.", {}, "");
  for (const auto& [key, v] : body.items()) {
    if (key == "node_id") {
      if (!v.is_number_integer() || v.get<long long>() < 1)
        return validation_error("node_id ska vara id:t för ett mål i strategin.", {}, key);
      in.node_id = v.get<std::int64_t>();
    } else if (key == "text" || key == "owner") {
      if (!v.is_string()) return validation_error(key + " ska vara en text.", {}, key);
      (key == "text" ? in.text : in.owner) = v.get<std::string>();
    } else if (key == "owner_organisation_id") {
      if (v.is_null()) {
        in.owner_organisation_id = std::optional<std::int64_t>{};
      } else {
        if (!v.is_number_integer() || v.get<long long>() < 1)
          return validation_error("owner_organisation_id ska vara id:t för en organisation, eller null.", {}, key);
        in.owner_organisation_id = std::optional<std::int64_t>{v.get<std::int64_t>()};
      }
    } else if (key == "targets") {
      std::vector<std::string> codes;
      if (!v.is_array()) return validation_error("targets ska vara en lista med koder för målsättningar.", {}, key);
      for (const auto& x : v) {
        if (!x.is_string()) return validation_error("targets ska vara en lista med koder för målsättningar.", {}, key);
        codes.push_back(x.get<std::string>());
      }
      in.targets = std::move(codes);
    } else {
      return validation_error("Okänt fält \"" + key + "\".", {}, key);
    }
  }
  return std::nullopt;
}

}  // namespace

Handler api_commitments(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto overview = service::list_commitments(db, *id, authenticate(req, db).user);
    if (!overview) return send_service_error(req, res, overview.error());
    ordered_json out = ordered_json::array();
    for (const auto& f : overview->commitments) out.push_back(follow_up_json(f));
    send_json(res, out);
  };
}

Handler api_commitment_status(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto cid = path_id(req, res, 2);
    if (!cid) return;
    auto year = path_id(req, res, 3);
    if (!year) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto body = json_body(req, res);
    if (!body) return;
    service::CommitmentStatusInput input;
    std::optional<Error> problem;
    if (!body->is_object()) problem = validation_error("Skicka ett JSON-objekt.", {}, "");
    if (!problem)
      for (const auto& [key, v] : body->items()) {
        if (key != "status" && key != "comment") {
          problem = validation_error("Okänt fält \"" + key + "\".", {}, key);
          break;
        }
        if (!v.is_string()) {
          problem = validation_error(key + " ska vara en text.", {}, key);
          break;
        }
        (key == "status" ? input.status : input.comment) = v.get<std::string>();
      }
    if (!problem && input.status.empty()) problem = validation_error("Ange status (status).", {}, "status");
    if (problem) return send_service_error(req, res, *problem);
    auto saved = service::set_commitment_status(db, *id, *cid, static_cast<int>(*year), input, auth->user);
    if (!saved) return send_service_error(req, res, saved.error());
    send_json(res, status_json(*saved));
  };
}

Handler api_commitment_create(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto body = json_body(req, res);
    if (!body) return;
    service::CommitmentInput input;
    if (auto problem = read_input(*body, input)) return send_service_error(req, res, *problem);
    auto made = service::add_commitment(db, *id, input, auth->user);
    if (!made) return send_service_error(req, res, made.error());
    send_json(res, commitment_json(*made), 201);
  };
}

Handler api_commitment_update(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto cid = path_id(req, res, 2);
    if (!cid) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto body = json_body(req, res);
    if (!body) return;
    service::CommitmentInput input;
    if (auto problem = read_input(*body, input)) return send_service_error(req, res, *problem);
    auto changed = service::update_commitment(db, *id, *cid, input, auth->user);
    if (!changed) return send_service_error(req, res, changed.error());
    send_json(res, commitment_json(*changed));
  };
}

Handler api_commitment_delete(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto cid = path_id(req, res, 2);
    if (!cid) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    if (auto removed = service::remove_commitment(db, *id, *cid, auth->user); !removed)
      return send_service_error(req, res, removed.error());
    res.status = 204;
  };
}

}  // namespace jamt::web
