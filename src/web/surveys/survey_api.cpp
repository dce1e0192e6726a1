// Surveys and respondents' answers over the JSON API.
#include <nlohmann/json.hpp>

#include "service/authorization.hpp"
#include "service/surveys/response_service.hpp"
#include "service/surveys/invitation_sources.hpp"
#include "service/surveys/survey_service.hpp"
#include "service/surveys/survey_templates.hpp"
#include "web/http/api_request.hpp"
#include "web/http/guards.hpp"
#include "web/http/json_response.hpp"
#include "web/http/request_auth.hpp"
#include "web/surveys/survey_handlers.hpp"

namespace jamt::web {

namespace {

using nlohmann::ordered_json;

std::optional<service::SurveyInput> survey_input(const Request& req, Response& res) {
  auto body = json_body(req, res);
  if (!body) return std::nullopt;
  auto input = body->is_object() && body->contains("template") ? service::survey_input_from_template(*body)
                                                                : service::survey_input_from_json(*body);
  if (!input) {
    send_service_error(req, res, input.error());
    return std::nullopt;
  }
  return *input;
}

ordered_json view_json(const service::ResponseView& view) {
  return {{"survey", service::survey_json(view.survey)},
          {"answers", service::answers_json(view.answers)},
          {"submitted", view.submitted},
          {"opted_out", view.opted_out}};
}

Handler status_change(store::Database& db, surveys::SurveyStatus status) {
  return [&db, status](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto survey = service::set_survey_status(db, *id, status, auth->user);
    if (!survey) return send_service_error(req, res, survey.error());
    send_json(res, service::survey_json(*survey));
  };
}

}  // namespace

Handler api_survey_list(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto list = service::list_surveys(db, authenticate(req, db).user);
    if (!list) return send_service_error(req, res, list.error());
    ordered_json out = ordered_json::array();
    for (const auto& s : *list) {
      out.push_back({{"id", s.id}, {"title", s.title}, {"round", s.round}, {"county_code", s.county_code},
                     {"national", s.national}, {"anonymous", s.anonymous}, {"status", s.status},
                     {"invited", s.invited}, {"completed", s.completed}});
    }
    send_json(res, out);
  };
}

Handler api_survey_create(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto input = survey_input(req, res);
    if (!input) return;
    auto created = service::create_survey(db, *input, auth->user);
    if (!created) return send_service_error(req, res, created.error());
    send_json(res, service::survey_json(*created), 201);
  };
}

Handler api_survey_get(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto survey = service::get_survey(db, *id, authenticate(req, db).user);
    if (!survey) return send_service_error(req, res, survey.error());
    send_json(res, service::survey_json(*survey));
  };
}

Handler api_survey_update(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    // Who may change it is decided before what they sent is judged.
    auto existing = service::get_survey(db, *id, auth->user);
    if (!existing) return send_service_error(req, res, existing.error());
    if (auto ok = service::authorize_survey_change(auth->user, existing->county, existing->national); !ok)
      return send_service_error(req, res, ok.error());
    auto input = survey_input(req, res);
    if (!input) return;
    auto changed = service::update_survey(db, *id, *input, auth->user);
    if (!changed) return send_service_error(req, res, changed.error());
    auto body = service::survey_json(changed->survey);
    body["changes"] = ordered_json::object();
    for (const auto& [code, what] : changed->questions) body["changes"][code] = what;
    send_json(res, body);
  };
}

Handler api_survey_open(store::Database& db) { return status_change(db, surveys::SurveyStatus::open); }
Handler api_survey_close(store::Database& db) { return status_change(db, surveys::SurveyStatus::closed); }

Handler api_survey_invite(store::Database& db, const service::MailSetup& mail) {
  return [&db, &mail](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    if (req.get_header_value("Content-Type").rfind("text/csv", 0) == 0) {
      auto invited = service::invite_from_csv(db, mail, *id, req.body, auth->user);
      if (!invited) return send_service_error(req, res, invited.error());
      return send_json(res, {{"invited", *invited}});
    }
    auto body = json_body(req, res);
    if (!body) return;
    if (!body->is_object() || !body->contains("respondents") || !(*body)["respondents"].is_array())
      return send_service_error(req, res, validation_error("Ange mottagarna som en lista.", {}, "respondents"));
    std::vector<service::Invitee> invitees;
    const auto& list = (*body)["respondents"];
    for (std::size_t i = 0; i < list.size(); ++i) {
      const auto& r = list[i];
      const std::string at = "respondents[" + std::to_string(i) + "]";
      if (!r.is_object() || !r.contains("email") || !r["email"].is_string())
        return send_service_error(req, res, validation_error("Ange en e-postadress.", {}, at + ".email"));
      service::Invitee invitee{.email = r["email"].get<std::string>(), .name = {}, .profile_json = "{}"};
      if (r.contains("name") && r["name"].is_string()) invitee.name = r["name"].get<std::string>();
      if (r.contains("county_code") && r["county_code"].is_string())
        invitee.county_code = r["county_code"].get<std::string>();
      if (r.contains("profile") && !r["profile"].is_null()) {
        if (!r["profile"].is_object())
          return send_service_error(req, res, validation_error("Profilen ska vara ett JSON-objekt.", {}, at + ".profile"));
        for (const auto& [key, value] : r["profile"].items()) {
          if (!value.is_string())
            return send_service_error(req, res,
                                      validation_error("Profilens värden ska vara texter.", {}, at + ".profile." + key));
        }
        invitee.profile_json = r["profile"].dump();
      }
      invitees.push_back(std::move(invitee));
    }
    auto invited = service::invite_respondents(db, mail, *id, invitees, auth->user);
    if (!invited) return send_service_error(req, res, invited.error());
    send_json(res, {{"invited", *invited}});
  };
}

Handler api_response_get(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto view = service::get_response(db, req.matches.at(1));
    if (!view) return send_service_error(req, res, view.error());
    send_json(res, view_json(*view));
  };
}

Handler api_response_save(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    const std::string& token = req.matches.at(1);
    auto body = json_body(req, res);
    if (!body) return;
    if (!body->is_object()) return send_service_error(req, res, validation_error("Skicka ett JSON-objekt.", {}, ""));
    bool submit = false;
    if (body->contains("submit") && !(*body)["submit"].is_null()) {
      if (!(*body)["submit"].is_boolean())
        return send_service_error(req, res, validation_error("submit ska vara true eller false.", {}, "submit"));
      submit = (*body)["submit"].get<bool>();
    }
    auto survey = service::survey_of_token(db, token);
    if (!survey) return send_service_error(req, res, survey.error());
    auto answers = service::answers_from_json(*survey, body->value("answers", nlohmann::json::object()));
    if (!answers) return send_service_error(req, res, answers.error());
    auto view = service::save_response(db, token, *answers, submit);
    if (!view) return send_service_error(req, res, view.error());
    send_json(res, view_json(*view));
  };
}

Handler api_response_opt_out(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto done = service::opt_out(db, req.matches.at(1));
    if (!done) return send_service_error(req, res, done.error());
    send_json(res, {{"opted_out", true}});
  };
}

}  // namespace jamt::web
