#include "service/surveys/invitation_sources.hpp"

#include <nlohmann/json.hpp>
#include <set>

#include "domain/i18n/translate.hpp"
#include "domain/regions.hpp"
#include "formats/csv/invitation_csv.hpp"
#include "service/authorization.hpp"
#include "service/surveys/survey_service.hpp"
#include "store/group_repository.hpp"
#include "store/surveys/authoring_repository.hpp"

namespace jamt::service {

namespace {

std::string county_name(const std::string& code) {
  const auto* county = RegionCatalogue::instance().find_county(code);
  return county ? county->name : code;
}

// The index i of a field "respondents[i].…", or nullopt.
std::optional<std::size_t> respondent_index(const std::string& field) {
  const std::string prefix = "respondents[";
  if (field.rfind(prefix, 0) != 0) return std::nullopt;
  auto close = field.find(']');
  if (close == std::string::npos) return std::nullopt;
  try {
    return static_cast<std::size_t>(std::stoul(field.substr(prefix.size(), close - prefix.size())));
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

}  // namespace

Status check_county_invitations(soci::session& s, const surveys::Survey& survey,
                                const std::vector<store::NewRespondent>& rows) {
  std::set<std::string> taken = survey.national ? store::invited_counties(s, survey.id) : std::set<std::string>{};
  std::set<std::string> emails;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::string at = "respondents[" + std::to_string(i) + "]";
    const auto& county = rows[i].county_code;
    if (!survey.national) {
      if (!county.empty())
        return validation_error(i18n::tr("Bara en nationell enkät skickas till län; lämna county_code tom."), {},
                                at + ".county_code");
      continue;
    }
    if (county.empty())
      return validation_error(i18n::tr("En nationell enkät skickas till ett län: ange länet (county_code)."), {},
                              at + ".county_code");
    if (RegionCatalogue::instance().find_county(county) == nullptr)
      return validation_error("Länskoden " + county + " finns inte.", {}, at + ".county_code");
    if (!taken.insert(county).second)
      return validation_error(county_name(county) + " har redan en inbjudan till enkäten. Varje län får en.", {},
                              at + ".county_code");
    if (!emails.insert(rows[i].email).second)
      return validation_error("Adressen " + rows[i].email + " har redan fått ett annat län. Ange en adress per län.",
                              {}, at + ".email");
  }
  return {};
}

Result<int> invite_from_csv(store::Database& db, const MailSetup& mail, std::int64_t id, std::string_view bytes,
                            const std::optional<User>& user) {
  auto rows = formats::read_invitation_csv(bytes);
  if (!rows) return rows.error();
  std::vector<Invitee> invitees;
  invitees.reserve(rows->size());
  for (const auto& r : *rows) {
    nlohmann::json profile = nlohmann::json::object();
    for (const auto& [key, value] : r.profile) profile[key] = value;
    invitees.push_back({.email = r.email, .name = r.name, .profile_json = profile.dump(), .county_code = {}});
  }
  auto invited = invite_respondents(db, mail, id, invitees, user);
  if (invited) return invited;
  Error error = invited.error();
  if (auto i = respondent_index(error.field); i && *i < rows->size()) {
    const std::string column = error.field.find(".email") != std::string::npos ? "e-post" : "län";
    error.message = "rad " + std::to_string((*rows)[*i].row) + ", kolumn " + column + ": " + error.message;
    error.field = "csv";
  }
  return error;
}

std::optional<RegisterSource> parse_register_source(std::string_view text) {
  if (text == "joined_contacts") return RegisterSource::joined_contacts;
  if (text == "group") return RegisterSource::group;
  if (text == "county_strategists") return RegisterSource::county_strategists;
  return std::nullopt;
}

Result<std::vector<Invitee>> register_invitees(store::Database& db, std::int64_t id, RegisterSource source,
                                               std::optional<std::int64_t> group_id, const std::optional<User>& user) {
  std::vector<store::RegisterPerson> people;
  Status st = db.read([&](soci::session& s) -> Status {
    auto survey = readable_survey(s, id, user);
    if (!survey) return survey.error();
    if (auto ok = authorize_survey_change(user, survey->county, survey->national); !ok) return ok;
    switch (source) {
      case RegisterSource::joined_contacts:
        if (survey->national)
          return validation_error(i18n::tr("En nationell enkät går till länen: välj länens strateger."), {}, "source");
        people = store::joined_contacts(s, survey->county);
        break;
      case RegisterSource::group: {
        if (!group_id) return validation_error(i18n::tr("Välj en grupp."), {}, "group_id");
        auto county = store::group_county(s, *group_id);
        if (!county || (!survey->national && *county != survey->county))
          return validation_error(i18n::tr("Gruppen finns inte i enkätens län."), {}, "group_id");
        people = store::group_people(s, *group_id, db.clock().today_text());
        break;
      }
      case RegisterSource::county_strategists:
        if (!survey->national)
          return validation_error(i18n::tr("Länens strateger bjuds in till en nationell enkät."), {}, "source");
        people = store::county_strategists(s);
        break;
    }
    return {};
  });
  if (!st) return st.error();
  std::vector<Invitee> out;
  for (const auto& p : people)
    out.push_back({.email = p.email, .name = p.name, .profile_json = "{}", .county_code = p.county_code});
  return out;
}

Result<int> invite_from_register(store::Database& db, const MailSetup& mail, std::int64_t id, RegisterSource source,
                                 std::optional<std::int64_t> group_id, const std::optional<User>& user) {
  auto invitees = register_invitees(db, id, source, group_id, user);
  if (!invitees) return invitees.error();
  if (source == RegisterSource::county_strategists) {
    // One invitation per county: counties invited already keep theirs.
    std::set<std::string> taken;
    Status st = db.read([&](soci::session& s) -> Status {
      taken = store::invited_counties(s, id);
      return {};
    });
    if (!st) return st.error();
    std::erase_if(*invitees, [&](const Invitee& i) { return taken.count(i.county_code) > 0; });
  }
  if (invitees->empty()) return 0;
  return invite_respondents(db, mail, id, *invitees, user);
}

Result<int> invite_counties(store::Database& db, const MailSetup& mail, std::int64_t id,
                            const std::map<std::string, std::string>& email_by_county, const std::optional<User>& user) {
  std::vector<Invitee> invitees;
  for (const auto& [county, email] : email_by_county) {
    if (email.empty()) continue;
    invitees.push_back({.email = email, .name = county_name(county), .profile_json = "{}", .county_code = county});
  }
  if (invitees.empty()) return validation_error(i18n::tr("Ange en e-postadress för minst ett län."), {}, "county");
  auto invited = invite_respondents(db, mail, id, invitees, user);
  if (invited) return invited;
  Error error = invited.error();
  if (auto i = respondent_index(error.field); i && *i < invitees.size())
    error.field = "county." + invitees[*i].county_code;
  return error;
}

std::set<std::string> survey_invited_counties(store::Database& db, std::int64_t id) {
  std::set<std::string> out;
  (void)db.read([&](soci::session& s) -> Status {
    out = store::invited_counties(s, id);
    return {};
  });
  return out;
}

std::map<std::int64_t, std::string> survey_groups(store::Database& db, const std::string& county_code) {
  std::map<std::int64_t, std::string> out;
  (void)db.read([&](soci::session& s) -> Status {
    out = store::county_group_names(s, county_code);
    return {};
  });
  return out;
}

}  // namespace jamt::service
