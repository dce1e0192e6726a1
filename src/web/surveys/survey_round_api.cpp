// A new round of a survey over the JSON API.
#include <nlohmann/json.hpp>

#include "service/surveys/survey_json.hpp"
#include "service/surveys/survey_rounds.hpp"
#include "web/http/api_request.hpp"
#include "web/http/guards.hpp"
#include "web/http/json_response.hpp"
#include "web/http/request_auth.hpp"
#include "web/surveys/survey_round_handlers.hpp"

namespace jamt::web {

Handler api_survey_next_round(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto body = json_body(req, res);
    if (!body) return;
    std::string round;
    if (body->is_object() && body->contains("round")) {
      const auto& r = (*body)["round"];
      if (r.is_string()) round = r.get<std::string>();
      else if (r.is_number_integer()) round = std::to_string(r.get<long long>());
      else return send_service_error(req, res, validation_error("Omgången ska vara en text, till exempel \"2026\".", {}, "round"));
    }
    auto made = service::make_next_round(db, *id, round, auth->user);
    if (!made) return send_service_error(req, res, made.error());
    send_json(res, service::survey_json(*made), 201);
  };
}

}  // namespace jamt::web
