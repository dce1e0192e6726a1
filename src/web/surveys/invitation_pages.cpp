// Inviting from a survey's overview page: a pasted or uploaded CSV list,
// the people of Jämt's registers, and a national survey's one address per
// county (docs/surveys.md, "Who answers").
#include "domain/i18n/translate.hpp"
#include "domain/regions.hpp"
#include "service/surveys/invitation_sources.hpp"
#include "service/surveys/survey_reminders.hpp"
#include "service/surveys/survey_service.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/http/request_params.hpp"
#include "web/surveys/authoring_page_handlers.hpp"
#include "web/surveys/authoring_page_support.hpp"

namespace jamt::web {

namespace {

void after_invite(const Request& req, Response& res, store::Database& db, const RequestAuth& auth, std::int64_t id,
                  const Result<int>& invited, OverviewState state, const std::string& field) {
  if (invited) {
    redirect_to(res, "/enkater/" + std::to_string(id) + "?inbjudna=" + std::to_string(*invited) + "#inbjudan");
    return;
  }
  if (!keeps_form(invited.error())) return send_service_error_page(req, res, invited.error());
  Error e = invited.error();
  if (e.field.rfind("county.", 0) != 0 && e.field != "group_id" && e.field != "source") e.field = field;
  state.errors.push_back(e);
  auto survey = service::get_survey(db, id, auth.user);
  if (!survey) return send_service_error_page(req, res, survey.error());
  show_overview(res, db, auth, *survey, state, 400);
}

}  // namespace

Handler survey_invite_csv_submit(store::Database& db, const service::MailSetup& mail) {
  return [&db, &mail](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    std::string pasted = form_value(req, "csv");
    std::string bytes = pasted;
    if (req.has_file("file") && !req.get_file_value("file").filename.empty()) bytes = req.get_file_value("file").content;
    OverviewState state{.errors = {}, .values = {{"csv", pasted}}, .notice = {}, .open_question = {}};
    if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
      Result<int> none = validation_error(i18n::tr("Klistra in en lista eller välj en fil."), {}, "csv");
      return after_invite(req, res, db, *auth, *id, none, state, "csv");
    }
    auto invited = service::invite_from_csv(db, mail, *id, bytes, auth->user);
    after_invite(req, res, db, *auth, *id, invited, state, "csv");
  };
}

Handler survey_invite_register_submit(store::Database& db, const service::MailSetup& mail) {
  return [&db, &mail](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    OverviewState state;
    auto source = service::parse_register_source(req.get_param_value("source"));
    std::optional<std::int64_t> group_id;
    if (source == service::RegisterSource::group) group_id = parse_id(req.get_param_value("group_id"));
    Result<int> invited = source ? service::invite_from_register(db, mail, *id, *source, group_id, auth->user)
                                 : Result<int>(validation_error(i18n::tr("Välj varifrån de inbjudna ska hämtas."), {}, "source"));
    after_invite(req, res, db, *auth, *id, invited, state, "source");
  };
}

Handler survey_remind_submit(store::Database& db, const service::MailSetup& mail) {
  return [&db, &mail](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto run = service::remind_survey_now(db, mail, *id, auth->user);
    if (!run) {
      if (!keeps_form(run.error())) return send_service_error_page(req, res, run.error());
      Error e = run.error();
      e.field = "";
      auto survey = service::get_survey(db, *id, auth->user);
      if (!survey) return send_service_error_page(req, res, survey.error());
      return show_overview(res, db, *auth, *survey, {.errors = {e}, .values = {}, .notice = {}, .open_question = {},
                                                     .open_link_url = {}},
                           400);
    }
    redirect_to(res, "/enkater/" + std::to_string(*id) + "?paminda=" + std::to_string(run->sent.size()) + "#inbjudan");
  };
}

Handler survey_invite_counties_submit(store::Database& db, const service::MailSetup& mail) {
  return [&db, &mail](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    std::map<std::string, std::string> emails;
    OverviewState state;
    for (const auto& c : RegionCatalogue::instance().at_level(RegionLevel::county)) {
      std::string email = req.get_param_value("county." + c.code);
      while (!email.empty() && email.back() == ' ') email.pop_back();
      while (!email.empty() && email.front() == ' ') email.erase(email.begin());
      state.values["county." + c.code] = email;
      if (!email.empty()) emails[c.code] = email;
    }
    auto invited = service::invite_counties(db, mail, *id, emails, auth->user);
    after_invite(req, res, db, *auth, *id, invited, state, "county.01");
  };
}

}  // namespace jamt::web
