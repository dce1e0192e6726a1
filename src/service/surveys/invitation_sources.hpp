#pragma once
// Who answers a survey, besides a JSON list (docs/surveys.md, "Who
// answers"): a pasted or uploaded CSV list, the people of Jämt's registers
// (the contacts of the county's joined organisations, the members of a
// group, one strategist per county for a national survey), and a national
// survey's one invitation per county. Each ends in invite_respondents: one
// transaction, one audit entry, mails after the commit.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/account.hpp"
#include "domain/surveys/survey.hpp"
#include "service/mail/mailer.hpp"
#include "service/surveys/response_service.hpp"
#include "store/database.hpp"
#include "store/surveys/respondent_repository.hpp"

namespace jamt::service {

// Inside the invitation's transaction: a national survey's `rows` must each
// name one of the 21 counties, none invited before nor twice in `rows`, at
// different addresses; another survey's rows name none. Error "validation"
// with field "respondents[3].county_code" ("Kalmar län har redan en
// inbjudan till enkäten.") or ".email".
Status check_county_invitations(soci::session& s, const surveys::Survey& survey,
                                const std::vector<store::NewRespondent>& rows);

// Invites the people of the CSV list `bytes` (formats::read_invitation_csv:
// e-post, namn, further columns the profile) to survey `id`. All or
// nothing; an error names the row and column ("rad 4, kolumn e-post: Ange
// en giltig e-postadress.", field "csv"). Other errors as invite_respondents.
Result<int> invite_from_csv(store::Database& db, const MailSetup& mail, std::int64_t id, std::string_view bytes,
                            const std::optional<User>& user);

// Where register respondents come from.
enum class RegisterSource { joined_contacts, group, county_strategists };

// "joined_contacts", "group", "county_strategists" → the source, or nullopt.
std::optional<RegisterSource> parse_register_source(std::string_view text);

// The people `source` offers for survey `id` (authorize_survey_change):
// the contacts of the survey county's approved joinings, the current
// representatives and substitutes of group `group_id` (a group of the
// survey's county), or for a national survey the oldest active strategist
// account of each county (with its county). Each address once. Errors:
// "validation" (field "source" or "group_id": a county source on a national
// survey or the reverse, a missing or foreign group), "not_found",
// "unauthorized", "forbidden".
Result<std::vector<Invitee>> register_invitees(store::Database& db, std::int64_t id, RegisterSource source,
                                               std::optional<std::int64_t> group_id, const std::optional<User>& user);

// Invites register_invitees(…) — those already invited are skipped. Returns
// how many were invited; errors as register_invitees and invite_respondents.
Result<int> invite_from_register(store::Database& db, const MailSetup& mail, std::int64_t id, RegisterSource source,
                                 std::optional<std::int64_t> group_id, const std::optional<User>& user);

// A national survey's invitations: county code → the address the
// coordinator gives (empty addresses are left out). Errors name the field
// "county.08" (an address that is not one, a county invited already) as a
// page shows it beside the county's field; otherwise as invite_respondents.
Result<int> invite_counties(store::Database& db, const MailSetup& mail, std::int64_t id,
                            const std::map<std::string, std::string>& email_by_county, const std::optional<User>& user);

// The county codes survey `id` has an invitation for (no authorisation:
// for a page that has read the survey already).
std::set<std::string> survey_invited_counties(store::Database& db, std::int64_t id);

// The county groups a survey of `county_code` may invite from: id → name.
std::map<std::int64_t, std::string> survey_groups(store::Database& db, const std::string& county_code);

}  // namespace jamt::service
