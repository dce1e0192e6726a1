// "Kör enkäten igen" on the survey's page: a new round as a draft.
#include "service/surveys/survey_rounds.hpp"
#include "service/surveys/survey_service.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/surveys/authoring_page_support.hpp"
#include "web/surveys/survey_round_handlers.hpp"

namespace jamt::web {

Handler survey_next_round_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    const std::string round = form_value(req, "round");
    auto made = service::make_next_round(db, *id, round, auth->user);
    if (!made) {
      if (!keeps_form(made.error())) return send_service_error_page(req, res, made.error());
      auto survey = service::get_survey(db, *id, auth->user);
      if (!survey) return send_service_error_page(req, res, survey.error());
      return show_overview(res, db, *auth, *survey,
                           {.errors = {made.error()}, .values = {{"round", round}}, .notice = {}, .open_question = {}},
                           400);
    }
    redirect_to(res, "/enkater/" + std::to_string(made->id) + "?ny_omgang=1");
  };
}

}  // namespace jamt::web
