// Building and sending a survey over the JSON API: the templates, and
// invitations picked from Jämt's registers (docs/api.md, "Surveys").
#include <nlohmann/json.hpp>

#include "service/authorization.hpp"
#include "service/surveys/invitation_sources.hpp"
#include "service/surveys/survey_templates.hpp"
#include "web/http/api_request.hpp"
#include "web/http/guards.hpp"
#include "web/http/json_response.hpp"
#include "web/http/request_auth.hpp"
#include "web/surveys/survey_handlers.hpp"

namespace jamt::web {

Handler api_survey_templates(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto user = authenticate(req, db).user;
    if (!user) return send_service_error(req, res, Error{ErrorKind::unauthorized, "log in to do this", {}, {}});
    if (!service::works_for_board(user) && !service::is_coordinator(user) && !service::is_admin(user))
      return send_service_error(req, res, Error{ErrorKind::forbidden, "you are not allowed to do this", {}, {}});
    send_json(res, service::survey_templates_json(db));
  };
}

Handler api_survey_invite_from_register(store::Database& db, const service::MailSetup& mail) {
  return [&db, &mail](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto body = json_body(req, res);
    if (!body) return;
    std::string name = body->is_object() && body->contains("source") && (*body)["source"].is_string()
                           ? (*body)["source"].get<std::string>()
                           : "";
    auto source = service::parse_register_source(name);
    if (!source)
      return send_service_error(
          req, res, validation_error("Ange source: joined_contacts, group eller county_strategists.", {}, "source"));
    std::optional<std::int64_t> group_id;
    if (body->contains("group_id") && !(*body)["group_id"].is_null()) {
      if (!(*body)["group_id"].is_number_integer())
        return send_service_error(req, res, validation_error("Ange gruppens id som ett heltal.", {}, "group_id"));
      group_id = (*body)["group_id"].get<std::int64_t>();
    }
    if (body->value("dry_run", false)) {
      auto people = service::register_invitees(db, *id, *source, group_id, auth->user);
      if (!people) return send_service_error(req, res, people.error());
      return send_json(res, {{"would_invite", people->size()}});
    }
    auto invited = service::invite_from_register(db, mail, *id, *source, group_id, auth->user);
    if (!invited) return send_service_error(req, res, invited.error());
    send_json(res, {{"invited", *invited}});
  };
}

}  // namespace jamt::web
