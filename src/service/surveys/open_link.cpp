#include "service/surveys/open_link.hpp"

#include "domain/i18n/translate.hpp"
#include "domain/utc_time.hpp"
#include "service/account/auth_service.hpp"
#include "service/account/sha256.hpp"
#include "service/authorization.hpp"
#include "service/registers/register_service.hpp"
#include "service/surveys/survey_service.hpp"
#include "store/audit_repository.hpp"
#include "store/surveys/authoring_repository.hpp"
#include "store/surveys/respondent_repository.hpp"
#include "store/surveys/survey_repository.hpp"

namespace jamt::service {

namespace {

Status set_link(store::Database& db, std::int64_t id, const std::string& hash, bool allow_repeat,
                const std::optional<User>& user) {
  return db.transaction([&](soci::session& s) -> Status {
    auto survey = readable_survey(s, id, user);
    if (!survey) return survey.error();
    if (auto ok = authorize_survey_change(user, survey->county, survey->national); !ok) return ok;
    if (survey->national && !hash.empty())
      return conflict_error(i18n::tr("En nationell enkät har en inbjudan per län och ingen öppen länk."));
    store::set_open_link(s, id, hash, allow_repeat);
    store::append_audit(s, {.actor = actor_name(user), .action = "open_link", .entity = "survey", .entity_id = id,
                            .before_json = std::nullopt,
                            .after_json = std::string("{\"enabled\":") + (hash.empty() ? "false" : "true") +
                                          ",\"allow_repeat\":" + (allow_repeat ? "true" : "false") + "}"});
    return {};
  });
}

Error unknown_open_link() { return not_found_error(i18n::tr("Länken finns inte. Kontrollera att du har kopierat hela länken.")); }

}  // namespace

Result<std::string> enable_open_link(store::Database& db, std::int64_t id, bool allow_repeat,
                                     const std::optional<User>& user) {
  std::string token = random_token(32);
  if (auto ok = set_link(db, id, sha256_hex(token), allow_repeat, user); !ok) return ok.error();
  return token;
}

Status disable_open_link(store::Database& db, std::int64_t id, const std::optional<User>& user) {
  return set_link(db, id, "", false, user);
}

std::pair<bool, bool> open_link_state(store::Database& db, std::int64_t id) {
  store::OpenLinkSettings settings;
  (void)db.read([&](soci::session& s) -> Status {
    settings = store::open_link_settings(s, id);
    return {};
  });
  return {settings.enabled, settings.allow_repeat};
}

Result<std::string> visit_open_link(store::Database& db, const std::string& open_token, const std::string& cookie_token,
                                    const std::string& client_address) {
  if (open_token.size() != 64) return unknown_open_link();
  std::string token;
  Status st = db.transaction([&](soci::session& s) -> Status {
    const std::int64_t id = store::survey_of_open_link(s, sha256_hex(open_token));
    if (id == 0) return unknown_open_link();
    auto survey = store::find_survey(s, id);
    if (!survey) return unknown_open_link();
    if (survey->status != surveys::SurveyStatus::open)
      return conflict_error("Enkäten \"" + survey->title + "\" tar inte emot svar.");
    const auto settings = store::open_link_settings(s, id);
    if (!cookie_token.empty() && cookie_token.size() <= 200) {
      auto respondent = store::find_respondent_by_link(s, sha256_hex(cookie_token));
      if (respondent && respondent->survey_id == id) {
        if (!respondent->completed_on) {
          token = cookie_token;
          return {};
        }
        if (!settings.allow_repeat)
          return conflict_error(i18n::tr("Du har redan svarat på enkäten från den här webbläsaren. Tack!"));
      }
    }
    const std::string client = sha256_hex(std::to_string(id) + ":" + client_address);
    const std::string since = utc_text(db.clock().now() - std::chrono::hours(1));
    if (store::count_open_visits(s, id, client, since) >= kOpenLinkLimit)
      return Error{ErrorKind::throttled,
                   i18n::tr("Det har kommit många svar från din adress den senaste timmen. Försök igen om en stund."), {}, {}};
    store::insert_open_visit(s, id, client);
    token = random_token(32);
    store::insert_open_respondent(s, id, sha256_hex(token));
    return {};
  });
  if (!st) return st.error();
  return token;
}

}  // namespace jamt::service
